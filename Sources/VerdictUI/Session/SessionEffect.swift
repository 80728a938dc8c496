import VerdictEngine

/// Work the runtime must do on the session's behalf. `Session.update` never performs I/O;
/// it returns these values, and the runtime reports outcomes back as ``SessionEvent``s.
public enum SessionEffect: Sendable, Equatable {
    /// Persist the answers; emitted after every answer, skip and importance change.
    /// `questionID` is the question the user is on (to resume there).
    case autosave(Responses, questionID: String?)
    /// Write the result in `format` to `path`; answer with `.exported` or `.exportFailed`.
    case export(format: ExportFormat, path: String, responses: Responses)
    /// Keep the session under the respondent named in `responses` (sessions are saved per
    /// respondent): answer with `.renamed` or `.renameFailed`.
    case rename(Responses, questionID: String?)
    /// Stop the program.
    case quit(QuitReason)
    /// Suspend the process (Ctrl-Z); the runtime restores the terminal first.
    case suspend
    /// Ring the terminal bell (a key that does nothing here).
    case bell
}

extension SessionEffect: ProgramEffect {
    /// Quit, suspend and bell are the runtime's; autosave and export the handler's.
    public var command: RuntimeCommand? {
        switch self {
        case let .quit(reason): .quit(reason)
        case .suspend: .suspend
        case .bell: .bell
        case .autosave, .export, .rename: nil
        }
    }
}
