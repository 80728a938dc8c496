/// Something that happened to a session: a key press, a resize, or the outcome of an effect
/// the runtime performed.
public enum SessionEvent: Sendable, Equatable {
    /// A key was pressed.
    case key(Key)
    /// The terminal changed size.
    case resize(width: Int, height: Int)
    /// An `.export` effect succeeded.
    case exported(path: String, format: ExportFormat)
    /// An `.export` effect failed; `message` says why, in one line.
    case exportFailed(path: String, message: String)
    /// A `.rename` effect succeeded: the answers are now `name`'s.
    case renamed(name: String)
    /// A `.rename` effect failed; `message` says why, in one line, and the name stays.
    case renameFailed(name: String, message: String)
    /// An `.autosave` effect failed; `message` says why, in one line.
    case saveFailed(message: String)
}
