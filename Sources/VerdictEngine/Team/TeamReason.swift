/// An answer's contribution to an option across the team.
public struct TeamReason: Sendable, Hashable {
    /// Question id.
    public var question: String
    /// Answer id.
    public var answer: String
    /// The option the points went to.
    public var option: String
    /// Σ over the members who gave this answer of weight × importance × points, ÷ members.
    public var points: Double
    /// How many members gave this answer.
    public var members: Int
    /// The answer's reason sentence.
    public var text: String
    /// Leader's reason or runner-up's point.
    public var side: ReasonSide

    /// Creates a reason.
    public init(question: String, answer: String, option: String, points: Double, members: Int, text: String, side: ReasonSide) {
        self.question = question
        self.answer = answer
        self.option = option
        self.points = points
        self.members = members
        self.text = text
        self.side = side
    }
}
