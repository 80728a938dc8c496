/// Something that happened at a terminal: a key, a new size, or a request to stop.
public enum TerminalInput: Sendable, Equatable {
    /// A decoded key press.
    case key(Key)
    /// The terminal now has this many columns and rows.
    case resize(width: Int, height: Int)
    /// The program must stop: SIGTERM, SIGHUP or SIGINT arrived (the number), or a remote
    /// terminal went away (SIGHUP's number, 1). The caller saves and exits 128+n.
    case signal(Int32)
}
