import VerdictEngine

/// Draws a meeting into a grid. Pure. While a question is being collected nothing on the
/// screen tells which answer a member chose: only that they have answered.
public enum MeetingRenderer {
    /// Renders one frame.
    public static func render(_ state: MeetingState, width: Int, height: Int) -> CellGrid {
        var grid = CellGrid(width: width, height: height)
        guard width >= 40, height >= 12 else {
            grid.put("Enlarge the terminal to 40×12", row: 0, column: 0, slot: .warning)
            return grid
        }
        let title = "Verdict meeting · " + TextSanitizer.sanitize(state.worksheet.title)
        grid.put(WordWrapper.truncate(title, width: width - 2), row: 0, column: 1, slot: .title)
        grid.fill(row: 1, from: 0, to: width, character: "─", slot: .border)
        var lines: [(String, ThemeSlot)]
        let keys: String
        switch state.phase {
        case .collecting:
            lines = collecting(state, width: width - 2)
            keys = "↑↓ choose · Enter answer (hidden) · Tab next member · q quit"
        case .revealed:
            lines = revealed(state, width: width - 2)
            keys = "↑↓ choose · Enter set team answer · n no agreement · q quit"
        case .results:
            lines = results(state, width: width - 2)
            keys = "↑↓ PgUp PgDn scroll · q quit"
        }
        let bottom = height - 3
        let visible = state.phase == .results ? Array(lines.dropFirst(min(state.scroll, max(0, lines.count - 1)))) : lines
        for (offset, line) in visible.prefix(bottom - 2).enumerated() {
            grid.put(line.0, row: 2 + offset, column: 1, slot: line.1, limit: width - 2)
        }
        grid.fill(row: bottom, from: 0, to: width, character: "─", slot: .border)
        if let notice = state.notice {
            grid.put(WordWrapper.truncate(notice, width: width - 2), row: bottom + 1, column: 1, slot: .accent)
        }
        grid.put(WordWrapper.truncate(keys, width: width - 2), row: bottom + 2, column: 1, slot: .muted)
        return grid
    }

    // MARK: - Screens

    private static func heading(_ state: MeetingState, _ question: Question, width: Int) -> [(String, ThemeSlot)] {
        let count = state.questionIDs.count
        var lines: [(String, ThemeSlot)] = [("Question \(state.questionIndex + 1) of \(count)", .muted)]
        lines += WordWrapper.wrap(TextSanitizer.sanitize(question.prompt), width: width).map { ($0, .title) }
        lines.append(("", .normal))
        return lines
    }

    private static func collecting(_ state: MeetingState, width: Int) -> [(String, ThemeSlot)] {
        guard let question = state.question else { return [] }
        var lines = heading(state, question, width: width)
        for (index, name) in state.members.enumerated() {
            let mark = state.hasAnswered(index) ? "✓ answered" : index == state.memberIndex ? "▶ answering" : "· waiting"
            lines.append(("  \(TextSanitizer.sanitize(name))  \(mark)", index == state.memberIndex ? .accent : .normal))
        }
        lines.append(("", .normal))
        let member = TextSanitizer.sanitize(state.members[state.memberIndex])
        lines.append(("\(member), choose your answer (the others look away):", .normal))
        for (index, answer) in question.answers.enumerated() {
            let selected = index == state.cursor
            lines.append(((selected ? "› " : "  ") + "\(index + 1). " + TextSanitizer.sanitize(answer.label), selected ? .selected : .normal))
        }
        return lines
    }

    private static func revealed(_ state: MeetingState, width: Int) -> [(String, ThemeSlot)] {
        guard let question = state.question else { return [] }
        var lines = heading(state, question, width: width)
        for (index, answer) in question.answers.enumerated() {
            let names = state.members.enumerated().filter { state.answers[$0.offset][question.id] == answer.id }
                .map { TextSanitizer.sanitize($0.element) }
            let selected = index == state.cursor
            let text = (selected ? "› " : "  ") + "\(index + 1). " + TextSanitizer.sanitize(answer.label)
                + " (\(names.count))" + (names.isEmpty ? "" : ": " + names.joined(separator: ", "))
            lines.append((text, selected ? .selected : .normal))
            if !names.isEmpty {
                lines += WordWrapper.wrap(TextSanitizer.sanitize(answer.reason), width: width - 4).map { ("    " + $0, .muted) }
            }
        }
        lines.append(("", .normal))
        lines.append(("Facilitator: set the answer the team agrees on.", .normal))
        return lines
    }

    private static func results(_ state: MeetingState, width: Int) -> [(String, ThemeSlot)] {
        guard let report = state.report else { return [("No team result.", .warning)] }
        var lines: [(String, ThemeSlot)] = TeamTextReport.render(report, width: width)
            .split(separator: "\n", omittingEmptySubsequences: false).map { (String($0), .normal) }
        let agreed = Scorer(worksheet: state.worksheet).score(Responses(answers: state.agreed))
        let pick = agreed.recommendation.option.flatMap { state.worksheet.option($0)?.name } ?? "none (too close)"
        lines.insert(("With the answers the team agreed on: \(TextSanitizer.sanitize(pick))", .accent), at: 0)
        lines.insert(("", .normal), at: 1)
        return lines
    }
}
