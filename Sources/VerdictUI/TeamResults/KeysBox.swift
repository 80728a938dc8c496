/// The list of keys (F1 or `?`) of the meeting and team results screens: a box over the
/// body with each binding's label and help sentence, generated from the key table.
enum KeysBox {
    /// The keys that open the list.
    static let openKeys: [Key] = [.function(1), .character("?")]

    /// Draws the box between rows `top` and `bottom`.
    static func draw<Action>(_ table: ScreenKeyTable<Action>, title: String, into grid: inout CellGrid, top: Int,
                             bottom: Int) {
        let labelWidth = table.bindings.map { DisplayWidth.of($0.label) }.max() ?? 4
        let boxWidth = min(grid.width - 4, 78)
        var lines: [StyledLine] = []
        for binding in table.bindings {
            var line = StyledLine(binding.label, .key)
            let pad = String(repeating: " ", count: labelWidth - DisplayWidth.of(binding.label) + 2)
            line.add(pad + WordWrapper.truncate(binding.long, width: max(1, boxWidth - labelWidth - 6)), .normal)
            lines.append(line)
        }
        lines.append(StyledLine("Any key closes this list.", .muted))
        let boxHeight = min(bottom - top, lines.count + 2)
        let boxTop = max(top, top + (bottom - top - boxHeight) / 2)
        let left = (grid.width - boxWidth) / 2
        grid.box(top: boxTop, left: left, width: boxWidth, height: boxHeight, title: title)
        for (index, line) in lines.prefix(boxHeight - 2).enumerated() {
            grid.draw(line, row: boxTop + 1 + index, column: left + 2, limit: boxWidth - 4)
        }
    }
}
