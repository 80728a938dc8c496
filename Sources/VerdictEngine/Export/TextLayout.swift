/// Plain-text layout helpers for the reports: display width, padding, truncation and
/// word wrapping, so every line fits the width asked for.
enum TextLayout {
    // MARK: - Width

    /// Terminal columns a string takes: East Asian wide characters and most emoji count
    /// two, combining marks and zero-width characters none.
    static func width(_ text: String) -> Int {
        text.reduce(0) { $0 + width(of: $1) }
    }

    /// Columns one character takes.
    static func width(of character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        let value = scalar.value
        if value == 0x200B || value == 0x200D || value == 0xFEFF { return 0 }
        if scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .enclosingMark {
            return 0
        }
        let wide: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD,
        ]
        return wide.contains { $0.contains(value) } ? 2 : 1
    }

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
        var lineHasWord = false
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
        for word in words {
            let prefix = lines.isEmpty ? first : rest
            let room = Swift.max(1, width - self.width(prefix))
            let piece = self.width(word) > room ? truncate(word, to: room) : word
            if lineHasWord && self.width(line) + 1 + self.width(piece) > width {
                lines.append(line)
                line = rest + piece
            } else {
                line += (lineHasWord ? " " : "") + piece
            }
            lineHasWord = true
        }
        lines.append(line)
        return lines
    }
}
