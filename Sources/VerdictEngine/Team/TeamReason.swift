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
    /// Who gave it, in member order.
    public var names: [String]
    /// The answer's reason sentence.
    public var text: String
    /// Leader's reason or runner-up's point.
    public var side: ReasonSide

    /// Creates a reason.
    public init(question: String, answer: String, option: String, points: Double, members: Int, names: [String] = [], text: String,
                side: ReasonSide) {
        self.question = question
        self.answer = answer
        self.option = option
        self.points = points
        self.members = members
        self.names = names
        self.text = text
        self.side = side
    }
}
