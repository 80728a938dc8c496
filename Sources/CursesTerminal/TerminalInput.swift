import VerdictUI

/// Something that happened at the terminal: a key, a new size, or a signal asking the
/// program to stop.
public enum TerminalInput: Sendable, Equatable {
    /// A decoded key press.
    case key(Key)
    /// The terminal now has this many columns and rows.
    case resize(width: Int, height: Int)
    /// SIGTERM, SIGHUP or SIGINT arrived (the number); the caller saves and exits 128+n.
    case signal(Int32)
}
