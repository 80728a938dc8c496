import VerdictEngine

/// The bindings in force on one screen, in lookup order (first match wins): what a key
/// does, the footer and the keys overlay all come from here.
public struct KeyTable<Action: Hashable & Sendable>: Sendable {
    /// The bindings.
    public var bindings: [KeyBinding<Action>]

    /// Creates a table.
    public init(_ bindings: [KeyBinding<Action>]) { self.bindings = bindings }

    /// What a key does here, if anything.
    public func action(for key: Key) -> Action? {
        bindings.first { $0.keys.contains(key) }?.action
    }

    /// The bindings the footer lists.
    public var footer: [KeyBinding<Action>] { bindings.filter { $0.listed && $0.inFooter } }

    /// The table for a key style: `vim` adds Ctrl-F and Ctrl-B to the page down and up
    /// bindings (and their labels), so the footer and the overlay show them.
    public func styled(_ style: KeyStyle, pageUp: Action, pageDown: Action) -> KeyTable {
        guard style == .vim else { return self }
        var table = self
        for index in table.bindings.indices {
            if table.bindings[index].action == pageDown {
                table.bindings[index].keys.append(.control("f"))
                table.bindings[index].label = "PgDn/Ctrl-F"
            } else if table.bindings[index].action == pageUp {
                table.bindings[index].keys.append(.control("b"))
                table.bindings[index].label = "PgUp/Ctrl-B"
            }
        }
        return table
    }

    /// Bindings with their label and help written for the terminal's ``Charset`` (`↑/k` is
    /// `Up/k` under ASCII): before layout, so widths are measured on what is drawn.
    static func written(_ bindings: [KeyBinding<Action>]) -> [KeyBinding<Action>] {
        guard Charset.current == .ascii else { return bindings }
        return bindings.map { binding in
            var binding = binding
            (binding.label, binding.short, binding.long) = (Charset.text(binding.label), Charset.text(binding.short),
                                                            Charset.text(binding.long))
            return binding
        }
    }

    // MARK: - Footer

    /// The separator between footer items.
    static var separator: String { "  " }

    /// At most two footer rows of `label short` items; items never break across rows.
    /// When they do not fit, items are dropped from the end, but never help (F1) or quit (q).
    func footerLines(width: Int) -> [StyledLine] {
        var shown = Self.written(footer)
        while Self.rows(shown, width: width).count > 2,
              let last = shown.lastIndex(where: { !$0.keys.contains(.function(1)) && !$0.keys.contains(.character("q")) }) {
            shown.remove(at: last)
        }
        return Array(Self.rows(shown, width: width).prefix(2))
    }

    private static func rows(_ footer: [KeyBinding<Action>], width: Int) -> [StyledLine] {
        var lines: [StyledLine] = []
        var current = StyledLine()
        var used = 0
        for binding in footer {
            let itemWidth = DisplayWidth.of(binding.label) + 1 + DisplayWidth.of(binding.short)
            if used > 0, used + Self.separator.count + itemWidth > width {
                lines.append(current)
                current = StyledLine()
                used = 0
            }
            if used > 0 {
                current.add(Self.separator, .muted)
                used += Self.separator.count
            }
            current.add(binding.label, .key)
            current.add(" " + binding.short, .muted)
            used += itemWidth
        }
        if used > 0 || lines.isEmpty { lines.append(current) }
        return lines
    }

    /// The keys overlay's lines: each listed binding's label and help sentence.
    func overlayLines(width: Int) -> [StyledLine] {
        let bindings = Self.written(bindings.filter(\.listed))
        let labelWidth = bindings.map { DisplayWidth.of($0.label) }.max() ?? 4
        // Descriptions wrap under themselves rather than being cut at narrow widths.
        let indent = String(repeating: " ", count: labelWidth + 2)
        return bindings.flatMap { binding in
            let pad = String(repeating: " ", count: labelWidth - DisplayWidth.of(binding.label) + 2)
            return WordWrapper.wrap(binding.long, width: max(10, width - labelWidth - 2)).enumerated().map { index, text in
                var line = StyledLine(index == 0 ? binding.label : indent, .key)
                line.add((index == 0 ? pad : "") + text, .normal)
                return line
            }
        }
    }
}
