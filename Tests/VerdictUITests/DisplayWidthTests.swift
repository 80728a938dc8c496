import Testing
import VerdictTestSupport
import VerdictEngine
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

/// Emoji sequences and flags reach the grid whole, two columns each, and line up.
@Suite struct GraphemeClusterGridTests {
    @Test func zwjSequencesFlagsAndSkinTonesFillOneWideCell() {
        var grid = CellGrid(width: 12, height: 1)
        let end = grid.put("👨‍👩‍👧🇯🇵👍🏽x", row: 0, column: 0)
        #expect(end == 7)
        #expect(grid[0, 0].text == "👨‍👩‍👧" && grid[0, 1].isContinuation)
        #expect(grid[0, 2].text == "🇯🇵" && grid[0, 3].isContinuation)
        #expect(grid[0, 4].text == "👍🏽" && grid[0, 5].isContinuation)
        #expect(grid[0, 6].text == "x")
    }

    @Test func resultBarsLineUpAfterEmojiNames() {
        var sheet = SampleWorksheet.make()
        sheet.options[0].name = "Django 👨‍👩‍👧"
        sheet.options[1].name = "Flask 🇯🇵"
        var driver = Driver(worksheet: sheet, responses: Responses(answers: ["years": "no", "team-size": "large", "api": "no", "admin": "essential"]))
        driver.press(.enter)
        driver.type("rv")
        let grid = ScreenRenderer.render(driver.state, width: 80, height: 24)
        let rows = (0..<grid.height).filter { row in
            (grid.line(row).contains("Django 👨‍👩‍👧") || grid.line(row).contains("Flask 🇯🇵"))
                && (grid.line(row).contains("█") || grid.line(row).contains("░"))
        }
        #expect(rows.count >= 2, "\(grid.text)")
        let barColumns = rows.map { row in (0..<grid.width).first { grid[row, $0].text == "█" || grid[row, $0].text == "░" } }
        #expect(Set(barColumns).count == 1 && barColumns.first != nil, "\(grid.text)")
    }
}

/// Under `LANG=C` the curses terminal draws ASCII stand-ins: bars and the selection
/// marker stay visible.
@Suite struct ASCIIOnlyGridTests {
    @Test func barsMarkersAndRulesBecomeASCII() {
        var driver = Driver(responses: Responses(answers: ["years": "no", "team-size": "large", "api": "no", "admin": "essential"]))
        driver.press(.enter)
        let question = ScreenRenderer.render(driver.state, width: 80, height: 24).asciiOnly()
        #expect(question.text.contains(" > 2. No"), "\(question.text)")
        #expect(question.cells.allSatisfy { $0.printableASCII != 0 })
        driver.type("rv")
        let results = ScreenRenderer.render(driver.state, width: 80, height: 24).asciiOnly().text
        #expect(results.contains("#####") && results.contains(".....") && results.contains("-----"), "\(results)")
        var grid = CellGrid(width: 4, height: 1)
        grid.put("🇯🇵é", row: 0, column: 0)
        let ascii = grid.asciiOnly()
        #expect(ascii[0, 0].text == "?" && ascii[0, 1].text == " " && ascii[0, 2].text == "?")
        #expect(ascii.cells.allSatisfy { $0.printableASCII != 0 && !$0.isContinuation })
    }
}
