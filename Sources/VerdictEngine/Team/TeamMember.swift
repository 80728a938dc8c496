/// One member as re-scored from their answers.
public struct TeamMember: Sendable, Hashable {
    /// The member's name (the result's respondent).
    public var name: String
    /// The result file read.
    public var file: String
    /// The member's own verdict.
    public var recommendation: Recommendation
    /// The member's scores, in worksheet option order.
    public var scores: [OptionScore]
    /// How many questions the member answered (visible ones).
    public var answered: Int

    /// Creates a member.
    public init(name: String, file: String, recommendation: Recommendation, scores: [OptionScore], answered: Int) {
        self.name = name
        self.file = file
        self.recommendation = recommendation
        self.scores = scores
        self.answered = answered
    }

    /// The member's pick (nil for a tie).
    public var pick: String? { recommendation.option }

    /// The member's score for one option.
    public func score(of option: String) -> OptionScore? { scores.first { $0.option == option } }
}
