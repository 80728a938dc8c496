import VerdictEngine

/// The what-if screen: the verdict and bars for the trial answers, then the questions with
/// the tried answer of the selected one shown as `‹ answer ›`.
enum WhatIfView {
    static func document(_ state: SessionState, width: Int) -> BodyDocument {
        var body = BodyDocument()
        guard let trial = state.whatIf else { return body }
        let scorer = state.scorer
        let report = scorer.score(trial.responses)
        body.addWrapped(Charset.text("Try other answers with ←/→; Enter keeps them, Esc goes back to your real answers."),
                        width: width, slot: .muted)
        ResultsView.addVerdict(report: report, insight: nil, worksheet: state.worksheet, width: width, to: &body)
        for line in BarView.scoreLines(report, width: width) { body.add(line) }
        if !trial.changed.isEmpty {
            let real = state.report.recommendation
            let name = real.option.flatMap { state.worksheet.option($0) }.map { UIText.line($0.name) }
            let said = name.map { "\($0) (\(real.kind == .clear ? "clear" : real.kind == .lean ? "lean" : "too close"))" }
                ?? "too close to call"
            let count = trial.changed.count
            body.add(StyledLine("Your real answers give: \(said); \(count) answer\(count == 1 ? "" : "s") changed here.", .muted))
        }
        body.add(.blank)
        let visible = scorer.visibleQuestions(trial.responses)
        let promptWidth = max(10, (width - 4) / 2)
        for (index, question) in visible.enumerated() {
            let isCursor = index == trial.cursor
            let prompt = WordWrapper.truncate(UIText.line(question.prompt), width: promptWidth - 2)
            var line = StyledLine((isCursor ? "› " : "  ") + prompt, isCursor ? .selected : .normal)
            line.add(String(repeating: " ", count: max(1, promptWidth - DisplayWidth.of(prompt))), .normal)
            let label = trial.responses.answers[question.id].flatMap { question.answer($0) }.map { UIText.line($0.label) }
                ?? "— skipped —"
            let changed = trial.changed.contains(question.id)
            let shown = isCursor ? "‹ \(label) ›" : label
            line.add(WordWrapper.truncate(shown + (changed ? " (changed)" : ""), width: max(4, width - promptWidth - 3)),
                     changed ? .chosen : .normal)
            line.rowSlot = isCursor ? .selected : nil
            if isCursor { body.focus = body.lines.count..<(body.lines.count + 1) }
            body.add(line)
        }
        return body
    }
}
