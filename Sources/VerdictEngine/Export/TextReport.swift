#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The plain-text result shown by `verdict score` and the results screen: the verdict,
/// a bar per option, the reasons with their sentences, and how robust the verdict is.
/// Every line fits the width asked for; all worksheet text is sanitized.
public enum TextReport {
    /// How bars are drawn.
    public enum BarStyle: Sendable {
        /// Block characters: `██████░░░░`.
        case blocks
        /// ASCII only, for terminals without Unicode: `######....`.
        case ascii
    }

    // MARK: - Whole report

    /// Renders a result document, with block bars.
    public static func render(_ document: ResultDocument, worksheet: Worksheet, width: Int = 80) -> String {
        render(document, worksheet: worksheet, width: width, bars: .blocks)
    }

    /// Renders a result document with the given bar style.
    public static func render(
        _ document: ResultDocument, worksheet: Worksheet, width: Int, bars: BarStyle
    ) -> String {
        let width = Swift.max(40, width)
        let names = OptionNames(document: document, worksheet: worksheet)
        var lines: [String] = []
        lines += TextLayout.wrap(TextSanitizer.sanitize(worksheet.title), width: width, first: "", rest: "")
        var byline = "Worksheet \(TextSanitizer.sanitize(worksheet.id)) \(TextSanitizer.sanitize(worksheet.version))"
        if !document.respondent.isEmpty { byline += " · \(TextSanitizer.sanitize(document.respondent))" }
        byline += " · \(document.completedAt)"
        lines += TextLayout.wrap(byline, width: width, first: "", rest: "  ")
        lines.append("")
        lines += TextLayout.wrap(
            verdictLine(document, names: names, thresholds: worksheet.thresholds),
            width: width, first: "Verdict: ", rest: "  ")
        if let basis = document.basis {
            lines += TextLayout.wrap(ResultSentences.basis(answered: basis.answered, visible: basis.visible),
                                     width: width, first: "", rest: "  ")
        }
        lines += conflictLines(document, worksheet: worksheet, names: names, width: width)
        for way in document.alternatives ?? [] where way.suggested {
            lines += TextLayout.wrap(
                ResultSentences.wayOut(name: TextSanitizer.sanitize(way.name), percent: way.percent,
                                       signalled: way.signalled, worksheet: way.worksheet.map { TextSanitizer.sanitize($0) }),
                width: width, first: "Way out: ", rest: "  ")
        }
        lines.append("")
        lines += barLines(document.scores, names: names, width: width, bars: bars)
        lines += TextLayout.wrap(ResultSentences.percentMeaning, width: width, first: "  ", rest: "  ")
        lines += reasonLines(document, worksheet: worksheet, names: names, width: width)
        lines += settleLines(document.recommendation.settle, worksheet: worksheet, width: width)
        lines += sensitivityLines(document, worksheet: worksheet, names: names, width: width)
        return lines.map { TextLayout.truncate($0, to: width) }.joined(separator: "\n") + "\n"
    }

    // MARK: - Verdict

    /// The one-line verdict, e.g. "Flask — clear (margin 42%)" or
    /// "Too close to call — settle it with: api, soa".
    public static func verdictLine(_ document: ResultDocument, worksheet: Worksheet) -> String {
        verdictLine(document, names: OptionNames(document: document, worksheet: worksheet),
                    thresholds: worksheet.thresholds)
    }

    static func verdictLine(_ document: ResultDocument, names: OptionNames, thresholds: Thresholds) -> String {
        let recommendation = document.recommendation
        let scores = document.scores
        let margin = marginText(recommendation.margin, thresholds: thresholds)
        var deciding = Set<String>()
        for pivot in document.sensitivity.pivotal { deciding.insert(pivot.question) }
        let settle = ResultSentences.settle(
            recommendation.settle, allAnswered: document.basis.map { $0.answered == $0.visible } ?? false,
            deciding: deciding.count)
        if let option = recommendation.option {
            let others = scores.filter { $0.option != option }
            if !others.isEmpty && others.allSatisfy(\.ruledOut) {
                return "\(names[option]) — the only option left (must-have answers rule out the others)"
            }
            switch recommendation.kind {
            case "clear": return "\(names[option]) — clear (margin \(margin))"
            case "lean": return "\(names[option]) — lean (margin \(margin))"
            default: return "Too close to call (\(names[option]) ahead by \(margin)) — \(settle)"
            }
        }
        if !scores.isEmpty && scores.allSatisfy(\.ruledOut) {
            return "No option left — your must-have answers rule out every option"
        }
        return "Too close to call (a tie) — \(settle)"
    }

