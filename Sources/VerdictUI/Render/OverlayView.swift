import VerdictEngine

/// Boxes drawn over the body: the list of keys, the quit question, the export path and
/// name prompts.
enum OverlayView {
    static func draw(_ overlay: Overlay, state: SessionState, into grid: inout CellGrid, top: Int, bottom: Int) {
        switch overlay {
        case .keys:
            drawKeys(state, into: &grid, top: top, bottom: bottom)
        case .quitConfirm:
            drawQuit(output: state.output, words: state.quitWords, unsaved: state.unsavedReason, into: &grid, top: top,
                     bottom: bottom)
        case .pathPrompt(let prompt):
            drawPrompt(prompt, into: &grid, top: top, bottom: bottom)
        case .namePrompt(let prompt):
            drawPathPrompt(prompt, title: "Your name", intro: [
                StyledLine("Your name, saved with your answers and recorded in exports:", .normal),
            ], errorPrefix: "", into: &grid, top: top, bottom: bottom)
        }
    }

    /// The quit question, its lines wrapped to the box (nothing cut off at 60 columns).
    /// With `unsaved` (why the answers are not saved) it says they are lost unless exported.
    private static func drawQuit(output: String?, words: [String]?, unsaved: String?, into grid: inout CellGrid,
                                 top: Int, bottom: Int) {
        let preferred = 64
        let inner = boxWidth(grid.width, preferred: preferred) - 4
        func wrapped(_ text: String, _ slot: ThemeSlot) -> [StyledLine] {
            WordWrapper.wrap(text, width: inner).map { StyledLine($0, slot) }
        }
        let custom = words.map { words in
            words.prefix(1).map { StyledLine($0, .warning) } + words.dropFirst().flatMap { wrapped($0, .muted) }
        }
        let saved = unsaved == nil ? "Your answers are saved" : "Your answers are not saved"
        let lines = custom ?? output.map { output in
            [StyledLine("Quit? y/n", .warning)] + wrapped(saved + "; the result will be written to", .muted)
                + wrapped(UIText.line(output), .normal)
        } ?? unsaved.map { reason in
            [StyledLine("Quit and lose your answers? y/n", .warning)]
                + wrapped("They are not saved (" + UIText.line(reason) + ") and not exported: n, then e on the results "
                    + "exports them.", .muted)
        } ?? [StyledLine("Quit without exporting? y/n", .warning)]
            + wrapped(saved + "; the result has not been exported.", .muted)
        drawBox(title: "Quit", lines: lines, into: &grid, top: top, bottom: bottom, preferredWidth: preferred)
    }

    // MARK: - Keys

    private static func drawKeys(_ state: SessionState, into grid: inout CellGrid, top: Int, bottom: Int) {
        let context = KeyContext(state.screen)
        drawKeys(state.keyMap.table(for: context), title: "Keys: \(context.title) · Esc closes", scroll: state.overlayScroll,
                 into: &grid, top: top, bottom: bottom)
    }

    /// The list of keys of a table, in a box over the body (every screen's F1).
    static func drawKeys<Action>(
        _ table: KeyTable<Action>, title: String, scroll: Int = 0, into grid: inout CellGrid, top: Int, bottom: Int
    ) {
        let boxWidth = keysBoxWidth(grid.width)
        drawBox(title: title, lines: table.overlayLines(width: boxWidth - 4), into: &grid, top: top, bottom: bottom,
                preferredWidth: boxWidth, scroll: scroll)
    }

    /// The keys box's width on a screen `width` columns wide (its lines wrap inside it).
    static func keysBoxWidth(_ width: Int) -> Int { max(10, min(width - 4, 78)) }

    // MARK: - Path prompt

    private static func drawPrompt(_ prompt: PathPrompt, into grid: inout CellGrid, top: Int, bottom: Int) {
        drawPathPrompt(prompt, title: "Export \(prompt.format.displayName)",
                       intro: [StyledLine("Write the \(prompt.format.displayName) result to this path (edit it if you like):", .normal)],
                       into: &grid, top: top, bottom: bottom)
    }

    /// The box of a line being edited (every screen's export prompt, the name): the intro
    /// lines, the field with the cursor, and the failure of the last try.
    static func drawPathPrompt(_ prompt: some LineField, title: String, intro: [StyledLine], errorPrefix: String = "Failed: ",
                               into grid: inout CellGrid, top: Int, bottom: Int) {
        let boxWidth = min(grid.width - 4, 76)
        let fieldWidth = boxWidth - 4
        // One-run intro lines wrap to the box (nothing cut off at 60 columns).
        let intro = intro.flatMap { line in
            guard line.runs.count == 1, let run = line.runs.first else { return [line] }
            return WordWrapper.wrap(run.text, width: fieldWidth).map { StyledLine($0, run.slot) }
        }
        let characters = Array(prompt.text)
        let cursor = max(0, min(prompt.cursor, characters.count))
        var start = 0
        var widthBefore = DisplayWidth.of(String(characters[..<cursor]))
        while widthBefore > fieldWidth - 1, start < cursor {
            widthBefore -= DisplayWidth.of(characters[start])
            start += 1
        }
        var lines = intro + [StyledLine(String(characters[start...]), .chosen)]
        if let error = prompt.error {
            lines += WordWrapper.wrap(errorPrefix + UIText.line(error), width: fieldWidth).map { StyledLine($0, .error) }
        }
        let boxHeight = min(bottom - top, lines.count + 2)
        let boxTop = max(top, top + (bottom - top - boxHeight) / 2)
        drawBox(title: title, lines: lines, into: &grid, top: top, bottom: bottom, preferredWidth: boxWidth)
        let left = (grid.width - boxWidth) / 2
        let fieldRow = boxTop + 1 + intro.count
        if fieldRow < boxTop + boxHeight - 1 {
            grid.paint(row: fieldRow, from: left + 2, to: left + boxWidth - 2, slot: .chosen)
            grid.cursor = (fieldRow, left + 2 + widthBefore)
        }
    }

    // MARK: - Box

    /// A box's width on a screen `width` columns wide.
    private static func boxWidth(_ width: Int, preferred: Int) -> Int { max(10, min(width - 4, preferred)) }

    /// A centred box holding lines (clipped to the body area, with a "more" marker).
    private static func drawBox(title: String, lines: [StyledLine], into grid: inout CellGrid, top: Int, bottom: Int,
                                preferredWidth: Int, scroll: Int = 0) {
        let boxWidth = boxWidth(grid.width, preferred: preferredWidth)
        let available = bottom - top
        let boxHeight = min(available, lines.count + 2)
        let boxTop = max(top, top + (available - boxHeight) / 2)
        let left = (grid.width - boxWidth) / 2
        grid.box(top: boxTop, left: left, width: boxWidth, height: boxHeight, title: title)
        let rows = boxHeight - 2
        let offset = max(0, min(scroll, lines.count - rows))
        for (index, line) in lines.dropFirst(offset).prefix(rows).enumerated() {
            grid.draw(line, row: boxTop + 1 + index, column: left + 2, limit: boxWidth - 4)
        }
        if offset > 0 {
            let above = Charset.text(" ↑ more ")
            grid.put(above, row: boxTop, column: left + boxWidth - 2 - DisplayWidth.of(above), slot: .muted)
        }
        if offset + rows < lines.count {
            grid.put(Charset.text(" ↓ more (↓/j scrolls) "), row: boxTop + boxHeight - 1, column: left + 2, slot: .muted)
        }
    }
}
