/// The footer: the keys that work in the current context, generated from the key map so
/// it cannot drift. Items wrap onto a second row, never inside an item.
enum FooterView {
    /// The separator between items.
    static let separator = "  "

    /// At most two rows of `label short` items.
    static func lines(for bindings: [KeyBinding], width: Int) -> [StyledLine] {
        var lines: [StyledLine] = []
        var current = StyledLine()
        var used = 0
        for binding in bindings {
            let itemWidth = DisplayWidth.of(binding.label) + 1 + DisplayWidth.of(binding.short)
            let gap = used == 0 ? 0 : DisplayWidth.of(separator)
            if used > 0, used + gap + itemWidth > width {
                lines.append(current)
                current = StyledLine()
                used = 0
            }
            if used > 0 { current.add(separator, .muted) }
            current.add(binding.label, .key)
            current.add(" " + binding.short, .muted)
            used += (used == 0 ? 0 : gap) + itemWidth
        }
        if used > 0 || lines.isEmpty { lines.append(current) }
        return Array(lines.prefix(2))
    }
}
