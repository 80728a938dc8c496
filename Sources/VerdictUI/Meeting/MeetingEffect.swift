/// What the meeting asks its runtime to do (effects as values; the session does no I/O).
public enum MeetingEffect: Sendable, Equatable {
    /// Leave with this exit code (0 normal, 130 Ctrl-C).
    case quit(exitCode: Int32)
    /// Ring the bell (a key that does nothing here).
    case bell
}
