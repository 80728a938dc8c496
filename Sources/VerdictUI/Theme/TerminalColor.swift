/// The eight basic terminal colours every colour terminal has.
public enum TerminalColor: String, Sendable, Hashable, CaseIterable {
    /// Colour 0.
    case black
    /// Colour 1.
    case red
    /// Colour 2.
    case green
    /// Colour 3.
    case yellow
    /// Colour 4.
    case blue
    /// Colour 5.
    case magenta
    /// Colour 6.
    case cyan
    /// Colour 7.
    case white
}
