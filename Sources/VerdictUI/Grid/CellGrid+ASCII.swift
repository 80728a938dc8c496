/// A grid for a terminal that can only show ASCII (a locale without UTF-8, `LANG=C`):
/// bars, markers, rules and arrows become their ``Charset/standIn(for:)`` instead of
/// vanishing, and other text a `?` per cell. Key names and hints are words already
/// (``Charset``), chosen before layout: an arrow left here is in worksheet text.
extension CellGrid {
    /// This grid with every cell in ASCII (a wide character's second cell becomes a space).
    public func asciiOnly() -> CellGrid {
        var grid = self
        for index in cells.indices where cells[index].printableASCII == 0 {
            let cell = cells[index]
            let text = cell.isContinuation || cell.text.isEmpty ? " " : String(Charset.standIn(for: cell.text))
            grid[index / width, index % width] = Cell(text: text, slot: cell.slot)
        }
        return grid
    }
}
