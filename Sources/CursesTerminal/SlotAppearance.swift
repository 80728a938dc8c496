/// How one theme slot looks on a curses terminal: colour numbers (0 black … 7 white,
/// nil for the terminal's default) and attributes.
public struct SlotAppearance: Sendable, Hashable {
    /// Foreground colour number, or nil for the default.
    public var foreground: Int16?
    /// Background colour number, or nil for the default.
    public var background: Int16?
    /// Bold text.
    public var bold: Bool
    /// Reverse video.
    public var reverse: Bool
    /// Underlined text.
    public var underline: Bool
    /// Dim text.
    public var dim: Bool

    /// Creates an appearance.
    public init(
        foreground: Int16? = nil, background: Int16? = nil,
        bold: Bool = false, reverse: Bool = false, underline: Bool = false, dim: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }

    /// The same appearance without colours (for monochrome terminals and NO_COLOR).
    public var withoutColor: SlotAppearance {
        SlotAppearance(bold: bold, reverse: reverse, underline: underline, dim: dim)
    }
}
