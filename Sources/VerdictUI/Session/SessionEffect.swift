import VerdictEngine

/// Work the runtime must do on the session's behalf. `Session.update` never performs I/O;
/// it returns these values, and the runtime reports outcomes back as ``SessionEvent``s.
public enum SessionEffect: Sendable, Equatable {
    /// Persist the answers; emitted after every answer, skip and importance change.
    /// `questionID` is the question the user is on (to resume there).
    case autosave(Responses, questionID: String?)
    /// Write the result in `format` to `path`; answer with `.exported` or `.exportFailed`.
    case export(format: ExportFormat, path: String, responses: Responses)
    /// Stop the program with this exit code (0 normal, 130 Ctrl-C).
    case quit(exitCode: Int32)
    /// Suspend the process (Ctrl-Z); the runtime restores the terminal first.
    case suspend
    /// Ring the terminal bell (a key that does nothing here).
    case bell
}
