import VerdictEngine

/// Draws a session state into a grid (bubbletea's View). Pure: it reads the state and
/// returns cells; the curses layer draws the cells that changed.
///
/// Layout: a header row and a rule, the scrolling body, a rule, a status row, and one or
/// two footer rows generated from the key map. Overlays are boxes drawn over the body.
public enum ScreenRenderer {
    /// Renders one frame.
    public static func render(_ state: SessionState, width: Int, height: Int) -> CellGrid {
        guard ScreenFrame.fits((width, height)) else { return ScreenFrame.tooSmall(width: width, height: height) }
        var grid = CellGrid(width: width, height: height)
        let layout = ScreenLayout(state, width: width, height: height)
        let frame = layout.frame
        let (bodyTop, bodyBottom) = (frame.bodyTop, frame.bodyBottom)
        // The welcome screen shows its notice whole in the body (WelcomeView), not cut here.
        let welcome = state.screen == .welcome && state.overlay == nil
        // Unsaved answers are said on every screen's status row when nothing else is.
        let unsaved = state.unsavedReason.map { "Not saved, lost at quit unless exported: " + $0 }
        frame.draw(title: "Verdict · " + state.worksheet.title, status: headerStatus(state),
                   notice: welcome ? "Press Enter to start." : state.notice ?? unsaved,
                   noticeIsError: !welcome && (state.notice == nil ? unsaved != nil : state.noticeIsError), into: &grid)
        if QuestionView.usesSidePanel(state, width: width) {
            let panel = QuestionView.sidePanelWidth
            let body = QuestionView.document(state, width: width - 4 - panel, scoresBelow: false)
            drawBody(body, into: &grid, top: bodyTop, bottom: bodyBottom, width: width - panel - 1)
            for row in bodyTop..<bodyBottom { grid[row, width - panel - 2] = Cell(text: "│", slot: .border) }
            for (index, line) in QuestionView.scorePanel(state, width: panel - 1).enumerated()
            where bodyTop + index < bodyBottom {
                grid.draw(line, row: bodyTop + index, column: width - panel, limit: panel - 1)
            }
        } else {
            drawBody(layout.body, into: &grid, top: bodyTop, bottom: bodyBottom, width: width)
        }
        if let overlay = state.overlay {
            OverlayView.draw(overlay, state: state, into: &grid, top: bodyTop, bottom: bodyBottom)
        }
        return grid
    }

    // MARK: - Parts

    private static func headerStatus(_ state: SessionState) -> StyledLine {
        switch state.screen {
        case .resume:
            return StyledLine("Unfinished session", .muted)
        case .welcome:
            return StyledLine("Welcome", .muted)
        case .question:
            let progress = state.progress
            var line = StyledLine("Question \(progress.number) of \(progress.count) ", .normal)
            line.runs += BarView.bar(fraction: Double(progress.number) / Double(max(1, progress.count)), width: 12,
                                     roundUp: true).runs
            return line
        case .review:
            let answered = state.report.visibleQuestions.count - state.report.unanswered.count
            return StyledLine("Review · \(answered) of \(state.report.visibleQuestions.count) answered", .muted)
        case .results:
            let export = state.exportStatus ?? (state.isExported ? "exported" : state.output.map { "written to \(PathText.lastComponent($0)) on quit" })
            return StyledLine("Results · " + (export ?? "not exported"), .muted)
        case .whatIf:
            return StyledLine("What-if · trial answers, not saved", .warning)
        }
    }

    /// Draws the visible slice of a document, keeping its focus in view, with "more"
    /// markers where lines are cut off. The markers sit on the rules just above and below
    /// the body (rows `top - 1` and `bottom`), so they never hide a line of text.
    static func drawBody(_ body: BodyDocument, into grid: inout CellGrid, top: Int, bottom: Int, width: Int) {
        let rows = max(0, bottom - top)
        let offset = scrollOffset(body, rows: rows)
        for row in 0..<rows {
            let index = offset + row
            guard index < body.lines.count else { break }
            grid.draw(body.lines[index], row: top + row, column: 1, limit: width - 2)
        }
        let (above, below) = (Charset.text(" ↑ more "), Charset.text(" ↓ more "))
        if offset > 0 { grid.put(above, row: max(0, top - 1), column: width - 1 - DisplayWidth.of(above), slot: .muted) }
        if offset + rows < body.lines.count {
            grid.put(below, row: bottom, column: width - 1 - DisplayWidth.of(below), slot: .muted)
        }
    }

    static func scrollOffset(_ body: BodyDocument, rows: Int) -> Int {
        let maxOffset = max(0, body.lines.count - rows)
        guard let focus = body.focus else { return min(max(0, body.scroll), maxOffset) }
        var offset = 0
        if focus.upperBound > rows { offset = focus.upperBound - rows + min(2, rows / 4) }
        offset = min(offset, focus.lowerBound)
        if let context = body.context, context.count <= rows {
            offset = min(offset, context.lowerBound)
            offset = max(offset, context.upperBound - rows)
        }
        return min(max(0, offset) + body.scroll, maxOffset)
    }
}
