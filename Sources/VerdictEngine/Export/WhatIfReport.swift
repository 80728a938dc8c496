#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The side-by-side "before / after" text for `verdict score --what-if`.
public enum WhatIfReport {
    // MARK: - Rendering

    /// Renders the document's `whatIf` section next to the result as given; empty when the
    /// document has no `whatIf` section.
    public static func render(_ document: ResultDocument, worksheet: Worksheet, width: Int = 80) -> String {
        guard let whatIf = document.whatIf else { return "" }
        let width = Swift.max(40, width)
        let names = OptionNames(document: document, worksheet: worksheet)
        var lines = TextLayout.wrap(
            whatIf.changes.map { changeText($0, worksheet: worksheet) }.joined(separator: "; "),
            width: width, first: "What if: ", rest: "  ")
        lines.append("")
        let labelColumn = Swift.min(18, Swift.max(10, document.scores.map { TextLayout.width(names[$0.option]) }.max() ?? 0))
        let column = Swift.max(10, (width - labelColumn - 4) / 2)
        func row(_ label: String, _ before: String, _ after: String) -> String {
            let cells = [
                TextLayout.pad(TextLayout.truncate(label, to: labelColumn), to: labelColumn),
                TextLayout.pad(TextLayout.truncate(before, to: column), to: column),
                TextLayout.truncate(after, to: column),
            ]
            return "  " + cells.joined(separator: " ")
        }
        lines.append(row("", "Before", "After"))
        lines.append(row(
            "Verdict", shortVerdict(document.recommendation, scores: document.scores, names: names, worksheet.thresholds),
            shortVerdict(whatIf.recommendation, scores: whatIf.scores, names: names, worksheet.thresholds)))
        for option in document.scores.map(\.option) {
            lines.append(row(
                names[option], scoreText(document.scores.first { $0.option == option }),
                scoreText(whatIf.scores.first { $0.option == option })))
        }
        lines.append(row("Robustness", shortRobustness(document.sensitivity), shortRobustness(whatIf.sensitivity)))
        if !whatIf.recommendation.settle.isEmpty {
            lines += TextLayout.wrap(
                whatIf.recommendation.settle.joined(separator: ", "), width: width,
                first: "  After, settle it with: ", rest: "    ")
        }
        return lines.map { TextLayout.truncate($0, to: width) }.joined(separator: "\n") + "\n"
    }

    // MARK: - Pieces

    private static func changeText(_ change: ResultDocument.ChangeEntry, worksheet: Worksheet) -> String {
        let question = worksheet.question(change.question)
        let from = change.from.map { question?.answer($0)?.label ?? $0 } ?? "skipped"
        let to = change.to.map { question?.answer($0)?.label ?? $0 } ?? "skipped"
        return TextSanitizer.sanitize("\(change.question) = \(to) (was \(from))")
    }

    private static func scoreText(_ score: ResultDocument.ScoreEntry?) -> String {
        guard let score else { return "" }
        let text = "\(TextReport.percentText(score.percent))  \(TextReport.pointsText(score.points)) of "
            + TextReport.pointsText(score.max)
        return score.ruledOut ? text + " ✗" : text
    }

    /// "fragile (5 pivotal)", "robust".
    private static func shortRobustness(_ sensitivity: ResultDocument.SensitivityEntry) -> String {
        let word = sensitivity.robustness.components(separatedBy: " — ").first ?? sensitivity.robustness
        let count = Set(sensitivity.pivotal.map(\.question)).count
        return count == 0 ? word : "\(word) (\(count) pivotal)"
    }

    /// "Django — clear (25%)", "Too close (Django +3%)", "Too close (tie)", "No option left".
    private static func shortVerdict(
        _ recommendation: ResultDocument.RecommendationEntry, scores: [ResultDocument.ScoreEntry], names: OptionNames,
        _ thresholds: Thresholds
    ) -> String {
        let margin = TextReport.marginText(recommendation.margin, thresholds: thresholds)
        if let option = recommendation.option {
            if recommendation.kind == "too-close" { return "Too close (\(names[option]) +\(margin))" }
            return "\(names[option]) — \(recommendation.kind) (\(margin))"
        }
        if !scores.isEmpty && scores.allSatisfy(\.ruledOut) { return "No option left" }
        return "Too close (tie)"
    }
}
