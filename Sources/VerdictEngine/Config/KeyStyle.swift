/// Which key bindings the full-screen UI uses.
public enum KeyStyle: String, CaseIterable, Sendable {
    /// Arrow keys, Enter, Space, letters as shown in the help footer.
    case standard = "default"
    /// The defaults plus `j`/`k` to move down and up and `h`/`l` for back and forward.
    case vim

    /// Every accepted name, comma-separated, for messages.
    public static let namesList = allCases.map(\.rawValue).joined(separator: ", ")
}
