import VerdictEngine

/// The results screen: the verdict (or "Too close to call" and what would settle it),
/// a bar per option, the reasons on both sides, and how robust the verdict is. Every list
/// is complete (as `verdict score` prints it); the page scrolls.
enum ResultsView {
    static func document(_ state: SessionState, width: Int) -> BodyDocument {
        var body = BodyDocument()
        body.scroll = state.scroll
        addVerdict(report: state.report, insight: state.insight, worksheet: state.worksheet, width: width, to: &body)
        addBasisAndWayOut(state.report, width: width, to: &body)
        addName(state, width: width, to: &body)
        body.add(.blank)
        body.add(StyledLine("Scores", .title))
        for line in BarView.scoreLines(state.report, width: width) { body.add(line) }
        body.addWrapped(ResultSentences.percentMeaning, width: width, slot: .muted)
        addRuledOut(state.report, worksheet: state.worksheet, width: width, to: &body)
        addReasons(state.report, worksheet: state.worksheet, width: width, to: &body)
        addRobustness(state.insight, worksheet: state.worksheet, width: width, to: &body)
        let skipped = state.report.unanswered.count
        if skipped > 0 {
            body.add(.blank)
            body.addWrapped("\(skipped) question\(skipped == 1 ? " was" : "s were") skipped; press r to review and answer \(skipped == 1 ? "it" : "them").",
                            width: width, slot: .warning)
        }
        return body
    }

    // MARK: - Verdict

    static func addVerdict(report: ScoreReport, insight: ResultsInsight?, worksheet: Worksheet, width: Int,
                           to body: inout BodyDocument) {
        let recommendation = report.recommendation
        let margin = TextReport.marginText(recommendation.margin, thresholds: worksheet.thresholds)
        let name = recommendation.option.flatMap { worksheet.option($0) }.map { UIText.line($0.name) }
        switch (recommendation.kind, name) {
        case (.clear, let name?):
            var line = StyledLine("Recommended: ", .normal)
            line.add(name, .accent)
            line.add(" — a clear lead (margin \(margin))", .normal)
            body.add(line)
        case (.lean, let name?):
            var line = StyledLine("Leaning towards: ", .normal)
            line.add(name, .accent)
            line.add(" — a slight lead (margin \(margin))", .normal)
            body.add(line)
        default:
            body.add(StyledLine("Too close to call (margin \(margin))", .warning))
            guard let insight else { return }
            if insight.settle.isEmpty {
                body.addWrapped(ResultSentences.sentence(ResultSentences.settle(
                    [], allAnswered: report.unanswered.isEmpty, deciding: insight.pivotal.count)), width: width, slot: .muted)
            } else {
                body.add(StyledLine("These questions would settle it:", .normal))
                for id in insight.settle.prefix(shownPerList) {
                    let prompt = worksheet.question(id).map { UIText.line($0.prompt) } ?? id
                    body.addWrapped("• " + prompt, width: width, indent: 2)
                }
                addMore(insight.settle.count, to: &body)
            }
        }
    }

    /// "Based on 6 of 25 questions." and, when the answers point outside the options, the way out.
    static func addBasisAndWayOut(_ report: ScoreReport, width: Int, to body: inout BodyDocument) {
        body.addWrapped(ResultSentences.basis(answered: report.answeredCount, visible: report.visibleQuestions.count),
                        width: width, slot: .muted)
        for way in report.suggestedAlternatives {
            body.addWrapped("Way out: " + ResultSentences.wayOut(name: UIText.line(way.name), percent: way.percent,
                                                                 signalled: way.signalled, worksheet: way.worksheet),
                            width: width, slot: .warning)
        }
    }

    /// Whose answers these are, or how to say so before exporting (welcome and results).
    static func addName(_ state: SessionState, width: Int, to body: inout BodyDocument) {
        let respondent = state.responses.respondent
        if !state.keyMap.bindings.contains(where: { $0.action == .editName }) {
            // A meeting member's name is the one they joined with: no key changes it.
            if !respondent.isEmpty { body.addWrapped("Your name: \(UIText.line(respondent)).", width: width, slot: .muted) }
        } else if respondent.isEmpty {
            body.addWrapped("No name yet: press n to add yours before exporting (verdict team needs it).",
                            width: width, slot: .muted)
        } else {
            body.addWrapped("Your name: \(UIText.line(respondent)) (n changes it).", width: width, slot: .muted)
        }
    }

    private static func addRuledOut(_ report: ScoreReport, worksheet: Worksheet, width: Int, to body: inout BodyDocument) {
        for score in report.scores where score.ruledOut {
            let questions = (report.ruledOut[score.option] ?? []).compactMap { worksheet.question($0) }
                .map { "“" + UIText.line($0.prompt) + "”" }
            body.addWrapped("\(UIText.line(score.name)) is ruled out by your answer to " + questions.joined(separator: ", ") + ".",
                            width: width, slot: .warning)
        }
    }

    // MARK: - Reasons

    private static func addReasons(_ report: ScoreReport, worksheet: Worksheet, width: Int, to body: inout BodyDocument) {
        for side in [ReasonSide.winner, .runnerUp] {
            let reasons = report.reasons.filter { $0.side == side }
            guard let first = reasons.first else { continue }
            let name = worksheet.option(first.option).map { UIText.line($0.name) } ?? first.option
            body.add(.blank)
            let heading = side == .runnerUp ? "In favour of \(name)" : (report.recommendation.option == nil ? "For \(name)" : "Why \(name)")
            var line = StyledLine(heading, .title)
            let compared = report.scores.first { !$0.ruledOut && $0.option != first.option }
            line.add(ResultSentences.beyond(compared.map { UIText.line($0.name) }), .muted)
            body.add(line)
            for reason in reasons {
                let text = UIText.line(reason.text)
                let lines = WordWrapper.wrap(text.isEmpty ? reason.question : text, width: width - 12)
                for (index, line) in lines.enumerated() {
                    var styled = StyledLine((index == 0 ? "• " : "  ") + line, .normal)
                    if index == lines.count - 1 { styled.add("  +\(Format.points(reason.points))", .muted) }
                    body.add(styled)
                }
            }
        }
    }

    // MARK: - Robustness

    private static func addRobustness(_ insight: ResultsInsight, worksheet: Worksheet, width: Int, to body: inout BodyDocument) {
        body.add(.blank)
        var line = StyledLine("Robustness: ", .title)
        line.add(UIText.line(insight.robustness), .normal)
        body.add(line)
        for pivot in insight.pivotal.prefix(shownPerList) {
            guard let question = worksheet.question(pivot.question) else { continue }
            let alternative = question.answer(pivot.alternative).map { UIText.line($0.label) } ?? pivot.alternative
            let outcome = pivot.winner.flatMap { worksheet.option($0) }.map { UIText.line($0.name) + " would win" }
                ?? "it would be too close to call"
            let text = "Answering “\(UIText.line(question.prompt))” with “\(alternative)”: \(outcome)."
            for (index, line) in WordWrapper.wrap(text, width: width - 2).enumerated() {
                body.add(StyledLine((index == 0 ? "• " : "  ") + line, .muted))
            }
        }
        addMore(insight.pivotal.count, to: &body)
    }

    /// Lists of questions show their first ten, as the text report does: a 20,000-question
    /// worksheet can make every question settle it, and a screen of them is no answer.
    private static let shownPerList = 10

    private static func addMore(_ count: Int, to body: inout BodyDocument) {
        guard count > shownPerList else { return }
        body.add(StyledLine("  … and \(count - shownPerList) more", .muted))
    }
}
