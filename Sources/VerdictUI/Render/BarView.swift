import VerdictEngine

/// Horizontal bars and the score rows built from them.
enum BarView {
    /// A bar of `width` cells, `fraction` of them filled (`█` filled, `░` empty, so the
    /// amount reads without colour).
    /// `roundUp` fills a started cell (for progress, so question 1 already shows).
    static func bar(fraction: Double, width: Int, roundUp: Bool = false) -> StyledLine {
        let clamped = fraction.isFinite ? max(0, min(1, fraction)) : 0
        let filled = Int((clamped * Double(width)).rounded(roundUp ? .up : .toNearestOrAwayFromZero))
        return StyledLine([
            .init(text: String(repeating: "█", count: filled), slot: .barFill),
            .init(text: String(repeating: "░", count: max(0, width - filled)), slot: .barEmpty),
        ])
    }

    /// One score row: `Name      ████░░░░  12 pts  64%` (plus "ruled out" when it is).
    static func scoreLine(_ score: OptionScore, nameWidth: Int, width: Int, highlight: Bool) -> StyledLine {
        let name = UIText.line(score.name)
        let shown = WordWrapper.truncate(name, width: nameWidth)
        let padded = shown + String(repeating: " ", count: max(0, nameWidth - DisplayWidth.of(shown)))
        let numbers = " \(Format.pointsLabel(score.points)) \(Format.percent(score.percent))"
        let suffix = score.ruledOut ? " ruled out" : ""
        let barWidth = max(4, min(40, width - nameWidth - 2 - 18 - DisplayWidth.of(suffix)))
        var line = StyledLine(padded + "  ", highlight ? .accent : .normal)
        line.runs += bar(fraction: score.percent / 100, width: barWidth).runs
        line.add(numbers, .normal)
        if score.ruledOut { line.add(suffix, .warning) }
        return line
    }

    /// Score rows for a report, best first.
    static func scoreLines(_ report: ScoreReport, width: Int) -> [StyledLine] {
        let nameWidth = min(20, report.scores.map { DisplayWidth.of(UIText.line($0.name)) }.max() ?? 4)
        return report.scores.map {
            scoreLine($0, nameWidth: nameWidth, width: width, highlight: $0.option == report.recommendation.option)
        }
    }
}

/// Number formatting for the screens (no Foundation formatters: fast and locale-free).
enum Format {
    /// Points with at most one decimal: `12`, `7.5`.
    static func points(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = (value * 10).rounded()
        if tenths.truncatingRemainder(dividingBy: 10) == 0 { return String(Int(tenths / 10)) }
        return String(Int(tenths) / 10) + "." + String(abs(Int(tenths)) % 10)
    }

    /// Points with their unit: `1 pt`, `7.5 pts`.
    static func pointsLabel(_ value: Double) -> String {
        let text = points(value)
        return text + (text == "1" ? " pt" : " pts")
    }

    /// A whole percentage: `64%`.
    static func percent(_ value: Double) -> String {
        guard value.isFinite else { return "0%" }
        return String(Int(value.rounded())) + "%"
    }

    /// A multiplier: `×2`, `×0.5`.
    static func multiplier(_ value: Double) -> String { "×" + points(value) }
}
