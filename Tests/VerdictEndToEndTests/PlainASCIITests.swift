import Foundation
import Testing
import VerdictTestSupport

/// Plain mode under a locale without UTF-8 (`LANG=C`): its lines reach the terminal in
/// ASCII — arrows as words, other glyphs as the full-screen UI's stand-ins — and under
/// UTF-8 they are as written.
@Suite(.enabled(if: PipeRun.available, "needs the verdict binary"))
struct PlainASCIITests {
    /// The eight yes/no answers of wakatime-2015, then what-if (question 4, answer 2), the review, and the end.
    static let input = "y\nn\nn\ny\ny\nn\ny\ny\n" + "w\n4 2\n\n" + "r\n\n\n"

    func run(locale: String, _ arguments: [String], input: String) throws -> PipeRun {
        try PipeRun(arguments, home: try PipeRun.home(), input: input, environment: ["LANG": locale])
    }

    @Test func aPlainRunPrintsOnlyASCIIUnderLANGC() throws {
        let ascii = try run(locale: "C", ["run", "wakatime-2015", "--plain", "--output", "out.json"], input: Self.input)
        #expect(ascii.status == 0, "\(ascii.errors)")
        #expect(ascii.output.utf8.allSatisfy { $0 < 0x80 }, "\(ascii.output)")
        #expect(ascii.output.contains("If \"Will the product offer an API?\" were \"No\": Verdict:"), "\(ascii.output)")
        #expect(ascii.output.contains("  1. Have you been programming for more than five years? - Yes\n"), "\(ascii.output)")
        let unicode = try run(locale: "C.UTF-8", ["run", "wakatime-2015", "--plain", "--output", "out.json"], input: Self.input)
        #expect(unicode.output.contains("If “Will the product offer an API?” were “No”: Verdict:"), "\(unicode.output)")
        #expect(unicode.output.contains("  1. Have you been programming for more than five years? — Yes\n"), "\(unicode.output)")
        // The same lines, glyph for stand-in: nothing else differs.
        #expect(unicode.output.split(separator: "\n").count == ascii.output.split(separator: "\n").count)
    }

    @Test func aPlainMeetingMarksAnswersWithAStarNotALetterUnderLANGC() throws {
        let meeting = ["meeting", "wakatime-2015", "--plain", "--members", "Ana,Ben"]
        let input = String(repeating: "1\n2\n1\n", count: 8)
        let ascii = try run(locale: "C", meeting, input: input)
        #expect(ascii.status == 0, "\(ascii.errors)")
        #expect(ascii.output.utf8.allSatisfy { $0 < 0x80 }, "\(ascii.output)")
        #expect(ascii.output.contains("Ana  * answered"), "\(ascii.output)")
        let unicode = try run(locale: "C.UTF-8", meeting, input: input)
        #expect(unicode.output.contains("Ana  ✓ answered"), "\(unicode.output)")
    }
}
