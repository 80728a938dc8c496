/// Plain-text layout helpers for the reports: padding, truncation and word wrapping by
/// ``DisplayWidth``, so every line fits the width asked for and lines up as in the UI.
enum TextLayout {
    // MARK: - Width

    /// Terminal columns a string takes (``DisplayWidth``, the UI's measure too).
    static func width(_ text: String) -> Int { DisplayWidth.of(text) }

    /// Columns one grapheme cluster takes.
    static func width(of character: Character) -> Int { DisplayWidth.of(character) }

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
