/// Which key bindings the full-screen UI uses.
public enum KeyStyle: String, CaseIterable, Sendable {
    /// Arrow keys, Enter, Space, letters as shown in the help footer.
    case standard = "default"
    /// The defaults plus `Ctrl-F`/`Ctrl-B` for a page down and up (`h`/`j`/`k`/`l` work in both).
    case vim

    /// Every accepted name, comma-separated, for messages.
    public static let namesList = allCases.map(\.rawValue).joined(separator: ", ")
}
