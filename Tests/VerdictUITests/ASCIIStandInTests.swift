import Foundation
import Testing
import VerdictUI

/// One stand-in table for terminals that show only ASCII (`Charset.standIn(for:)`): curses
/// under `LANG=C` (`CellGrid.asciiOnly()`), the SSH writer for a member without UTF-8 and
/// plain mode's lines all show a glyph the same way, and no stand-in is a letter or digit
/// (`✓` once became `v` beside "v results").
@Suite struct ASCIIStandInTests {
    /// Every non-ASCII character in a string literal of the code that draws screens or
    /// writes plain and text output: what the UI can show, found anew on every run.
    static let drawnGlyphs: [Character] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folders = ["Sources/VerdictUI", "Sources/MeetingServer", "Sources/verdict-meeting", "Sources/verdict",
                       "Sources/VerdictEngine/Export", "Sources/VerdictEngine/Team", "Sources/VerdictEngine/Scoring"]
        var glyphs = Set<Character>()
        for folder in folders {
            let base = root.appendingPathComponent(folder)
            let files = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
            for file in files where file.pathExtension == "swift" {
                let source = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
                for line in source.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
                    let literals = line.split(separator: "\"", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }
                    for (_, literal) in literals { glyphs.formUnion(literal.filter { !$0.isASCII }) }
                }
            }
        }
        return glyphs.sorted()
    }()

    /// The stand-ins the ASCII grid shows for `glyphs`, one cell each.
    static func asciiCells(_ glyphs: [Character]) -> [String] {
        var grid = CellGrid(width: glyphs.count, height: 1)
        for (column, glyph) in glyphs.enumerated() { grid.put(String(glyph), row: 0, column: column) }
        let ascii = grid.asciiOnly()
        return (0..<ascii.width).map { ascii[0, $0].text }
    }

    @Test func everyGlyphTheUIDrawsBecomesASCIIThatIsNoKey() throws {
        let glyphs = Self.drawnGlyphs
        // The scan finds the screens' glyphs (a scan that found nothing would prove nothing).
        for known: Character in ["✓", "›", "●", "○", "█", "░", "─", "┌", "…", "·", "↓"] { #expect(glyphs.contains(known)) }
        for (glyph, shown) in zip(glyphs, Self.asciiCells(glyphs)) {
            let byte = try #require(shown.utf8.count == 1 ? shown.utf8.first : nil, "'\(glyph)' became '\(shown)'")
            #expect((0x20...0x7E).contains(byte), "'\(glyph)' became a byte \(byte) that does not print")
            #expect(shown != "?", "'\(glyph)' has no stand-in")
            #expect(!Character(shown).isLetter && !Character(shown).isNumber, "'\(glyph)' became '\(shown)', which reads as a key")
        }
    }

    @Test func ticksMarkersAndTheImportanceScaleStayApart() {
        #expect(Self.asciiCells(["✓", "●", "◉", "○", "›", "‹", "·", "░", "█", "×", "✗"])
            == ["*", "@", "*", ".", ">", "<", "|", ".", "#", "*", "!"])
    }

    /// A member without UTF-8 gets exactly the bytes of the ASCII grid: one table, not two.
    @Test func theSSHWriterSendsTheGridsStandIns() {
        let writer = EscapeSequenceWriter(profile: RemoteTerminalProfile(term: "xterm", locale: "C"))
        let glyphs = Self.drawnGlyphs
        var grid = CellGrid(width: glyphs.count, height: 1)
        for (column, glyph) in glyphs.enumerated() { grid.put(String(glyph), row: 0, column: column) }
        let bytes = writer.frame(from: CellGrid(width: glyphs.count, height: 1), to: grid)
        let expected = "\u{1B}[?2026h\u{1B}[H\u{1B}[0m" + Self.asciiCells(glyphs).joined() + "\u{1B}[0m\u{1B}[?2026l"
        #expect(String(decoding: bytes, as: UTF8.self) == expected)
        #expect(bytes.allSatisfy { $0 < 0x80 })
    }

    @Test func anASCIIMembersVoteRowIsBytesForBytes() {
        let writer = EscapeSequenceWriter(profile: RemoteTerminalProfile(term: "xterm", locale: "C"))
        var grid = CellGrid(width: 27, height: 1)
        grid.put("› 1. Yes — API  ✓ your vote", row: 0, column: 0)
        let bytes = writer.frame(from: CellGrid(width: 27, height: 1), to: grid)
        #expect(String(decoding: bytes, as: UTF8.self) == "\u{1B}[?2026h\u{1B}[H\u{1B}[0m> 1. Yes - API  * your vote\u{1B}[0m\u{1B}[?2026l")
    }

    /// Plain mode's lines under `LANG=C`: arrows as words, the rest as the same stand-ins;
    /// under UTF-8 unchanged.
    @Test func plainTextUsesTheWordsAndTheSameStandIns() {
        let line = "  - Will the product offer an API? Yes → No: Flask would win; Ana ✓ answered · “ok” █░ Zoë"
        #expect(Charset.ascii.plainText(line)
            == "  - Will the product offer an API? Yes to No: Flask would win; Ana * answered | \"ok\" #. Zo?")
        #expect(Charset.unicode.plainText(line) == line)
        let glyphs = String(Self.drawnGlyphs)
        #expect(Charset.ascii.plainText(glyphs).utf8.allSatisfy { (0x20...0x7E).contains($0) })
    }
}
