/// Who answered one question how, and how much that split matters.
public struct QuestionTally: Sendable, Hashable {
    /// Question id.
    public var question: String
    /// The question as asked.
    public var prompt: String
    /// The question's weight.
    public var weight: Double
    /// Members who answered it (visible to them and answered).
    public var answering: Int
    /// The answer groups, largest first (ties in the question's answer order).
    public var groups: [AnswerGroup]
    /// 0 (all alike) … 1 (as even a split as possible); see docs/team.md.
    public var split: Double
    /// weight × the largest swing in one option's points between the answers given.
    public var impact: Double

    /// Creates a tally.
    public init(
        question: String, prompt: String, weight: Double, answering: Int, groups: [AnswerGroup],
        split: Double, impact: Double
    ) {
        self.question = question
        self.prompt = prompt
        self.weight = weight
        self.answering = answering
        self.groups = groups
        self.split = split
        self.impact = impact
    }

    /// split × impact: the order disagreements are discussed in.
    public var priority: Double { split * impact }
}

/// The members who gave one answer.
public struct AnswerGroup: Sendable, Hashable {
    /// Answer id.
    public var answer: String
    /// Answer label.
    public var label: String
    /// The answer's reason sentence.
    public var reason: String
    /// Member names, in member order.
    public var members: [String]

    /// Creates a group.
    public init(answer: String, label: String, reason: String, members: [String]) {
        self.answer = answer
        self.label = label
        self.reason = reason
        self.members = members
    }
}
