import VerdictEngine

/// The review screen: every visible question with its answer, grouped by section;
/// unanswered ones marked "— skipped —"; a last "See results" row.
enum ReviewView {
    static func document(_ state: SessionState, width: Int) -> BodyDocument {
        var body = BodyDocument()
        let report = state.report
        let unanswered = report.unanswered.count
        body.add(StyledLine("Review your answers", .title))
        if unanswered > 0 {
            body.addWrapped("\(unanswered) question\(unanswered == 1 ? "" : "s") unanswered, marked “— skipped —”; Enter on one answers it.",
                            width: width, slot: .warning)
        } else {
            body.add(StyledLine("Every question is answered.", .muted))
        }
        var lastSection: String?
        let promptWidth = max(10, (width - 6) * 3 / 5)
        for (index, id) in report.visibleQuestions.enumerated() {
            guard let question = state.worksheet.question(id) else { continue }
            let section = state.worksheet.section(containing: id)
            if let section, section.id != lastSection {
                body.add(.blank)
                body.add(StyledLine(UIText.line(section.title), .title))
                lastSection = section.id
            }
            let isCursor = index == state.reviewCursor
            if isCursor { body.focus = body.lines.count..<(body.lines.count + 1) }
            body.add(row(question, number: index + 1, of: report.visibleQuestions.count, state: state, isCursor: isCursor,
                         promptWidth: promptWidth, width: width))
        }
        body.add(.blank)
        let onResults = state.reviewCursor >= report.visibleQuestions.count
        if onResults { body.focus = body.lines.count..<(body.lines.count + 1) }
        body.add(StyledLine((onResults ? "› " : "  ") + "See results (v)", onResults ? .selected : .accent,
                            rowSlot: onResults ? .selected : nil))
        return body
    }

    /// One question's row; numbers are right-aligned to the widest ("  9." above " 10."),
    /// so every row's prompt starts in the same column and fits the width.
    private static func row(_ question: Question, number: Int, of count: Int, state: SessionState, isCursor: Bool,
                            promptWidth: Int, width: Int) -> StyledLine {
        let digits = String(count).count
        let numeral = String(repeating: " ", count: max(0, digits - String(number).count)) + "\(number). "
        let prefix = (isCursor ? "› " : "  ") + numeral
        let prompt = WordWrapper.truncate(UIText.line(question.prompt), width: promptWidth - DisplayWidth.of(prefix))
        let padded = prefix + prompt + String(repeating: " ", count: max(1, promptWidth - DisplayWidth.of(prefix + prompt)))
        var line = StyledLine(padded + " ", isCursor ? .selected : .normal)
        // What is left of the width (a prompt cut to fit still gets its one space before
        // the answer), so a long answer ends in "…" instead of at the screen's edge.
        let answerWidth = max(4, width - DisplayWidth.of(padded + " "))
        let level = ImportanceLevel(multiplier: state.responses.importance(of: question.id))
        let importance = level == .normal ? "" : " (\(level.phrase))"
        if let id = state.responses.answers[question.id], let answer = question.answer(id) {
            line.add(WordWrapper.truncate(UIText.line(answer.label) + importance, width: answerWidth), .chosen)
        } else {
            line.add(WordWrapper.truncate("— skipped —" + importance, width: answerWidth), .warning)
        }
        line.rowSlot = isCursor ? .selected : nil
        return line
    }
}
