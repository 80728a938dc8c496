import Foundation
import Testing
import VerdictTestSupport
@testable import VerdictEngine

/// One display width for the text reports and the UI, by grapheme cluster: a ZWJ
/// sequence, a flag and a skin tone are two columns and stay whole.
@Suite struct TextWidthTests {
    @Test func clustersAreMeasuredWhole() {
        #expect(DisplayWidth.of("👨‍👩‍👧") == 2)
        #expect(DisplayWidth.of("🇯🇵") == 2)
        #expect(DisplayWidth.of("👍🏽") == 2)
        #expect(DisplayWidth.of("🚀") == 2)
        #expect(DisplayWidth.of("✅") == 2)
        #expect(TextLayout.width("a👨‍👩‍👧b🇯🇵") == 6)
        #expect(TextLayout.truncate("👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧", to: 5) == "👨‍👩‍👧👨‍👩‍👧…")
        #expect(TeamText.pad("🇯🇵", 4) == "🇯🇵  ")
    }

    /// `verdict score` text: the bars of options named with emoji start in one column.
    @Test func scoreTextAlignsBarsAfterEmojiNames() {
        var sheet = ScoringFixtures.wakatime()
        sheet.options[0].name = "Django 👨‍👩‍👧"
        sheet.options[1].name = "Flask 🇯🇵"
        let answers = Dictionary(uniqueKeysWithValues: sheet.questions.map { ($0.id, "yes") })
        let document = ResultBuilder.document(
            worksheet: sheet, responses: Responses(respondent: "Ada", answers: answers), completedAt: Date(timeIntervalSince1970: 0))
        let text = TextReport.render(document, worksheet: sheet)
        let bars = text.split(separator: "\n").map(String.init).filter { $0.contains("█") || $0.contains("░") }
        #expect(bars.count >= 2, "\(text)")
        #expect(bars.contains { $0.contains("Django 👨‍👩‍👧") } && bars.contains { $0.contains("Flask 🇯🇵") })
        let columns = bars.map { line in DisplayWidth.of(String(line.prefix { $0 != "█" && $0 != "░" })) }
        #expect(Set(columns).count == 1, "\(bars)")
    }
}
