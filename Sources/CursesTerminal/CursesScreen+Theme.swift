import VerdictUI

// MARK: - Themes

extension CursesScreen {
    /// Starts curses with a theme's styles (colours are dropped for themes without them
    /// and on terminals without colour).
    public func start(theme: Theme) throws {
        try start(appearance: theme.style, colors: theme.usesColor)
    }
}

extension TerminalColor {
    /// The curses colour number (COLOR_BLACK … COLOR_WHITE).
    var cursesNumber: Int16 {
        switch self {
        case .black: 0
        case .red: 1
        case .green: 2
        case .yellow: 3
        case .blue: 4
        case .magenta: 5
        case .cyan: 6
        case .white: 7
        }
    }
}
