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
        let eligible = order.filter { tally.ruledOutBy[$0].isEmpty }
        guard let first = eligible.first else { return (nil, .tooClose, 0) }
        guard eligible.count > 1 else { return (first, .clear, 1) }
        let second = eligible[1]
        if Self.same(tally.points[first], tally.points[second]) { return (nil, .tooClose, 0) }
        let reachable = tally.maxima[first]
        let raw = reachable > 0 ? (tally.points[first] - tally.points[second]) / reachable : 0
        let margin = Swift.min(1, Swift.max(0, raw))
        if margin < thresholds.tooClose { return (first, .tooClose, margin) }
        if margin < thresholds.lean { return (first, .lean, margin) }
        return (first, .clear, margin)
    }

    /// Only the winner index: what the sensitivity analysis compares.
    func outcome(_ tally: CompiledWorksheet.Tally) -> (option: Int?, kind: VerdictKind) {
        let decided = decide(tally, order: order(tally))
        return (decided.option, decided.kind)
    }
}
