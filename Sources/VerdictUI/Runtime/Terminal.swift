/// Where a program's frames go and its input comes from (bubbletea's renderer and input
/// reader, behind one protocol).
///
/// `CursesTerminal.CursesScreen` implements it for the local terminal. A byte-stream
/// terminal (a member's SSH channel) implements it without curses: `size` from the
/// window-change requests, `nextInput` from a key decoder over the incoming bytes, and
/// `draw` by diffing the grid against the last one sent and writing escape sequences.
public protocol Terminal: AnyObject {
    /// The size in columns and rows, as of now.
    var size: (width: Int, height: Int) { get }
    /// Waits up to `timeoutMs` milliseconds for input; nil when nothing arrived.
    func nextInput(timeoutMs: Int32) -> TerminalInput?
    /// Shows a frame, sending only what changed since the last one.
    func draw(_ grid: CellGrid)
    /// Rings the bell (a key that does nothing here).
    func bell()
    /// Ctrl-Z: hands the terminal back until the process is resumed. A remote terminal
    /// does nothing.
    func suspend()
    /// Whether more input is waiting already: the runtime then applies it before drawing,
    /// so a burst of keys (a paste into a member's terminal) costs one frame, not one a key.
    var hasPendingInput: Bool { get }
    /// What the terminal can show; ``Runtime`` binds ``Charset/current`` to it for the run.
    var charset: Charset { get }
}

extension Terminal {
    /// A terminal that cannot tell draws after every event.
    public var hasPendingInput: Bool { false }
    /// A terminal that does not say shows Unicode.
    public var charset: Charset { .unicode }
}
