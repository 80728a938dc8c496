import VerdictEngine

/// Draws a meeting into a grid. Pure. While a question is being collected nothing on the
/// screen tells which answer a member chose: only that they have answered (no answer is
/// highlighted when a member's turn starts).
///
/// Layout as in `verdict run`: header and rule, body, rule, status row, footer generated
/// from ``MeetingKeys``. The results phase is the ``TeamResultsRenderer`` screen.
public enum MeetingRenderer {
    /// Renders one frame.
    public static func render(_ state: MeetingState, width: Int, height: Int) -> CellGrid {
        if state.phase == .results, let results = state.results {
            var screen = results
            if let notice = state.notice, screen.notice == nil { screen.notice = notice }
            return TeamResultsRenderer.render(screen, width: width, height: height)
        }
        guard ScreenFrame.fits((width, height)) else { return ScreenFrame.tooSmall(width: width, height: height) }
        var grid = CellGrid(width: width, height: height)
        let table = MeetingKeys.table(for: state)
        let frame = ScreenFrame(keys: table, width: width, height: height)
        let bodyBottom = frame.bodyBottom
        frame.draw(title: "Verdict meeting · " + state.worksheet.title, status: headerStatus(state),
                   notice: state.notice, into: &grid)
        var body: BodyDocument
        switch state.phase {
        case _ where state.resumeOffer != nil:
            body = BodyDocument()
            body.addWrapped(state.resumeOffer?.summary ?? "", width: width - 2)
            body.add(.blank)
            body.add(StyledLine("Resume it?", .title))
        case .collecting: body = fitted(rows: bodyBottom - frame.bodyTop) { collecting(state, width: width - 2, $0) }
        case .revealed: body = fitted(rows: bodyBottom - frame.bodyTop) { revealed(state, width: width - 2, $0) }
        case .results: body = BodyDocument(lines: [StyledLine("No team result.", .warning)])
        }
        ScreenRenderer.drawBody(body, into: &grid, top: frame.bodyTop, bottom: bodyBottom, width: width)
        if state.showingKeys, state.phase != .results {
            OverlayView.drawKeys(table, title: (state.phase == .collecting ? "Keys while answering" : "Keys after the reveal")
                                 + " · any key closes", into: &grid, top: 2, bottom: bodyBottom)
        }
        return grid
    }

    // MARK: - Parts

    private static func headerStatus(_ state: MeetingState) -> StyledLine {
        if state.resumeOffer != nil { return StyledLine("Unfinished meeting", .muted) }
        let count = state.questionIDs.count
        var right = StyledLine("Question \(min(state.questionIndex + 1, count)) of \(count) ", .normal)
        right.runs += BarView.bar(fraction: Double(state.questionIndex + 1) / Double(max(1, count)), width: 10,
                                  roundUp: true).runs
        return right
    }

    /// What a question's page leaves out to fit the screen.
    struct Fit {
        /// Rows of help shown (the last one ends in "…" when the help is cut).
        var helpRows = Int.max
        /// Whether blank lines separate the parts.
        var blanks = true
        /// Whether the members' rows (who answered, whose turn) are shown.
        var members = true
    }

    /// The fullest page that fits `rows`: all of it; else without blank lines and the help
    /// cut to the rows left; else without the members' rows too. So the prompt stays on
    /// screen above the answers, where it would otherwise scroll away at small sizes.
    static func fitted(rows: Int, _ page: (Fit) -> BodyDocument) -> BodyDocument {
        let full = page(Fit())
        guard full.lines.count > rows else { return full }
        let bare = page(Fit(helpRows: 0, blanks: false))
        if bare.lines.count < rows { return page(Fit(helpRows: rows - bare.lines.count, blanks: false)) }
        return bare.lines.count == rows ? bare : page(Fit(helpRows: 0, blanks: false, members: false))
    }

    private static func heading(_ question: Question, width: Int, _ fit: Fit) -> BodyDocument {
        var body = BodyDocument()
        body.addWrapped(UIText.sanitize(question.prompt), width: width, slot: .title)
        var help = question.help.isEmpty ? [] : WordWrapper.wrap(UIText.line(question.help), width: max(1, width - 2))
        if help.count > fit.helpRows {
            help = Array(help.prefix(fit.helpRows))
            if let last = help.popLast() { help.append(WordWrapper.truncate(last + " …", width: width - 2)) }
        }
        for line in help { body.add(StyledLine("  " + line, .muted)) }
        if fit.blanks { body.add(.blank) }
        return body
    }

