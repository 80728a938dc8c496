/// A key press, independent of curses: what `CursesTerminal` and tests feed the session.
public enum Key: Sendable, Hashable {
    /// A printable character (including space).
    case character(Character)
    /// Ctrl plus a letter, e.g. `.control("c")`.
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, backspace, delete, tab, backTab
    /// Function key F1…F12.
    case function(Int)
    /// A key curses reported that Verdict has no name for (its code).
    case unknown(Int)
}

extension Key {
    /// The keys that open the list of keys on every screen (F1 and `?`).
    static let help: [Key] = [.function(1), .character("?")]
}
