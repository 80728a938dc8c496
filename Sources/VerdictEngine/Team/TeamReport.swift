/// Everything ``TeamMerger`` concludes from a team's results (see docs/team.md).
public struct TeamReport: Sendable, Hashable {
    /// The worksheet every member was scored against.
    public var worksheet: Worksheet
    /// The members, in input order (files sorted by name within a folder).
    public var members: [TeamMember]
    /// Combined scores per option, best first.
    public var scores: [CombinedScore]
    /// The team's verdict from the mean points (Scorer's margin and threshold rules).
    public var recommendation: Recommendation
    /// How much the team agrees.
    public var consensus: Consensus
    /// Every question at least one member answered, in worksheet order.
    public var tallies: [QuestionTally]
    /// Questions the team split on, most important first (priority = split × impact).
    public var disagreements: [QuestionTally]
    /// Questions two or more members answered, all the same way, in worksheet order.
    public var agreed: [QuestionTally]
    /// Questions only one member answered, in worksheet order: neither agreed nor split.
    public var answeredByOne: [QuestionTally] { tallies.filter { $0.answering == 1 } }
    /// The team's strongest reasons for the leader, then for the runner-up.
    public var reasons: [TeamReason]
    /// Must-have answers that ruled an option out for a member, by option (worksheet
    /// order), then member.
    public var vetoes: [TeamVeto]
    /// What a meeting decided after the reveal (agreed answers, re-vote rounds,
    /// acceptance); nil outside a meeting. Already applied to every figure above.
    public var meeting: MeetingDecision?

    /// Creates a report.
    public init(
        worksheet: Worksheet, members: [TeamMember], scores: [CombinedScore], recommendation: Recommendation,
        consensus: Consensus, tallies: [QuestionTally], disagreements: [QuestionTally], agreed: [QuestionTally],
        reasons: [TeamReason], vetoes: [TeamVeto] = [], meeting: MeetingDecision? = nil
    ) {
        self.worksheet = worksheet
        self.members = members
        self.scores = scores
        self.recommendation = recommendation
        self.consensus = consensus
        self.tallies = tallies
        self.disagreements = disagreements
        self.agreed = agreed
        self.reasons = reasons
        self.vetoes = vetoes
        self.meeting = meeting
    }

    /// How many disagreements the reports put first.
    public static let discussFirstCount = 3

    /// What to discuss first: the top disagreements whose answers move the scores
    /// (priority above 0), at most ``discussFirstCount``.
    public var discussFirst: [QuestionTally] {
        Array(disagreements.prefix { $0.priority > 0 }.prefix(Self.discussFirstCount))
    }
}
