// MARK: - Drawing helpers for the renderer

extension CellGrid {
    /// Draws a styled line at a row, from `column`, clipped at `limit` columns.
    mutating func draw(_ line: StyledLine, row: Int, column: Int, limit: Int) {
        var col = column
        let end = column + limit
        for run in line.runs where col < end {
            col = put(run.text, row: row, column: col, slot: run.slot, limit: end - col)
        }
        if let slot = line.rowSlot { paint(row: row, from: column, to: end, slot: slot) }
    }

    /// Fills a row segment with a character in a slot.
    mutating func fill(row: Int, from column: Int, to endColumn: Int, character: Character = " ", slot: ThemeSlot) {
        guard column < endColumn else { return }
        for col in max(0, column)..<min(width, endColumn) {
            self[row, col] = Cell(text: String(character), slot: slot)
        }
    }

    /// Draws a box border with a title, and blanks its inside.
    mutating func box(top: Int, left: Int, width boxWidth: Int, height boxHeight: Int, title: String) {
        guard boxWidth >= 4, boxHeight >= 3 else { return }
        let right = left + boxWidth - 1
        let bottom = top + boxHeight - 1
        for row in top...bottom {
            fill(row: row, from: left, to: left + boxWidth, slot: .normal)
            self[row, left] = Cell(text: "│", slot: .border)
            self[row, right] = Cell(text: "│", slot: .border)
        }
        fill(row: top, from: left + 1, to: right, character: "─", slot: .border)
        fill(row: bottom, from: left + 1, to: right, character: "─", slot: .border)
        self[top, left] = Cell(text: "┌", slot: .border)
        self[top, right] = Cell(text: "┐", slot: .border)
        self[bottom, left] = Cell(text: "└", slot: .border)
        self[bottom, right] = Cell(text: "┘", slot: .border)
        put(" \(title) ", row: top, column: left + 2, slot: .title, limit: boxWidth - 4)
    }
}
