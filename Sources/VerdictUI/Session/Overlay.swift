/// A layer drawn over the current screen that takes the keys until it closes.
public enum Overlay: Sendable, Hashable {
    /// Every key binding (F1).
    case keys
    /// "Quit without exporting? y/n".
    case quitConfirm
    /// The one-line path editor shown before an export.
    case pathPrompt(PathPrompt)
}

/// The state of the export path editor.
public struct PathPrompt: Sendable, Hashable {
    /// What will be exported.
    public var format: ExportFormat
    /// The path being edited.
    public var text: String
    /// Cursor position, in characters from the start of `text`.
    public var cursor: Int
    /// The last failure for this export, shown above the field.
    public var error: String?

    /// Creates a prompt with the cursor at the end of `text`.
    public init(format: ExportFormat, text: String, error: String? = nil) {
        self.format = format
        self.text = text
        self.cursor = text.count
        self.error = error
    }
}
