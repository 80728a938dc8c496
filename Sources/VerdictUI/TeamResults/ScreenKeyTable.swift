/// One key binding of a screen that is not part of `verdict run`'s ``KeyMap`` (the
/// meeting, the team results): the keys, how they are written, footer and help text.
public struct ScreenKeyBinding<Action: Hashable & Sendable>: Sendable, Hashable {
    /// The keys that trigger the action.
    public var keys: [Key]
    /// How the keys are written on screen, e.g. `↑/k`.
    public var label: String
    /// A word or two for the footer.
    public var short: String
    /// One sentence of help.
    public var long: String
    /// What the binding does.
    public var action: Action
    /// Whether the footer lists it.
    public var inFooter: Bool

    /// Creates a binding.
    public init(_ keys: [Key], label: String, short: String, long: String, action: Action, inFooter: Bool = true) {
        self.keys = keys
        self.label = label
        self.short = short
        self.long = long
        self.action = action
        self.inFooter = inFooter
    }
}

/// The bindings of one screen, in lookup order; the footer is generated from them so it
/// cannot drift from what the keys do.
public struct ScreenKeyTable<Action: Hashable & Sendable>: Sendable {
    /// The bindings, first match wins.
    public var bindings: [ScreenKeyBinding<Action>]

    /// Creates a table.
    public init(_ bindings: [ScreenKeyBinding<Action>]) { self.bindings = bindings }

    /// What a key does here, if anything.
    public func action(for key: Key) -> Action? {
        bindings.first { $0.keys.contains(key) }?.action
    }

    /// At most two footer rows of `label short` items; items never break across rows.
    func footerLines(width: Int) -> [StyledLine] {
        var lines: [StyledLine] = []
        var current = StyledLine()
        var used = 0
        for binding in bindings where binding.inFooter {
            let itemWidth = DisplayWidth.of(binding.label) + 1 + DisplayWidth.of(binding.short)
            if used > 0, used + 2 + itemWidth > width {
                lines.append(current)
                current = StyledLine()
                used = 0
            }
            if used > 0 {
                current.add("  ", .muted)
                used += 2
            }
            current.add(binding.label, .key)
            current.add(" " + binding.short, .muted)
            used += itemWidth
        }
        if used > 0 || lines.isEmpty { lines.append(current) }
        return Array(lines.prefix(2))
    }
}
