import Testing
import VerdictTestSupport
@testable import VerdictUI

/// Column widths, including the ASCII shortcuts: they must give the answers the general
/// rules give (printable 1, control 0), and mixed text must add up cell by cell.
@Suite struct DisplayWidthTests {
    @Test func everyASCIICharacterHasItsColumnWidth() {
        for value in UInt32(0)..<0x80 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = (0x20..<0x7F).contains(value) ? 1 : 0
            #expect(DisplayWidth.of(Character(scalar)) == expected, "U+\(String(value, radix: 16))")
            #expect(DisplayWidth.of(scalar) == expected, "U+\(String(value, radix: 16))")
        }
        #expect(DisplayWidth.of(Character("\r\n")) == 0)
    }

    @Test func wideCombiningAndEmojiCharactersKeepTheirWidths() {
        #expect(DisplayWidth.of(Character("漢")) == 2)
        #expect(DisplayWidth.of(Character("é")) == 1)
        #expect(DisplayWidth.of(Character("e\u{301}")) == 1)
        #expect(DisplayWidth.of(Character("🙂")) == 2)
        #expect(DisplayWidth.of(Character("\u{2764}\u{FE0F}")) == 2)
        #expect(DisplayWidth.of(Character("\u{200B}")) == 0)
    }

    @Test func stringsAddUpCharacterByCharacter() {
        for text in ["", "plain ascii", "tab\there", "mixed 漢字 and 🙂", "line\r\nbreak", "café", "\u{1B}[31m"] {
            #expect(DisplayWidth.of(text) == text.reduce(0) { $0 + DisplayWidth.of($1) }, "\(text.debugDescription)")
        }
        #expect(DisplayWidth.of("Django or Flask?") == 16)
        #expect(DisplayWidth.of("漢字") == 4)
    }
}

/// The grid's ASCII shortcut writes the cells the grapheme walk writes, clipping included.
@Suite struct CellGridASCIITests {
    /// Random texts from `alphabet`, put with `shortcut` and with the grapheme walk at
    /// random columns and clipping ends: the same end column and the same cells.
    func expectShortcutMatchesTheWalk(
        alphabet: String, seed: UInt64, maxLength: UInt64,
        _ shortcut: (inout CellGrid, String, Int, Int) -> Int?
    ) {
        var random = SplitMix64(seed: seed)
        let alphabet = Array(alphabet)
        for _ in 0..<2_000 {
            let text = String((0..<Int(random.next() % maxLength)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
            let column = Int(random.next() % 14) - 3
            let end = Int(random.next() % 12) - 1
            var fast = CellGrid(width: 10, height: 1)
            var walk = CellGrid(width: 10, height: 1)
            let fastEnd = shortcut(&fast, text, column, end)
            let walkEnd = walk.putCharacters(text, row: 0, column: column, slot: .title, end: end)
            #expect(fastEnd == walkEnd, "\(text.debugDescription) at \(column) to \(end)")
            #expect(fast == walk, "\(text.debugDescription) at \(column) to \(end)")
        }
    }

    @Test func asciiShortcutMatchesTheGraphemeWalk() {
        expectShortcutMatchesTheWalk(alphabet: " abcXYZ019~!-|", seed: 0xCE11, maxLength: 20) { grid, text, column, end in
            grid.putASCII(text, row: 0, column: column, slot: .title, end: end)
        }
    }

    @Test func cellsKnowTheirPrintableASCIIByte() {
        for value in UInt8(0)..<0x80 {
            let text = String(Unicode.Scalar(value))
            #expect(Cell(text: text, slot: .normal).printableASCII == ((0x20..<0x7F).contains(value) ? value : 0))
        }
        for text in ["", "ab", "é", "語", "e\u{301}", "😀"] {
            #expect(Cell(text: text, slot: .normal).printableASCII == 0, "\(text.debugDescription)")
        }
        #expect(Cell.blank.printableASCII == 0x20)
    }

    @Test func narrowShortcutMatchesTheGraphemeWalk() {
        expectShortcutMatchesTheWalk(alphabet: " ab—·é“”…─→×©½ÿ", seed: 0x4A77, maxLength: 16) { grid, text, column, end in
            grid.putNarrow(text, row: 0, column: column, slot: .title, end: end)
        }
        var grid = CellGrid(width: 10, height: 1)
        #expect(grid.putNarrow("a\tb", row: 0, column: 0, slot: .normal, end: 10) == nil)
        #expect(grid.putNarrow("語", row: 0, column: 0, slot: .normal, end: 10) == nil)
        #expect(grid.putNarrow("5 €", row: 0, column: 0, slot: .normal, end: 10) == nil)
        #expect(grid == CellGrid(width: 10, height: 1))
    }
}
