/// What a meeting autosaves and resumes from: the members, every answer recorded so far
/// (hidden ones too), what the meeting decided (agreed answers, re-vote rounds, acceptance)
/// and the question the meeting is on.
public struct MeetingProgress: Sendable, Hashable {
    /// The members, in answering order.
    public var members: [String]
    /// Each member's answers, question id → answer id (same order as ``members``).
    public var answers: [[String: String]]
    /// What the meeting decided so far: agreed answers, re-vote rounds, acceptance.
    public var decision: MeetingDecision
    /// The question on screen; nil once every question is done (the results screen).
    public var questionID: String?
    /// Each member's importance per question (same order as ``members``; absent: normal).
    public var importance: [[String: Double]]

    /// Creates progress.
    public init(
        members: [String], answers: [[String: String]], decision: MeetingDecision = MeetingDecision(), questionID: String?,
        importance: [[String: Double]] = []
    ) {
        self.members = members
        self.answers = answers
        self.decision = decision
        self.questionID = questionID
        self.importance = importance
    }

    /// The answers the facilitator set as the team's.
    public var agreed: [String: String] { decision.agreed }

    /// Each member's answers as recorded so far: while a re-vote is open, a member who has
    /// not voted again still holds the answer they gave before it (the round's `before`).
    public var recordedAnswers: [[String: String]] {
        guard let round = decision.openRound else { return answers }
        return answers.enumerated().map { index, given in
            var given = given
            if given[round.question] == nil, index < members.count {
                given[round.question] = round.before[members[index]]
            }
            return given
        }
    }

    /// How many answers were recorded, over all members (``recordedAnswers``).
    public var answerCount: Int { recordedAnswers.reduce(0) { $0 + $1.count } }

    /// Whether there is anything to resume: an answer, or a re-vote still open.
    public var isUnfinished: Bool { answerCount > 0 || decision.openRound != nil }
}