    /// "Django is ruled out by api (Yes)": which answers conflict when must-haves bite.
    private static func conflictLines(
        _ document: ResultDocument, worksheet: Worksheet, names: OptionNames, width: Int
    ) -> [String] {
        let labels = Dictionary(document.answers.map { ($0.question, $0.label) }, uniquingKeysWith: { first, _ in first })
        return document.scores.filter(\.ruledOut).flatMap { score -> [String] in
            let causes = score.ruledOutBy.map { question in
                "\(TextSanitizer.sanitize(question)) = \(TextSanitizer.sanitize(labels[question] ?? "?"))"
            }
            let text = "\(names[score.option]) is ruled out by " + (causes.isEmpty ? "a must-have" : causes.joined(separator: ", "))
            return TextLayout.wrap(text, width: width, first: "  ✗ ", rest: "    ")
        }
    }

    // MARK: - Bars

    static func barLines(
        _ scores: [ResultDocument.ScoreEntry], names: OptionNames, width: Int, bars: BarStyle
    ) -> [String] {
        let nameColumn = Swift.min(24, scores.map { TextLayout.width(names[$0.option]) }.max() ?? 0)
        let suffixes = scores.map { score -> String in
            let head = TextLayout.padLeft(percentText(score.percent), to: 4)
            let tail = score.ruledOut ? "  ruled out" : ""
            return "  \(head)  (\(pointsText(score.points)) of \(pointsText(score.max)))\(tail)"
        }
        let suffixColumn = suffixes.map(TextLayout.width).max() ?? 0
        let barWidth = Swift.max(5, Swift.min(30, width - 2 - nameColumn - 2 - suffixColumn))
        let (full, empty): (Character, Character) = bars == .blocks ? ("█", "░") : ("#", ".")
        return zip(scores, suffixes).map { score, suffix in
            let filled = Swift.max(0, Swift.min(barWidth, Int((score.percent / 100 * Double(barWidth)).rounded())))
            let bar = String(repeating: full, count: filled) + String(repeating: empty, count: barWidth - filled)
            let name = TextLayout.pad(TextLayout.truncate(names[score.option], to: nameColumn), to: nameColumn)
            return "  \(name)  \(bar)\(suffix)"
        }
    }

    // MARK: - Reasons

    private static func reasonLines(
        _ document: ResultDocument, worksheet: Worksheet, names: OptionNames, width: Int
    ) -> [String] {
        var lines: [String] = []
        for side in ["winner", "runner-up"] {
            let reasons = document.reasons.filter { $0.side == side }
            guard let option = reasons.first?.option else { continue }
            let beyond = ResultSentences.beyond(document.comparedOption(for: option).map { names[$0] })
            lines.append("")
            lines.append((side == "winner" ? "Why \(names[option])" : "Counterpoints for \(names[option])") + beyond + ":")
            for reason in reasons {
                let label = worksheet.question(reason.question)?.answer(reason.answer)?.label ?? reason.answer
                let text = "\(TextSanitizer.sanitize(reason.text)) [\(TextSanitizer.sanitize(reason.question)): "
                    + "\(TextSanitizer.sanitize(label)), +\(pointsText(reason.points))]"
                lines += TextLayout.wrap(text, width: width, first: side == "winner" ? "  + " : "  - ", rest: "    ")
            }
        }
        return lines
    }

    private static func settleLines(_ settle: [String], worksheet: Worksheet, width: Int) -> [String] {
        guard !settle.isEmpty else { return [] }
        var lines = ["", "Questions that would settle it:"]
        let shown = 10
        for id in settle.prefix(shown) {
            let prompt = worksheet.question(id).map { TextSanitizer.sanitize($0.prompt) } ?? ""
            lines += TextLayout.wrap("\(prompt) (\(TextSanitizer.sanitize(id)))", width: width, first: "  • ", rest: "    ")
        }
        if settle.count > shown { lines.append(ResultSentences.more(settle.count - shown)) }
        return lines
    }

    // MARK: - Sensitivity

    private static func sensitivityLines(
        _ document: ResultDocument, worksheet: Worksheet, names: OptionNames, width: Int
    ) -> [String] {
        let sensitivity = document.sensitivity
        var lines = [""]
        lines += TextLayout.wrap(sensitivity.robustness, width: width, first: "Robustness: ", rest: "  ")
        if !sensitivity.pivotal.isEmpty {
            lines.append("Pivotal answers:")
            let shown = 10
            for pivot in sensitivity.pivotal.prefix(shown) {
                lines += TextLayout.wrap(pivotText(pivot, worksheet: worksheet, names: names),
                                         width: width, first: "  • ", rest: "    ")
            }
            if sensitivity.pivotal.count > shown { lines.append(ResultSentences.more(sensitivity.pivotal.count - shown)) }
        }
        let flips = sensitivity.flipPoints.compactMap { point -> (String, Double, String?)? in
            point.factor.map { (point.question, $0, point.winner) }
        }.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
        if flips.isEmpty {
            if !sensitivity.flipPoints.isEmpty {
                lines.append("Weight: no change to one question's importance flips it.")
            }
        } else {
            lines.append("Weight flip points:")
            let shown = 5
            for (question, factor, winner) in flips.prefix(shown) {
                let outcome = winner.map { "makes it \(names[$0])" } ?? "makes it too close to call"
                let beyond = flipBeyond(question: question, factor: factor, document: document, worksheet: worksheet)
                lines += TextLayout.wrap(
                    "counting \(TextSanitizer.sanitize(question)) \(factorText(factor))× as much \(outcome)"
                        + (beyond ? ResultSentences.beyondImportanceNote(worksheet.importance) : ""),
                    width: width, first: "  • ", rest: "    ")
            }
            if flips.count > shown { lines.append(ResultSentences.more(flips.count - shown)) }
        }
        return lines
    }

