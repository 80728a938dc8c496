/// One possible answer to a question, and what choosing it means for each option.
public struct Answer: Sendable, Hashable, Identifiable {
    /// Stable id within its question (`yes`/`no` for yes/no questions).
    public var id: String
    /// Display label.
    public var label: String
    /// Points per option id (finite, ≥ 0); options not named get 0.
    public var points: [String: Double]
    /// The sentence shown when this answer counts towards a result.
    public var reason: String
    /// Options this answer rules out (must-have: "not this one").
    public var excludes: [String]
    /// The option this answer makes the only acceptable one, if any.
    public var requires: String?
    /// Points toward the worksheet's alternatives (the way out of its options), by
    /// alternative id; scored like `points` but never toward an option.
    public var signals: [String: Double]

    /// Creates an answer.
    public init(
        id: String, label: String, points: [String: Double] = [:], reason: String = "",
        excludes: [String] = [], requires: String? = nil, signals: [String: Double] = [:]
    ) {
        self.id = id
        self.label = label
        self.points = points
        self.reason = reason
        self.excludes = excludes
        self.requires = requires
        self.signals = signals
    }

    /// Points for one option (0 when not named).
    public func points(for option: String) -> Double { points[option] ?? 0 }
}
