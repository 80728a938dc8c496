import Testing
import VerdictEngine
import VerdictTestSupport
@testable import VerdictUI

/// The saved welcome frame: what goes in comes back cell for cell, and bytes that are not
/// exactly one encoded frame are refused rather than drawn.
@Suite struct FrameCodecTests {
    /// Every screen the renderer draws at two sizes, in colour and mono.
    private var renderedGrids: [CellGrid] {
        var grids: [CellGrid] = []
        let wide = SampleWorksheet.make(title: "Django か Flask か？ 🚀 — “quotes” · bullets • and box ─")
        for worksheet in [SampleWorksheet.make(), wide] {
            for theme in [Theme.dark, .mono] {
                var driver = Driver(worksheet: worksheet, theme: theme)
                for (width, height) in [(80, 24), (120, 40), (30, 8)] {
                    grids.append(ScreenRenderer.render(driver.state, width: width, height: height))
                }
                driver.press(.enter)
                grids.append(ScreenRenderer.render(driver.state, width: 80, height: 24))
                driver.press(.character("?"))
                grids.append(ScreenRenderer.render(driver.state, width: 100, height: 30))
            }
        }
        return grids
    }

    @Test func renderedFramesComeBackCellForCell() throws {
        for grid in renderedGrids {
            let bytes = try #require(FrameCodec.encode(grid))
            let decoded = try #require(FrameCodec.decode(bytes[...]))
            #expect(decoded == grid)
            #expect(decoded.text == grid.text)
            #expect(decoded.cells.map(\.printableASCII) == grid.cells.map(\.printableASCII))
        }
    }

    @Test func wideCharactersKeepTheirContinuationCells() throws {
        var grid = CellGrid(width: 10, height: 2)
        grid.put("表🚀x", row: 0, column: 0, slot: .title)
        grid.put("é", row: 1, column: 9, slot: .error)
        grid.cursor = (1, 3)
        let decoded = try #require(FrameCodec.encode(grid).flatMap { FrameCodec.decode($0[...]) })
        #expect(decoded == grid)
        #expect(decoded[0, 1].isContinuation && decoded[0, 3].isContinuation)
        #expect(decoded[0, 0].text == "表" && decoded[0, 0].slot == .title)
        #expect(decoded.cursor?.row == 1 && decoded.cursor?.column == 3)
    }

    @Test func everySlotAndEveryPrintableCharacterSurvive() throws {
        var grid = CellGrid(width: 95, height: ThemeSlot.allCases.count)
        for (row, slot) in ThemeSlot.allCases.enumerated() {
            for byte in UInt8(0x20)..<0x7F {
                grid[row, Int(byte) - 0x20] = Cell(text: String(UnicodeScalar(byte)), slot: slot)
            }
        }
        #expect(try #require(FrameCodec.encode(grid).flatMap { FrameCodec.decode($0[...]) }) == grid)
    }

    @Test func framesTheLayoutCannotHoldAreNotEncoded() {
        var grid = CellGrid(width: 300, height: 1)
        for column in 0..<300 { grid[0, column] = Cell(text: String(UnicodeScalar(0x4E00 + column) ?? "x"), slot: .normal) }
        #expect(FrameCodec.encode(grid) == nil)
        var long = CellGrid(width: 2, height: 1)
        long[0, 0] = Cell(text: String(repeating: "é", count: 200), slot: .normal)
        #expect(FrameCodec.encode(long) == nil)
    }

    @Test func damagedBytesAreRefused() throws {
        var grid = CellGrid(width: 6, height: 2)
        grid.put("a─b", row: 0, column: 0, slot: .border)
        let bytes = try #require(FrameCodec.encode(grid))
        #expect(FrameCodec.decode(bytes[...]) == grid)
        // Every cut short of the whole, one byte too many.
        for length in 0..<bytes.count { #expect(FrameCodec.decode(bytes.prefix(length)) == nil) }
        #expect(FrameCodec.decode((bytes + [0])[...]) == nil)
        // The text table's entry ("─") cut into invalid UTF-8.
        let table = bytes.firstIndex(of: 0xE2) ?? 0
        var badUTF8 = bytes
        badUTF8[table] = 0xFF
        #expect(FrameCodec.decode(badUTF8[...]) == nil)
        // A cell's slot past the last one, unknown tag bits, a control character, an index
        // past the table.
        let firstCell = bytes.count - 12 * 2
        for (offset, value) in [(0, UInt8(0x0F)), (0, 0x40), (1, 0x1B), (1, 0x7F)] {
            var damaged = bytes
            damaged[firstCell + offset] = value
            #expect(FrameCodec.decode(damaged[...]) == nil, "byte \(offset) = \(value)")
        }
        var badIndex = bytes
        let tableCell = try #require(stride(from: firstCell, to: bytes.count, by: 2).first { bytes[$0] & 0x20 != 0 })
        badIndex[tableCell + 1] = 9
        #expect(FrameCodec.decode(badIndex[...]) == nil)
        // Sizes: zero, and a cursor outside the grid.
        var zero = bytes
        zero[0] = 0
        #expect(FrameCodec.decode(zero[...]) == nil)
        var cursor = bytes
        cursor[4] = 9
        #expect(FrameCodec.decode(cursor[...]) == nil)
    }

    @Test func aTableTextThatIsASCIIStillGetsItsByte() throws {
        // A 1×1 frame whose one cell names the table's only text, "a".
        let bytes: [UInt8] = [1, 0, 1, 0, 0, 0, 0, 0, 1, 1, UInt8(ascii: "a"), 0x20 | ThemeSlot.key.rawValue, 0]
        let grid = try #require(FrameCodec.decode(bytes[...]))
        #expect(grid[0, 0] == Cell(text: "a", slot: .key))
        #expect(grid[0, 0].printableASCII == UInt8(ascii: "a"))
    }

    @Test func textsATerminalCouldActOnAreRefused() throws {
        for text in ["\u{1B}", "\u{1B}[2J", "\u{7F}", "\u{9B}", "a\u{202E}", "\n"] {
            let utf8 = Array(text.utf8)
            let bytes: [UInt8] = [1, 0, 1, 0, 0, 0, 0, 0, 1, UInt8(utf8.count)] + utf8 + [0x20, 0]
            #expect(FrameCodec.decode(bytes[...]) == nil, "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test func randomBytesNeverCrashTheDecoder() {
        var random = SplitMix64(seed: 42)
        var valid = 0
        for _ in 0..<5_000 {
            let count = Int(random.next() % 64)
            let bytes = (0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            if let grid = FrameCodec.decode(bytes[...]) {
                valid += 1
                #expect(grid.cells.count == grid.width * grid.height)
            }
        }
        #expect(valid < 50)
    }
}
