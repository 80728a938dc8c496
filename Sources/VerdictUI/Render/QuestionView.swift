import VerdictEngine

/// The question screen: section, prompt, importance, optional help text, the answers
/// (a scale drawn as a scale), and the optional live score panel.
enum QuestionView {
    /// Width of the score panel drawn beside the question on wide terminals.
    static let sidePanelWidth = 44

    /// Whether the live scores go beside the question rather than below it.
    static func usesSidePanel(_ state: SessionState, width: Int) -> Bool {
        state.screen == .question && state.showsScores && width >= 110
    }

    /// The live score panel's lines.
    static func scorePanel(_ state: SessionState, width: Int) -> [StyledLine] {
        [StyledLine("Live scores (t to hide)", .title)] + BarView.scoreLines(state.report, width: width)
    }

    static func document(_ state: SessionState, width: Int, scoresBelow: Bool = true) -> BodyDocument {
        var body = BodyDocument()
        guard let question = state.currentQuestion else { return body }
        if let section = state.worksheet.section(containing: question.id) {
            body.add(StyledLine("Section: " + UIText.line(section.title), .title))
        }
        body.add(.blank)
        let promptStart = body.lines.count
        body.addWrapped(UIText.sanitize(question.prompt), width: width)
        body.add(importanceLine(question, state: state))
        body.add(.blank)
        if question.kind == .scale { addScale(question, state: state, width: width, to: &body) }
        addAnswers(question, state: state, width: width, to: &body)
        if let focus = body.focus { body.context = promptStart..<focus.upperBound }
        if state.showsHelpText {
            body.add(.blank)
            let helpStart = body.lines.count
            body.add(StyledLine("Why it matters (? to hide):", .muted))
            let help = UIText.sanitize(question.help)
            body.addWrapped(help.isEmpty ? "This question has no help text." : help, width: width, indent: 2, slot: .muted)
            // The view scrolls as far down the help as it can while the highlighted answer
            // stays on screen; moving down from the last answer scrolls on (`scroll`).
            body.focus = (body.focus?.lowerBound ?? helpStart)..<body.lines.count
            body.context = promptStart..<body.lines.count
            body.scroll = state.scroll
        }
        if state.showsScores, scoresBelow {
            body.add(.blank)
            for line in scorePanel(state, width: width) { body.add(line) }
        }
        return body
    }

    // MARK: - Parts

    private static func importanceLine(_ question: Question, state: SessionState) -> StyledLine {
        let multiplier = state.responses.importance(of: question.id)
        let level = ImportanceLevel(multiplier: multiplier)
        var line = StyledLine("Importance: ", .muted)
        line.add("\(level.phrase) (\(Format.multiplier(multiplier)))", level == .normal ? .muted : .accent)
        line.add(" · +/- to change", .muted)
        return line
    }

    /// The scale drawn as a scale: `○──────●──────○` with the numbers under the marks and
    /// the end labels under the ends; the cursor is `●`, the earlier answer `◉`.
    private static func addScale(_ question: Question, state: SessionState, width: Int, to body: inout BodyDocument) {
        let count = question.answers.count
        guard count > 1 else { return }
        let chosen = state.responses.answers[question.id]
        let lowWidth = question.answers.first.map { DisplayWidth.of(UIText.line($0.label)) } ?? 0
        let highWidth = question.answers.last.map { DisplayWidth.of(UIText.line($0.label)) } ?? 0
        let labelWidth = lowWidth + highWidth
        let fitsLabels = (labelWidth + 3 + count - 2) / max(1, count - 1)
        let segment = max(3, min(max(12, fitsLabels), (width - 4 - count) / max(1, count - 1)))
        var marks = StyledLine("  ", .normal)
        var numbers = "  "
        for (index, answer) in question.answers.enumerated() {
            if index == state.answerCursor {
                marks.add("●", .selected)
            } else if answer.id == chosen {
                marks.add("◉", .chosen)
            } else {
                marks.add("○", .muted)
            }
            let number = "\(index + 1)"
            numbers += number
            if index < count - 1 {
                marks.add(String(repeating: "─", count: segment), .border)
                numbers += String(repeating: " ", count: max(1, segment + 1 - number.count))
            }
        }
        body.add(marks)
        body.add(StyledLine(numbers, .key))
        if let low = question.answers.first, let high = question.answers.last {
            let span = (count - 1) * (segment + 1) + 1
            let lowText = WordWrapper.truncate(UIText.line(low.label), width: max(1, span / 2 - 1))
            let highText = WordWrapper.truncate(UIText.line(high.label), width: max(1, span - DisplayWidth.of(lowText) - 2))
            let gap = max(1, span - DisplayWidth.of(lowText) - DisplayWidth.of(highText))
            body.add(StyledLine("  " + lowText + String(repeating: " ", count: gap) + highText, .muted))
        }
        body.add(.blank)
    }

    private static func addAnswers(_ question: Question, state: SessionState, width: Int, to body: inout BodyDocument) {
        let chosen = state.responses.answers[question.id]
        var focus: Range<Int>?
        for (index, answer) in question.answers.enumerated() {
            let isCursor = index == state.answerCursor
            let isChosen = answer.id == chosen
            let number = index < 9 ? "\(index + 1). " : "   "
            let marker = isCursor ? "› " : "  "
            let tag = isChosen ? "  ✓ your answer" : ""
            let labelWidth = max(1, width - 5 - DisplayWidth.of(tag))
            let start = body.lines.count
            for (row, text) in WordWrapper.wrap(UIText.sanitize(answer.label), width: labelWidth).enumerated() {
                var line = StyledLine(row == 0 ? marker + number : "     ", isCursor ? .selected : .normal)
                line.add(text, isCursor ? .selected : (isChosen ? .chosen : .normal))
                if row == 0, isChosen { line.add(tag, isCursor ? .selected : .chosen) }
                line.rowSlot = isCursor ? .selected : nil
                body.add(line)
            }
            if isCursor { focus = start..<body.lines.count }
        }
        if chosen == nil, state.report.unanswered.contains(question.id), state.returnsToReview {
            body.add(StyledLine("  — not answered yet —", .warning))
        }
        body.focus = focus
    }
}
