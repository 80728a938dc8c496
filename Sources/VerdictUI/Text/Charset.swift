/// What a terminal can show: all of Unicode, or ASCII only (a locale without UTF-8, `LANG=C`).
///
/// ``Runtime`` binds ``current`` from its ``Terminal`` for the whole run, so the text the
/// screens choose before layout — key labels, "more" markers, arrows in prose, through
/// ``text(_:)`` — reads as words under ASCII (`Up/k`, "more below") rather than as the cell
/// look-alikes `CellGrid.asciiOnly()` would make of them (`^/k`, `v more`: `v` is a key).
public enum Charset: Sendable, Hashable {
    /// UTF-8: text is drawn as written.
    case unicode
    /// ASCII only: arrows are written as words; the terminal turns what else is not ASCII
    /// into look-alikes cell for cell (``standIn(for:)``).
    case ascii

    /// The charset of the terminal being drawn for (bound by ``Runtime``; tests bind it with
    /// `Charset.$current.withValue(.ascii) { … }`).
    @TaskLocal public static var current: Charset = .unicode

    /// Screen text as the current terminal should show it: unchanged under Unicode; under
    /// ASCII, arrows and the backspace sign become the words of ``asciiWords``.
    public static func text(_ text: String) -> String {
        guard current == .ascii, !text.utf8.allSatisfy({ $0 < 0x80 }) else { return text }
        return words(text)
    }

    /// `text` with the glyphs of ``asciiWords`` replaced by their words.
    static func words(_ text: String) -> String {
        asciiWords.reduce(text) { $0.replacing($1.glyphs, with: $1.words) }
    }

    /// Glyphs and their words, longest first (applied in order).
    static let asciiWords: [(glyphs: String, words: String)] = [
        ("↑ more", "more above"), ("↓ more", "more below"), (" → ", " to "),
        ("↑↓", "Up/Down"), ("↑/↓", "Up/Down"), ("←/→", "Left/Right"),
        ("↑", "Up"), ("↓", "Down"), ("←", "Left"), ("→", "Right"), ("⌫", "Backspace"),
    ]
}
