/// A short one-person decision record in Markdown, with MADR-flavoured headings: context,
/// considered options, decision outcome, scores, pros, cons and sensitivity.
public enum MarkdownReport {
    // MARK: - Rendering

    /// Renders a result document as Markdown.
    public static func render(_ document: ResultDocument, worksheet: Worksheet) -> String {
        let names = OptionNames(document: document, worksheet: worksheet)
        var lines = ["# \(inline(worksheet.title))", ""]
        lines.append("- Date: \(document.completedAt.prefix(10))")
        if !document.respondent.isEmpty { lines.append("- Respondent: \(inline(document.respondent))") }
        lines.append("- Worksheet: `\(inline(worksheet.id))` version \(inline(worksheet.version))")
        lines.append("- Status: \(document.recommendation.option == nil || document.recommendation.kind == "too-close" ? "open (too close to call)" : "decided")")
        lines += ["", "## Context and Problem Statement", "", inline(worksheet.description), ""]
        lines += ["## Considered Options", ""]
        lines += worksheet.options.map { option in
            option.summary.isEmpty ? "- \(inline(option.name))" : "- \(inline(option.name)) — \(inline(option.summary))"
        }
        lines += ["", "## Decision Outcome", ""]
        lines.append(inline(TextReport.verdictLine(document, names: names, thresholds: worksheet.thresholds)) + ".")
        if let basis = document.basis {
            lines += ["", inline(ResultSentences.basis(answered: basis.answered, visible: basis.visible))]
        }
        for way in document.alternatives ?? [] where way.suggested {
            // An id (kebab-case) is safe inside backticks; anything else is left out.
            let sheet = way.worksheet.flatMap { FieldReader.isValidID($0) ? $0 : nil }
            lines += ["", "**Way out:** " + ResultSentences.wayOut(name: inline(way.name), percent: way.percent,
                                                                  signalled: way.signalled, worksheet: sheet)]
        }
        for score in document.scores where score.ruledOut {
            lines.append("")
            lines.append("\(names[score.option]) is ruled out by: " + score.ruledOutBy.map { "`\(inline($0))`" }.joined(separator: ", ") + ".")
        }
        lines += ["", "### Scores", "", "| Option | Points | Max | Percent |", "|---|---:|---:|---:|"]
        for score in document.scores {
            let name = cell(names[score.option]) + (score.ruledOut ? " (ruled out)" : "")
            lines.append("| \(name) | \(TextReport.pointsText(score.points)) | \(TextReport.pointsText(score.max)) | \(TextReport.percentText(score.percent)) |")
        }
        lines += ["", ResultSentences.percentMeaning]
        lines += reasonSection(document, worksheet: worksheet, names: names, side: "winner")
        lines += reasonSection(document, worksheet: worksheet, names: names, side: "runner-up")
        lines += sensitivitySection(document, worksheet: worksheet, names: names)
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Sections

    private static func reasonSection(
        _ document: ResultDocument, worksheet: Worksheet, names: OptionNames, side: String
    ) -> [String] {
        let reasons = document.reasons.filter { $0.side == side }
        guard let option = reasons.first?.option else { return [] }
        let beyond = inline(ResultSentences.beyond(document.comparedOption(for: option).map { names[$0] }))
        let heading = (side == "winner" ? "### Pros: why \(inline(names[option]))" : "### Cons: the case for \(inline(names[option]))")
            + beyond
        var lines = ["", heading, ""]
        for reason in reasons {
            let label = worksheet.question(reason.question)?.answer(reason.answer)?.label ?? reason.answer
            lines.append("- \(inline(reason.text)) (`\(inline(reason.question))`: \(inline(label)), +\(TextReport.pointsText(reason.points)))")
        }
        return lines
    }

    private static func sensitivitySection(_ document: ResultDocument, worksheet: Worksheet, names: OptionNames) -> [String] {
        var lines = ["", "### Sensitivity", "", "Robustness: \(inline(document.sensitivity.robustness))."]
        if !document.recommendation.settle.isEmpty {
            lines += ["", "Questions that would settle it:", ""]
            for id in document.recommendation.settle {
                lines.append("- \(inline(worksheet.question(id)?.prompt ?? id)) (`\(inline(id))`)")
            }
        }
        if !document.sensitivity.pivotal.isEmpty {
            lines += ["", "Pivotal answers:", ""]
            for pivot in document.sensitivity.pivotal {
                lines.append("- " + inline(TextReport.pivotText(pivot, worksheet: worksheet, names: names)))
            }
        }
        let flips = document.sensitivity.flipPoints.filter { $0.factor != nil }
        if !flips.isEmpty {
            lines += ["", "Weight flip points:", ""]
            for flip in flips {
                let outcome = flip.winner.map { names[$0] } ?? "too close to call"
                let beyond = TextReport.flipBeyond(question: flip.question, factor: flip.factor ?? 1, document: document,
                                                   worksheet: worksheet)
                lines.append("- `\(inline(flip.question))` × \(TextReport.factorText(flip.factor ?? 1)) → \(inline(outcome))"
                    + (beyond ? ResultSentences.beyondImportanceNote(worksheet.importance) : ""))
            }
        }
        return lines
    }

    // MARK: - Escaping

    /// Sanitized text with Markdown's active characters escaped (``MarkdownText``).
    static func inline(_ text: String) -> String { MarkdownText.inline(text) }

    /// Text for a table cell.
    private static func cell(_ text: String) -> String { inline(text) }
}
