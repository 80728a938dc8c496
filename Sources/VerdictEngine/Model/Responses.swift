/// One respondent's answers to a worksheet: what `run` collects and `score` reads.
public struct Responses: Sendable, Hashable {
    /// Who answered (may be empty for a private run).
    public var respondent: String
    /// Answer id per question id; unanswered questions are absent.
    public var answers: [String: String]
    /// Importance multiplier per question id; absent means 1.
    public var importance: [String: Double]

    /// Creates a set of responses.
    public init(respondent: String = "", answers: [String: String] = [:], importance: [String: Double] = [:]) {
        self.respondent = respondent
        self.answers = answers
        self.importance = importance
    }

    /// The multiplier for one question (1 when not set).
    public func importance(of question: String) -> Double { importance[question] ?? 1 }
}
