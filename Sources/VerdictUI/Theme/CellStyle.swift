/// How a theme draws one slot: colours (nil = the terminal's default) and attributes.
public struct CellStyle: Sendable, Hashable, CustomStringConvertible {
    /// Text colour, or nil for the terminal default.
    public var foreground: TerminalColor?
    /// Background colour, or nil for the terminal default.
    public var background: TerminalColor?
    /// Bold text.
    public var bold: Bool
    /// Reverse video (swaps foreground and background).
    public var reverse: Bool
    /// Underlined text.
    public var underline: Bool
    /// Dim text.
    public var dim: Bool

    /// Creates a style; everything off by default.
    public init(
        foreground: TerminalColor? = nil, background: TerminalColor? = nil,
        bold: Bool = false, reverse: Bool = false, underline: Bool = false, dim: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }

    /// The terminal's default look.
    public static let plain = CellStyle()

    /// True when the style uses reverse, bold or underline: visible without colour.
    public var hasNonColorEmphasis: Bool { reverse || bold || underline }

    /// e.g. `fg=cyan bold`, or `plain`.
    public var description: String {
        var parts: [String] = []
        if let foreground { parts.append("fg=\(foreground.rawValue)") }
        if let background { parts.append("bg=\(background.rawValue)") }
        if bold { parts.append("bold") }
        if reverse { parts.append("reverse") }
        if underline { parts.append("underline") }
        if dim { parts.append("dim") }
        return parts.isEmpty ? "plain" : parts.joined(separator: " ")
    }
}