    /// Whether a flip factor needs more importance than the worksheet lets a person set.
    static func flipBeyond(question: String, factor: Double, document: ResultDocument, worksheet: Worksheet) -> Bool {
        let current = document.answers.first { $0.question == question }?.importance ?? 1
        return ResultSentences.beyondImportance(factor: factor, current: current, bounds: worksheet.importance)
    }

    static func pivotText(_ pivot: ResultDocument.PivotalEntry, worksheet: Worksheet, names: OptionNames) -> String {
        let question = worksheet.question(pivot.question)
        let from = pivot.answer.map { question?.answer($0)?.label ?? $0 } ?? "skipped"
        let to = question?.answer(pivot.alternative)?.label ?? pivot.alternative
        let outcome: String
        if let winner = pivot.winner {
            outcome = pivot.kind == "too-close" ? "too close to call, \(names[winner]) ahead" : "\(names[winner]) (\(pivot.kind))"
        } else {
            outcome = "too close to call"
        }
        return "\(TextSanitizer.sanitize(pivot.question)): \(TextSanitizer.sanitize(from)) → \(TextSanitizer.sanitize(to)) makes it \(outcome)"
    }

    // MARK: - Numbers

    /// "71%", "<1%" for a small non-zero value.
    static func percentText(_ percent: Double) -> String {
        let whole = Int(percent.rounded())
        if whole == 0 && percent > 0 { return "<1%" }
        return "\(whole)%"
    }

    /// A margin as a whole percentage ("42%"), or with one decimal cut towards zero when
    /// the whole figure would equal a threshold, so a lean just under it and a clear result
    /// at it never read alike ("14.6%" and "15.0%" around a 15% lean threshold).
    public static func marginText(_ margin: Double, thresholds: Thresholds) -> String {
        let whole = Int((margin * 100).rounded())
        guard [thresholds.tooClose, thresholds.lean].contains(where: { Int(($0 * 100).rounded()) == whole }) else {
            return percentText(margin * 100)
        }
        return tenthsText(margin)
    }

    /// A fraction as a percentage with one decimal, cut towards zero ("80.9%"): a figure
    /// just under a bar never reads as the bar.
    public static func tenthsText(_ fraction: Double) -> String {
        let tenths = Int((fraction * 1000 + 1e-9).rounded(.down))
        return "\(tenths / 10).\(tenths % 10)%"
    }

    /// "34.0", or two decimals when one would lose information.
    static func pointsText(_ points: Double) -> String {
        let tenths = (points * 10).rounded() / 10
        return abs(tenths - points) < 0.0001 ? fixed(points, decimals: 1) : fixed(points, decimals: 2)
    }

    /// "2.5", "1.25": a factor with at most two decimals.
    static func factorText(_ factor: Double) -> String {
        let text = fixed(factor, decimals: 2)
        return text.hasSuffix("0") ? String(text.dropLast()) : text
    }

    /// A non-negative number with a fixed count of decimals (`String(format:)` is slow to
    /// start on Linux).
    static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "0" }
        let scale = decimals == 1 ? 10.0 : 100.0
        let scaled = Int((abs(value) * scale).rounded())
        let whole = scaled / Int(scale)
        let fraction = String(scaled % Int(scale))
        let padded = String(repeating: "0", count: decimals - fraction.count) + fraction
        return (value < 0 && scaled != 0 ? "-" : "") + "\(whole).\(padded)"
    }
}

/// Option id → sanitized display name, from the worksheet (falling back to the document).
struct OptionNames {
    private var names: [String: String]

    init(document: ResultDocument, worksheet: Worksheet) {
        var names: [String: String] = [:]
        for score in document.scores { names[score.option] = TextSanitizer.sanitize(score.name) }
        for option in worksheet.options { names[option.id] = TextSanitizer.sanitize(option.name) }
        self.names = names
    }

    subscript(_ option: String) -> String { names[option] ?? TextSanitizer.sanitize(option) }
}
