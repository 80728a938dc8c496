import Testing
@testable import VerdictEngine

@Suite("TextLayout")
struct ExportTextLayoutTests {
    @Test func widthCountsWideAndCombiningCharacters() {
        #expect(TextLayout.width("Flask") == 5)
        #expect(TextLayout.width("日本") == 4)
        #expect(TextLayout.width("e\u{301}") == 1)
        #expect(TextLayout.width("██░░") == 4)
    }

    @Test func truncateEndsWithAnEllipsisAndNeverOverflows() {
        #expect(TextLayout.truncate("Flask", to: 10) == "Flask")
        #expect(TextLayout.truncate("Django REST framework", to: 8) == "Django …")
        #expect(TextLayout.width(TextLayout.truncate("日本語のテキスト", to: 5)) <= 5)
    }

    @Test func wrapKeepsEveryLineWithinTheWidth() {
        let text = "You plan an API, and Flask keeps JSON endpoints short and simple; "
            + String(repeating: "x", count: 120)
        let lines = TextLayout.wrap(text, width: 40, first: "  + ", rest: "    ")
        #expect(lines.count >= 3)
        #expect(lines.allSatisfy { TextLayout.width($0) <= 40 })
        #expect(lines[0].hasPrefix("  + You plan"))
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("    ") })
    }
}
