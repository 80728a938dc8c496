/// How robust a verdict is, in the shape the results screen draws: a label, the answers
/// that alone would change it, and (when too close) the questions that would settle it.
struct ResultsInsight: Sendable, Hashable {
    /// One answer that alone would change the verdict.
    struct Pivot: Sendable, Hashable {
        /// Question id.
        var question: String
        /// The answer given (nil when skipped).
        var answer: String?
        /// The alternative answer id.
        var alternative: String
        /// The winner with the alternative (nil: too close / tie).
        var winner: String?
    }

    /// e.g. "robust — no single answer changes it".
    var robustness: String
    /// Answers that alone would change the winner.
    var pivotal: [Pivot]
    /// Question ids that would settle a too-close verdict.
    var settle: [String]
}
