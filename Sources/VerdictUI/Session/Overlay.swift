import VerdictEngine

/// A layer drawn over the current screen that takes the keys until it closes.
public enum Overlay: Sendable, Hashable {
    /// Every key binding (F1).
    case keys
    /// "Quit without exporting? y/n".
    case quitConfirm
    /// The one-line path editor shown before an export.
    case pathPrompt(PathPrompt)
    /// The one-line editor of the respondent's name (welcome and results screens).
    case namePrompt(NamePrompt)
}

/// A one-line text field: the text, the cursor and the last failure (``PathEditing``
/// edits it, ``OverlayView/drawPathPrompt(_:title:intro:errorPrefix:into:top:bottom:)`` draws it).
public protocol LineField: Sendable {
    /// The text being edited.
    var text: String { get set }
    /// Cursor position, in characters from the start of `text`.
    var cursor: Int { get set }
    /// The last failure, shown under the field.
    var error: String? { get set }
}

/// The state of the name editor: the respondent's name, recorded in exports.
public struct NamePrompt: LineField, Hashable {
    /// The name being edited.
    public var text: String
    /// Cursor position, in characters from the start of `text`.
    public var cursor: Int
    /// Why the last name typed was refused, shown under the field.
    public var error: String?

    /// Creates a prompt with the cursor at the end of `text`.
    public init(text: String, error: String? = nil) {
        self.text = text
        self.cursor = text.count
        self.error = error
    }
}

/// The state of the export path editor.
public struct PathPrompt: LineField, Hashable {
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

    /// The path typed, read as a shell reads it: spaces around it trimmed, a leading `~/`
    /// (or `~` alone) put as `home`, `$HOME` by default. Every path typed on a screen
    /// (`run`'s export, a team's or meeting's export folder) is read here.
    public func path(home: String? = ProcessEnvironment.current()["HOME"]) -> String {
        PathText.expandingTilde(text.trimmingSpaces(), home: home)
    }
}
