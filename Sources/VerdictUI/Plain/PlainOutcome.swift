import VerdictEngine

/// How a plain line-prompt run ended.
public enum PlainOutcome: Sendable, Equatable {
    /// Every visible question was walked, the results printed, and the user finished.
    case finished(Responses)
    /// The user typed `q` before the end: a normal exit (as `q` in the full-screen UI).
    case stopped(Responses)
    /// Input ended (EOF) before the end: the answers so far.
    case aborted(Responses)
}
