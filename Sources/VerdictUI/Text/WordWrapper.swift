import VerdictEngine

/// Wraps text to a display width, measured with ``DisplayWidth`` (so CJK and emoji count
/// two columns). Breaks at spaces, and between wide characters (CJK text has no spaces);
/// a word wider than the line is broken between graphemes. Runs in linear time.
public enum WordWrapper {
    /// The lines of `text` wrapped to `width` columns; newlines start new paragraphs.
    public static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        for paragraph in paragraphs(of: text) {
            let narrow = withUTF8(paragraph) { DisplayWidth.isNarrow($0, allowingTabs: true) ? wrapNarrow(bytes: $0, width: width) : nil }
            lines.append(contentsOf: narrow ?? wrapAny(paragraph, width: width))
        }
        return lines
    }

    /// The paragraphs of `text`: the same pieces as splitting its characters on `"\n"`,
    /// found in the UTF-8 bytes without walking grapheme clusters. A line feed is always a
    /// character of its own, except after a carriage return (`"\r\n"` is one character),
    /// so a 0x0A byte not after 0x0D is exactly where that split would cut.
    static func paragraphs(of text: String) -> [Substring] {
        if !text.utf8.contains(0x0A) { return [text[...]] }
        var pieces: [Substring] = []
        let bytes = text.utf8
        var start = bytes.startIndex
        var previous: UInt8 = 0
        var index = start
        while index != bytes.endIndex {
            let byte = bytes[index]
            if byte == 0x0A, previous != 0x0D {
                pieces.append(text[start..<index])
                start = bytes.index(after: index)
            }
            previous = byte
            index = bytes.index(after: index)
        }
        pieces.append(text[start..<bytes.endIndex])
        return pieces
    }

    /// A paragraph of tabs and scalars that ``DisplayWidth/isNarrowAlone(_:)`` accepts: words are the runs
    /// between spaces and tabs, one column per scalar (the same lines
    /// ``wrapAny(_:width:)`` gives, without walking grapheme clusters or looking up Unicode
    /// properties).
    static func wrapNarrow(_ paragraph: Substring, width: Int) -> [String] {
        // Over the bytes in place, lines built as bytes and made strings once: indexing the
        // UTF-8 view and appending to a String per word cost most of the welcome screen's
        // wrapping. The rules are ``LineBuilder``'s.
        withUTF8(paragraph) { wrapNarrow(bytes: $0, width: width) }
    }

    /// `body` over the paragraph's UTF-8 bytes: in place, or a copy when they are not
    /// stored contiguously (a bridged string).
    private static func withUTF8<Result>(_ paragraph: Substring, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = paragraph.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(paragraph.utf8).withUnsafeBufferPointer(body)
    }

    private static func wrapNarrow(bytes: UnsafeBufferPointer<UInt8>, width: Int) -> [String] {
        var builder = ByteLineBuilder(width: width)
        var index = 0
        while true {
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
            if index == bytes.count { break }
            let wordStart = index
            // A scalar starts at every byte that is not a UTF-8 continuation byte.
            var columns = 0
            while index < bytes.count, bytes[index] != 0x20, bytes[index] != 0x09 {
                if bytes[index] & 0xC0 != 0x80 { columns += 1 }
                index += 1
            }
            builder.place(UnsafeBufferPointer(rebasing: bytes[wordStart..<index]), columns: columns)
        }
        return builder.finish()
    }

    /// Any paragraph, grapheme by grapheme.
    static func wrapAny(_ paragraph: Substring, width: Int) -> [String] {
        var state = LineBuilder(width: width)
        var word = ""
        var wordWidth = 0
        var spaceBefore = false
        for character in paragraph {
            if character == " " || character == "\t" {
                state.place(word, width: wordWidth, spaceBefore: spaceBefore)
                if wordWidth > 0 { spaceBefore = false }
                word = ""
                wordWidth = 0
                spaceBefore = true
                continue
            }
            let columns = DisplayWidth.of(character)
            if columns == 2 {
                state.place(word, width: wordWidth, spaceBefore: spaceBefore)
                if wordWidth > 0 { spaceBefore = false }
                state.place(String(character), width: 2, spaceBefore: spaceBefore)
                word = ""
                wordWidth = 0
                spaceBefore = false
            } else {
                word.append(character)
                wordWidth += columns
            }
        }
        state.place(word, width: wordWidth, spaceBefore: spaceBefore)
        return state.finish()
    }

    /// The first line of `text`, cut to `width` columns with `…` when it does not fit.
    public static func truncate(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        var out = ""
        var used = 0
        for character in text {
            let columns = DisplayWidth.of(character)
            if used + columns > width - 1 { break }
            out.append(character)
            used += columns
        }
        return out + "…"
    }
}

/// Greedy line filling for ``WordWrapper``.
private struct LineBuilder {
    let width: Int
    var lines: [String] = []
    var line = ""
    var lineWidth = 0

    init(width: Int) { self.width = width }

    mutating func place(_ word: String, width wordWidth: Int, spaceBefore: Bool) {
        guard wordWidth > 0 else { return }
        let gap = (lineWidth > 0 && spaceBefore) ? 1 : 0
        if lineWidth + gap + wordWidth <= width {
            if gap == 1 { line.append(" ") }
            line += word
            lineWidth += gap + wordWidth
            return
        }
        if lineWidth > 0 { breakLine() }
        if wordWidth <= width {
            line = word
            lineWidth = wordWidth
            return
        }
        for character in word {
            let columns = DisplayWidth.of(character)
            if lineWidth + columns > width, lineWidth > 0 { breakLine() }
            line.append(character)
            lineWidth += columns
        }
    }

    mutating func breakLine() {
        lines.append(line)
        line = ""
        lineWidth = 0
    }

    mutating func finish() -> [String] {
        if lineWidth > 0 || lines.isEmpty { lines.append(line) }
        return lines
    }
}

/// ``LineBuilder``'s rules for words of scalars one column wide each, with lines built as
/// bytes and made strings once.
private struct ByteLineBuilder {
    let width: Int
    var lines: [String] = []
    var line: [UInt8] = []
    var lineWidth = 0

    init(width: Int) {
        self.width = width
        line.reserveCapacity(4 * width)
    }

    mutating func place(_ word: UnsafeBufferPointer<UInt8>, columns: Int) {
        // After the first word there is always a space before; before the first, the
        // line is empty and a space would not show anyway.
        let gap = lineWidth > 0 ? 1 : 0
        if lineWidth + gap + columns <= width {
            if gap == 1 { line.append(0x20) }
            line.append(contentsOf: word)
            lineWidth += gap + columns
            return
        }
        if lineWidth > 0 { breakLine() }
        if columns <= width {
            line.append(contentsOf: word)
            lineWidth = columns
            return
        }
        // Wider than a line: cut between scalars (each one column and a grapheme).
        for byte in word {
            if byte & 0xC0 != 0x80 {
                if lineWidth + 1 > width, lineWidth > 0 { breakLine() }
                lineWidth += 1
            }
            line.append(byte)
        }
    }

    mutating func breakLine() {
        lines.append(String(decoding: line, as: UTF8.self))
        line.removeAll(keepingCapacity: true)
        lineWidth = 0
    }

    mutating func finish() -> [String] {
        if lineWidth > 0 || lines.isEmpty { breakLine() }
        return lines
    }
}
