@preconcurrency import CNCursesW

/// Whether the linked ncursesw library is usable (its version string is non-empty).
public enum CursesLibrary {
    /// The ncurses version string, e.g. "ncurses 6.4.20230625".
    public static var version: String { String(cString: curses_version()) }
}
