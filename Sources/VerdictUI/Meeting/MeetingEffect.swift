/// What the meeting asks its runtime to do (effects as values; the session does no I/O).
public enum MeetingEffect: Sendable, Equatable {
    /// Save the progress (after every recorded answer and every decision).
    case autosave(MeetingProgress)
    /// Write the results into this folder (see ``TeamResultsEffect/export(folder:)``).
    case export(folder: String)
    /// Leave with this exit code (0 normal, 130 Ctrl-C).
    case quit(exitCode: Int32)
    /// Ctrl-Z.
    case suspend
    /// Ring the bell (a key that does nothing here).
    case bell
}

/// Something that happened to the meeting.
public enum MeetingEvent: Sendable, Equatable {
    /// A key press.
    case key(Key)
    /// The export finished (folder and files written).
    case exported(folder: String, files: [String])
    /// The export failed.
    case exportFailed(folder: String, message: String)
    /// The autosave failed (said once).
    case saveFailed(message: String)
}
