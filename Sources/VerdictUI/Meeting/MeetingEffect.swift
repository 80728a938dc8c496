import VerdictEngine

/// What the meeting asks its runtime to do (effects as values; the session does no I/O).
public enum MeetingEffect: Sendable, Equatable {
    /// Save the progress (after every recorded answer and every decision).
    case autosave(MeetingProgress)
    /// Write the members' results into this folder (see
    /// ``TeamResultsEffect/export(folder:responses:decision:)``).
    case export(folder: String, responses: [Responses], decision: MeetingDecision)
    /// Leave the meeting.
    case quit(QuitReason)
    /// Ctrl-Z.
    case suspend
    /// Ring the bell (a key that does nothing here).
    case bell
}

/// Something that happened to the meeting.
public enum MeetingEvent: Sendable, Equatable {
    /// A key press.
    case key(Key)
    /// The terminal's size (before the first frame and on every resize).
    case resize(width: Int, height: Int)
    /// The export finished (folder and files written).
    case exported(folder: String, files: [String])
    /// The export failed.
    case exportFailed(folder: String, message: String)
    /// The autosave failed (said once).
    case saveFailed(message: String)
}

extension MeetingEffect: ProgramEffect {
    /// Quit, suspend and bell are the runtime's; autosave and export the handler's.
    public var command: RuntimeCommand? {
        switch self {
        case let .quit(reason): .quit(reason)
        case .suspend: .suspend
        case .bell: .bell
        case .autosave, .export: nil
        }
    }
}
