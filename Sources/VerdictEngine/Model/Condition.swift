/// "Show this question only when question Q was answered with one of these answers."
public struct Condition: Sendable, Hashable {
    /// The question whose answer decides.
    public var question: String
    /// The answers that make the dependent question visible.
    public var answers: [String]

    /// Creates a condition.
    public init(question: String, answers: [String]) {
        self.question = question
        self.answers = answers
    }
}
