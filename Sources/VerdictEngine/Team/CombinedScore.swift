/// One option's points across the team.
public struct CombinedScore: Sendable, Hashable {
    /// Option id.
    public var option: String
    /// Option name.
    public var name: String
    /// Mean of the members' points.
    public var mean: Double
    /// Median of the members' points.
    public var median: Double
    /// Lowest member's points.
    public var min: Double
    /// Highest member's points.
    public var max: Double
    /// max − min.
    public var spread: Double
    /// Mean of the members' reachable totals.
    public var reachable: Double
    /// mean ÷ reachable × 100 (0 when nothing was reachable).
    public var percent: Double
    /// Members whose must-have answers rule this option out.
    public var ruledOutBy: [String]
    /// True when every member's answers rule the option out.
    public var ruledOut: Bool

    /// Creates a combined score.
    public init(
        option: String, name: String, mean: Double, median: Double, min: Double, max: Double,
        reachable: Double, percent: Double, ruledOutBy: [String], ruledOut: Bool
    ) {
        self.option = option
        self.name = name
        self.mean = mean
        self.median = median
        self.min = min
        self.max = max
        self.spread = max - min
        self.reachable = reachable
        self.percent = percent
        self.ruledOutBy = ruledOutBy
        self.ruledOut = ruledOut
    }
}
