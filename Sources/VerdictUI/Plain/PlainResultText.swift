import VerdictEngine

/// The results as plain sentences for the line-prompt mode: verdict, scores, reasons and
/// robustness (every answer that alone would change the verdict), as the results screen.
enum PlainResultText {
    static func lines(for report: ScoreReport, responses: Responses, worksheet: Worksheet) -> [String] {
        var lines = ["Results for " + UIText.line(worksheet.title), verdict(report, worksheet: worksheet)]
        let insight = InsightBuilder(worksheet: worksheet).insight(for: responses, report: report)
        if report.recommendation.kind == .tooClose {
            let prompts = insight.settle.compactMap { worksheet.question($0) }.map { UIText.line($0.prompt) }
            lines.append(prompts.isEmpty
                ? ResultSentences.sentence(ResultSentences.settle([], allAnswered: report.unanswered.isEmpty, deciding: insight.pivotal.count))
                : "These questions would settle it: " + prompts.joined(separator: "; ") + ".")
        }
        lines.append(ResultSentences.basis(answered: report.answeredCount, visible: report.visibleQuestions.count))
        for way in report.suggestedAlternatives {
            lines.append("Way out: " + ResultSentences.wayOut(name: UIText.line(way.name), percent: way.percent,
                                                              signalled: way.signalled, worksheet: way.worksheet))
        }
        lines.append("Scores:")
        for score in report.scores {
            let ruled = score.ruledOut ? ", ruled out" : ""
            lines.append("  \(UIText.line(score.name)): \(Format.points(score.points)) of \(Format.points(score.max)) points (\(Format.percent(score.percent))\(ruled))")
        }
        lines.append(ResultSentences.percentMeaning)
        for side in [ReasonSide.winner, .runnerUp] {
            let reasons = report.reasons.filter { $0.side == side }
            guard let first = reasons.first else { continue }
            let name = worksheet.option(first.option).map { UIText.line($0.name) } ?? first.option
            lines.append(side == .winner ? "Why \(name):" : "In favour of \(name):")
            for reason in reasons { lines.append("  - " + UIText.line(reason.text)) }
        }
        lines.append("Robustness: " + insight.robustness)
        for pivot in insight.pivotal {
            guard let question = worksheet.question(pivot.question) else { continue }
            let given = pivot.answer.flatMap { question.answer($0) }.map { UIText.line($0.label) } ?? "no answer"
            let other = question.answer(pivot.alternative).map { UIText.line($0.label) } ?? pivot.alternative
            let then = pivot.winner.flatMap { worksheet.option($0) }.map { "\(UIText.line($0.name)) would win" } ?? "too close to call"
            lines.append("  - \(UIText.line(question.prompt)) \(given) → \(other): \(then)")
        }
        if !report.unanswered.isEmpty {
            let count = report.unanswered.count
            lines.append("\(count) question\(count == 1 ? "" : "s") left unanswered.")
        }
        return lines
    }

    /// "Verdict: Django is recommended, a clear lead (margin 26%)." and the like.
    static func verdict(_ report: ScoreReport, worksheet: Worksheet) -> String {
        let recommendation = report.recommendation
        let margin = TextReport.marginText(recommendation.margin, thresholds: worksheet.thresholds)
        let name = recommendation.option.flatMap { worksheet.option($0) }.map { UIText.line($0.name) }
        switch (recommendation.kind, name) {
        case (.clear, let name?): return "Verdict: \(name) is recommended, a clear lead (margin \(margin))."
        case (.lean, let name?): return "Verdict: leaning towards \(name), a slight lead (margin \(margin))."
        default: return "Verdict: too close to call (margin \(margin))."
        }
    }
}
