/// A grid for a terminal that can only show ASCII (a locale without UTF-8, `LANG=C`):
/// bars, markers, rules and arrows become ASCII look-alikes instead of vanishing, and
/// other text a `?` per cell. Key names and hints are words already (``Charset``), chosen
/// before layout: an arrow left here is in worksheet text.
extension CellGrid {
    /// The ASCII stand-ins of the non-ASCII characters the screens draw.
    static let asciiStandIns: [String: String] = [
        "█": "#", "░": "-", "›": ">", "‹": "<", "▶": ">", "●": "*", "◉": "*", "○": "o", "•": "*",
        "─": "-", "│": "|", "┌": "+", "┐": "+", "└": "+", "┘": "+", "↑": "^", "↓": "v", "←": "<", "→": ">",
        "—": "-", "–": "-", "·": ".", "…": ".", "“": "\"", "”": "\"", "‘": "'", "’": "'", "×": "x", "✓": "v", "⌫": "<",
    ]

    /// This grid with every cell in ASCII (a wide character's second cell becomes a space).
    public func asciiOnly() -> CellGrid {
        var grid = self
        for index in cells.indices where cells[index].printableASCII == 0 {
            let cell = cells[index]
            let text = cell.isContinuation ? " " : Self.asciiStandIns[cell.text] ?? (cell.text == "" ? " " : "?")
            grid[index / width, index % width] = Cell(text: text, slot: cell.slot)
        }
        return grid
    }
}
