/// Plain-text layout helpers for the reports: display width, padding, truncation and
/// word wrapping, so every line fits the width asked for.
enum TextLayout {
    // MARK: - Width

    /// Terminal columns a string takes: East Asian wide characters and most emoji count
    /// two, combining marks and zero-width characters none. Works on scalars, without
    /// grapheme breaking or Unicode property tables, so it stays cheap at start-up.
    static func width(_ text: String) -> Int {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }  // printable ASCII
        return text.unicodeScalars.reduce(0) { $0 + width(of: $1) }
    }

    /// Columns one character takes (the sum over its scalars).
    static func width(of character: Character) -> Int {
        character.unicodeScalars.reduce(0) { $0 + width(of: $1) }
    }

    /// Columns one scalar takes.
    static func width(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x0300 { return 1 }
        for range in zeroWidth where range.contains(value) { return 0 }
        for range in wide where range.contains(value) { return 2 }
        return 1
    }

    /// Combining marks, zero-width spaces and joiners, variation selectors.
    private static let zeroWidth: [ClosedRange<UInt32>] = [
        0x0300...0x036F, 0x0483...0x0489, 0x0591...0x05BD, 0x0610...0x061A, 0x064B...0x065F,
        0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x200B...0x200F, 0x20D0...0x20FF, 0xFE00...0xFE0F,
        0xFE20...0xFE2F, 0xFEFF...0xFEFF, 0xE0100...0xE01EF,
    ]

    /// East Asian wide and full-width ranges, and the common emoji blocks.
    private static let wide: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
        0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
        0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD,
    ]

    // MARK: - Fitting

    /// Cuts a string to at most `columns`, ending with `…` when cut.
    static func truncate(_ text: String, to columns: Int) -> String {
        guard width(text) > columns else { return text }
        guard columns > 1 else { return columns == 1 ? "…" : "" }
        var result = ""
        var used = 0
        for character in text {
            let next = width(of: character)
            if used + next > columns - 1 { break }
            result.append(character)
            used += next
        }
        return result + "…"
    }

    /// Pads a string with spaces on the right to `columns`.
    static func pad(_ text: String, to columns: Int) -> String {
        text + String(repeating: " ", count: Swift.max(0, columns - width(text)))
    }

    /// Pads a string with spaces on the left to `columns`.
    static func padLeft(_ text: String, to columns: Int) -> String {
        String(repeating: " ", count: Swift.max(0, columns - width(text))) + text
    }

    // MARK: - Wrapping

    /// Word-wraps `text` to `width`: the first line starts with `first`, later lines with
    /// `rest`. Words longer than a line are cut.
    static func wrap(_ text: String, width: Int, first: String, rest: String) -> [String] {
        var lines: [String] = []
        var line = first
        var used = self.width(first)
        let restWidth = self.width(rest)
        var lineHasWord = false
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
        for word in words {
            let room = Swift.max(1, width - (lines.isEmpty ? self.width(first) : restWidth))
            var piece = word
            var pieceWidth = self.width(word)
            if pieceWidth > room {
                piece = truncate(word, to: room)
                pieceWidth = self.width(piece)
            }
            if lineHasWord && used + 1 + pieceWidth > width {
                lines.append(line)
                line = rest + piece
                used = restWidth + pieceWidth
            } else {
                line += (lineHasWord ? " " : "") + piece
                used += (lineHasWord ? 1 : 0) + pieceWidth
            }
            lineHasWord = true
        }
        lines.append(line)
        return lines
    }
}