    private static func collecting(_ state: MeetingState, width: Int, _ fit: Fit) -> BodyDocument {
        guard let question = state.question else { return BodyDocument() }
        var body = heading(question, width: width, fit)
        let nameWidth = min(20, state.members.map { DisplayWidth.of(UIText.line($0)) }.max() ?? 4)
        for (index, name) in state.members.enumerated() where fit.members {
            let answered = state.answers[index][question.id] != nil
            let mark = answered ? "✓ answered" : index == state.memberIndex ? "▶ answering" : "· waiting"
            let shown = WordWrapper.truncate(UIText.line(name), width: nameWidth)
            let pad = String(repeating: " ", count: nameWidth - DisplayWidth.of(shown))
            let slot: ThemeSlot = index == state.memberIndex ? .accent : answered ? .normal : .muted
            body.add(StyledLine("  \(shown)  \(pad)\(mark)", slot))
        }
        if fit.blanks, fit.members { body.add(.blank) }
        let member = UIText.line(state.members[state.memberIndex])
        body.addWrapped("\(member), choose your answer (the others look away; it stays hidden):", width: width)
        let level = ImportanceLevel(multiplier: state.importance[state.memberIndex][question.id] ?? 1)
        body.addWrapped("For \(member) this question: \(level.phrase) (+/- to change)", width: width, indent: 2, slot: .muted)
        let first = body.lines.count
        for (index, answer) in question.answers.enumerated() {
            let selected = index == state.cursor
            // One row per answer (the focus counts rows), cut with an ellipsis where too long.
            let text = WordWrapper.truncate((selected ? "› " : "  ") + "\(index + 1). " + UIText.line(answer.label), width: width)
            body.add(StyledLine(text, selected ? .selected : .normal, rowSlot: selected ? .selected : nil))
        }
        let focused = max(0, state.cursor)
        body.focus = (first + focused)..<(first + focused + 1)
        return body
    }

    private static func revealed(_ state: MeetingState, width: Int, _ fit: Fit) -> BodyDocument {
        guard let question = state.question else { return BodyDocument() }
        var body = heading(question, width: width, fit)
        let labelWidth = min(24, question.answers.map { DisplayWidth.of(UIText.line($0.label)) }.max() ?? 4) + 5
        let barWidth = max(6, min(24, width - labelWidth - 30))
        let total = max(1, state.members.count)
        let first = body.lines.count
        var focus = first..<(first + 1)
        for (index, answer) in question.answers.enumerated() {
            let names = state.members.enumerated().filter { state.answers[$0.offset][question.id] == answer.id }
                .map { UIText.line($0.element) }
            let selected = index == state.cursor
            let label = (selected ? "› " : "  ") + "\(index + 1). " + UIText.line(answer.label)
            let shown = WordWrapper.truncate(label, width: labelWidth)
            var line = StyledLine(shown + String(repeating: " ", count: max(1, labelWidth - DisplayWidth.of(shown) + 1)),
                                  selected ? .selected : .normal)
            line.runs += BarView.bar(fraction: Double(names.count) / Double(total), width: barWidth).runs
            // The voters after the count, or on their own lines when that is too wide: every name shows.
            let voters = names.isEmpty ? "" : ": " + names.joined(separator: ", ")
            let used = line.runs.reduce(0) { $0 + DisplayWidth.of($1.text) }
            let inline = used + DisplayWidth.of(" (\(names.count))" + voters) <= width
            line.add(" (\(names.count))" + (inline ? voters : ""), selected ? .selected : .normal)
            let start = body.lines.count
            body.add(line)
            if !inline { body.addWrapped(names.joined(separator: ", "), width: width, indent: 7, slot: selected ? .selected : .normal) }
            if !names.isEmpty {
                body.addWrapped(UIText.line(answer.reason), width: width, indent: 7, slot: .muted)
            }
            if selected { focus = start..<body.lines.count }
        }
        // After a re-vote: the answers before it (those above are the re-vote's).
        if let history = MeetingHistory(question, decision: state.decision), history.steps.count > 1 {
            if fit.blanks { body.add(.blank) }
            for line in history.lines.dropLast() { body.addWrapped(UIText.line(line), width: width, slot: .muted) }
        }
        if fit.blanks { body.add(.blank) }
        body.addWrapped("Facilitator: set the answer the team agrees on (it counts for everyone), move on without "
                        + "one, or let everyone answer again (v).", width: width, slot: .accent)
        body.focus = focus
        return body
    }
}
