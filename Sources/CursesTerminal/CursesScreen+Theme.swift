import VerdictUI

// MARK: - Themes

extension CursesScreen {
    /// Starts curses with a theme's styles (colours are dropped for themes without them
    /// and on terminals without colour).
    public func start(theme: Theme) throws {
        try start(appearance: { SlotAppearance(theme.style($0)) }, colors: theme.usesColor)
    }
}

extension SlotAppearance {
    /// The curses appearance of a theme style.
    public init(_ style: CellStyle) {
        self.init(
            foreground: style.foreground.map(Self.number), background: style.background.map(Self.number),
            bold: style.bold, reverse: style.reverse, underline: style.underline, dim: style.dim)
    }

    /// The curses colour number (COLOR_BLACK … COLOR_WHITE) of a terminal colour.
    static func number(_ color: TerminalColor) -> Int16 {
        switch color {
        case .black: return 0
        case .red: return 1
        case .green: return 2
        case .yellow: return 3
        case .blue: return 4
        case .magenta: return 5
        case .cyan: return 6
        case .white: return 7
        }
    }
}
