/// Why a program stopped; the executable turns it into an exit code (DESIGN §5).
public enum QuitReason: Sendable, Equatable {
    /// The user was done (exit 0).
    case done
    /// Ctrl-C (exit 130).
    case aborted

    /// The process exit code: 0 or 130.
    public var exitCode: Int32 {
        switch self {
        case .done: 0
        case .aborted: 130
        }
    }
}
