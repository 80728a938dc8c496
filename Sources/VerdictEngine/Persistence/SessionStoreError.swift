/// Why the autosave store could not do what was asked.
public enum SessionStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Another process holds the session's lock.
    case locked(path: String, pid: Int32?)
    /// The saved file and its backup are both unreadable or fail their checksum.
    case corrupt(path: String, reason: String)
    /// The store folder or a file in it could not be created or written.
    case unwritable(path: String, reason: String)

    /// One line for the user.
    public var description: String {
        switch self {
        case let .locked(_, pid):
            let owner = pid.map { " (pid \($0))" } ?? ""
            return "another verdict is using this session\(owner)"
        case let .corrupt(path, reason):
            return "\(path): the autosave is damaged (\(reason)); starting fresh"
        case let .unwritable(path, reason):
            return "\(path): cannot save the session: \(reason)"
        }
    }
}
