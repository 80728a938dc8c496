/// Turns a tally into an order of options and a recommendation (DESIGN §4).
///
/// Points that differ only by floating-point noise (0.1 + 0.2 against 0.3) count as equal,
/// so an exact tie is recognised however the points were summed.
struct VerdictRule: Sendable {
    /// The worksheet's margins.
    let thresholds: Thresholds

    // MARK: - Comparing points

    /// A comparison key that is equal for points equal up to noise, and monotone in points.
    static func key(_ points: Double) -> Double { (points * 1e9).rounded() }

    /// Whether two point totals are equal up to floating-point noise.
    static func same(_ lhs: Double, _ rhs: Double) -> Bool { key(lhs) == key(rhs) }

    // MARK: - Order and verdict

    /// Option indices best first: eligible before ruled out, then more points, then
    /// worksheet order.
    func order(_ tally: CompiledWorksheet.Tally) -> [Int] {
        tally.points.indices.sorted { lhs, rhs in
            let lhsOut = !tally.ruledOutBy[lhs].isEmpty
            let rhsOut = !tally.ruledOutBy[rhs].isEmpty
            if lhsOut != rhsOut { return !lhsOut }
            let lhsKey = Self.key(tally.points[lhs])
            let rhsKey = Self.key(tally.points[rhs])
            if lhsKey != rhsKey { return lhsKey > rhsKey }
            return lhs < rhs
        }
    }

    /// The recommended option index (nil for a tie or when all are ruled out), the kind
    /// and the margin.
    func decide(_ tally: CompiledWorksheet.Tally, order: [Int]) -> (option: Int?, kind: VerdictKind, margin: Double) {
        let eligible = order.lazy.filter { tally.ruledOutBy[$0].isEmpty }
        return decide(tally, first: eligible.first, second: eligible.dropFirst().first)
    }

    /// Only the winner index: what the sensitivity analysis compares, for every alternative
    /// answer, so it finds the two best eligible options in one pass instead of sorting.
    func outcome(_ tally: CompiledWorksheet.Tally) -> (option: Int?, kind: VerdictKind) {
        var first: Int?
        var second: Int?
        // Ranked as ``order(_:)`` ranks them: more points first, then worksheet order.
        func ahead(_ option: Int, of other: Int?) -> Bool {
            guard let other else { return true }
            return Self.key(tally.points[option]) > Self.key(tally.points[other])
        }
        for option in tally.points.indices where tally.ruledOutBy[option].isEmpty {
            if ahead(option, of: first) {
                second = first
                first = option
            } else if ahead(option, of: second) {
                second = option
            }
        }
        let decided = decide(tally, first: first, second: second)
        return (decided.option, decided.kind)
    }

    private func decide(_ tally: CompiledWorksheet.Tally, first: Int?, second: Int?)
        -> (option: Int?, kind: VerdictKind, margin: Double) {
        guard let first else { return (nil, .tooClose, 0) }
        guard let second else { return (first, .clear, 1) }
        if Self.same(tally.points[first], tally.points[second]) { return (nil, .tooClose, 0) }
        let reachable = tally.maxima[first]
        let raw = reachable > 0 ? (tally.points[first] - tally.points[second]) / reachable : 0
        let margin = Swift.min(1, Swift.max(0, raw))
        if margin < thresholds.tooClose { return (first, .tooClose, margin) }
        if margin < thresholds.lean { return (first, .lean, margin) }
        return (first, .clear, margin)
    }
}
