/// How much the team agrees (definitions in docs/team.md).
public struct Consensus: Sendable, Hashable {
    /// Members whose own pick is the team's pick.
    public var membersWithTeamPick: Int
    /// membersWithTeamPick ÷ members; nil when the team has no pick.
    public var pickShare: Double?
    /// Mean over member pairs of the share of commonly answered questions answered alike;
    /// nil when no pair answered a question in common.
    public var pairwiseAgreement: Double?
    /// Pairs of members counted in ``pairwiseAgreement``.
    public var comparedPairs: Int

    /// Creates a consensus figure.
    public init(membersWithTeamPick: Int, pickShare: Double?, pairwiseAgreement: Double?, comparedPairs: Int) {
        self.membersWithTeamPick = membersWithTeamPick
        self.pickShare = pickShare
        self.pairwiseAgreement = pairwiseAgreement
        self.comparedPairs = comparedPairs
    }
}
