extension Charset {
    /// The ASCII character a one-column grapheme is shown as where only ASCII shows: the one
    /// table behind `CellGrid.asciiOnly()` (curses under `LANG=C`), the SSH writer for an
    /// ASCII member and ``plainText(_:)``; `?` for a grapheme it does not know. No stand-in is
    /// a letter or digit, so none reads as a key or an answer number (`✓` is `*`, not `v`).
    public static func standIn(for grapheme: some StringProtocol) -> Character {
        guard let scalar = grapheme.unicodeScalars.first else { return "?" }
        switch scalar.value {
        // Rules, box drawing and dashes.
        case 0x2500, 0x2501, 0x2504, 0x2505, 0x2508, 0x2509, 0x2550, 0x2010...0x2015, 0x2212: return "-"
        case 0x2502, 0x2503, 0x2506, 0x2507, 0x250A, 0x250B, 0x2551: return "|"
        case 0x250C...0x254B, 0x2552...0x2570: return "+"
        // Quotes.
        case 0x2018, 0x2019, 0x201A, 0x2032: return "'"
        case 0x201C, 0x201D, 0x201E, 0x2033, 0x00AB, 0x00BB: return "\""
        // Separators, bullets, ticks and the importance scale (cursor ●, chosen ◉, other ○).
        case 0x00B7: return "|"
        case 0x2022, 0x2219, 0x25A0, 0x25A1, 0x25C9, 0x2713, 0x2714, 0x00D7: return "*"
        case 0x25CF: return "@"
        case 0x25CB, 0x2026: return "."
        case 0x2717, 0x2718: return "!"
        // Arrows and markers (key names are words before layout, see ``text(_:)``).
        case 0x2190, 0x2039, 0x232B, 0x2264: return "<"
        case 0x2192, 0x203A, 0x25B6, 0x25B8, 0x276F, 0x2265: return ">"
        case 0x2191, 0x25B2: return "^"
        case 0x2193, 0x25BC: return "_"
        // Bars: filled and empty.
        case 0x2588...0x258F, 0x2593: return "#"
        case 0x2591, 0x2592: return "."
        case 0x00A0: return " "
        default: return "?"
        }
    }

    /// Text for lines no grid converts (plain mode's output): unchanged under Unicode; under
    /// ASCII, arrows as words (``text(_:)``) and every other character as its ``standIn(for:)``.
    public func plainText(_ text: String) -> String {
        guard self == .ascii, !text.utf8.allSatisfy({ $0 < 0x80 }) else { return text }
        return String(Self.words(text).map { $0.isASCII ? $0 : Self.standIn(for: String($0)) })
    }
}
