import VerdictEngine

/// How a plain line-prompt run ended.
public enum PlainOutcome: Sendable, Equatable {
    /// Every visible question was walked; the results were printed.
    case finished(Responses)
    /// The user typed `q` or input ended (EOF); the answers so far.
    case aborted(Responses)
}
