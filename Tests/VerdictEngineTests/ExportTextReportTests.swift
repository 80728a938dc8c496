import Foundation
import Testing
import VerdictTestSupport
@testable import VerdictEngine

@Suite("TextReport and MarkdownReport")
struct ExportTextReportTests {
    typealias F = ScoringFixtures
    static let moment = Date(timeIntervalSince1970: 1_795_000_000)

    static func document(_ sheet: Worksheet, _ answers: [String: String], respondent: String = "Ada") -> ResultDocument {
        ResultBuilder.document(
            worksheet: sheet, responses: Responses(respondent: respondent, answers: answers), completedAt: moment)
    }

    /// A 5–3 wakatime result for Django where `flips` of Django's answers are undone.
    static func wakatime(djangoPoints: Int) -> [String: String] {
        Dictionary(uniqueKeysWithValues: F.wakatimeTable.enumerated().map { index, row in
            let forDjango = index < djangoPoints
            return (row.0, (forDjango ? row.1 == "django" : row.1 == "flask") ? "yes" : "no")
        })
    }

    // MARK: - Text

    @Test func clearVerdictShowsBarsReasonsAndRobustness() {
        let sheet = F.wakatime()
        let text = TextReport.render(Self.document(sheet, Self.wakatime(djangoPoints: 7)), worksheet: sheet)
        #expect(text.contains("Verdict: Django — clear (margin 75%)"))
        #expect(text.contains("  Django  ██████████████████████████░░░░   88%  (7.0 of 8.0)"))
        #expect(text.contains("Why Django (points beyond Flask):"))
        #expect(text.contains("Counterpoints for Flask (points beyond Django):"))
        #expect(text.contains("Yes to python-3-years points to django."))
        #expect(text.contains("Robustness: robust — no single answer changes it"))
    }

    @Test func aMarginThatRoundsToAThresholdShowsOneDecimal() {
        #expect(TextReport.marginText(0.146, thresholds: Thresholds()) == "14.6%")
        #expect(TextReport.marginText(0.15, thresholds: Thresholds()) == "15.0%")
        #expect(TextReport.marginText(0.1499, thresholds: Thresholds()) == "14.9%")
        #expect(TextReport.marginText(0.049, thresholds: Thresholds()) == "4.9%")
        #expect(TextReport.marginText(0.42, thresholds: Thresholds()) == "42%")
        var sheet = F.wakatime()
        sheet.thresholds = Thresholds(tooClose: 0.05, lean: 0.754)  // 75% rounds to the lean threshold
        let document = Self.document(sheet, Self.wakatime(djangoPoints: 7))
        #expect(TextReport.render(document, worksheet: sheet).contains("Verdict: Django — lean (margin 75.0%)"))
        #expect(MarkdownReport.render(document, worksheet: sheet).contains("Django — lean (margin 75.0%)."))
    }

    @Test func closeResultListsPivotalAnswers() {
        let sheet = F.wakatime()
        let text = TextReport.render(Self.document(sheet, Self.wakatime(djangoPoints: 5)), worksheet: sheet)
        #expect(text.contains("Robustness: fragile — 5 answers could each change it"))
        #expect(text.contains("Pivotal answers:"))
        #expect(text.contains("coding-5-years: No → Yes makes it too close to call"))
    }

    @Test func tieSaysTooCloseAndHowToSettleIt() {
        let sheet = F.wakatime()
        var answers = Self.wakatime(djangoPoints: 4)
        answers["reads-code"] = nil  // 4–3 → unanswered reads-code…
        answers["multiple-databases"] = nil  // …now 4–2; drop one Django answer for 3–2
        answers["coding-5-years"] = nil
        answers["python-3-years"] = nil  // 2–2
        let text = TextReport.render(Self.document(sheet, answers), worksheet: sheet)
        #expect(text.contains("Verdict: Too close to call (a tie) — settle it with: coding-5-years"))
        #expect(text.contains("Questions that would settle it:"))
    }

    @Test("a long list of questions that would settle it shows ten and how many more (probe D5: 20,000 lines)")
    func longSettleListIsCut() {
        // Thresholds so low that any one answer makes the 0–0 tie a lean: every question settles it.
        let sheet = F.sheet((0..<30).map { F.yesno("q\($0)", yes: ["a": 1], no: ["b": 1]) },
                            thresholds: Thresholds(tooClose: 0.01, lean: 0.5))
        let document = Self.document(sheet, [:])
        #expect(document.recommendation.settle.count == 30)
        let text = TextReport.render(document, worksheet: sheet)
        #expect(text.contains("(q9)"))
        #expect(!text.contains("(q10)"))
        #expect(text.contains("  … and 20 more"))
    }

    @Test func everyOptionRuledOutNamesTheConflictingAnswers() {
        let sheet = F.sheet([
            F.yesno("needs-a", yes: [:], no: [:], yesRequires: "a"),
            F.yesno("no-a", yes: [:], no: [:], yesExcludes: ["a"]),
        ])
        let text = TextReport.render(Self.document(sheet, ["needs-a": "yes", "no-a": "yes"]), worksheet: sheet)
        #expect(text.contains("Verdict: No option left — your must-have answers rule out every option"))
        #expect(text.contains("✗ Alpha is ruled out by no-a = Yes"))
        #expect(text.contains("✗ Bravo is ruled out by needs-a = Yes"))
    }

    @Test(arguments: [2, 3, 5, 8])
    func everyLineFitsEightyColumns(_ options: Int) {
        var sheet = F.generated(seed: UInt64(options), questions: 30, options: options)
        sheet.options = sheet.options.map {
            WorksheetOption(id: $0.id, name: "\($0.name) with a rather long framework name", summary: "")
        }
        sheet.title = String(repeating: "A very long worksheet title ", count: 5)
        var random = SplitMix64(seed: 99)
        for _ in 0..<20 {
            let document = ResultBuilder.document(
                worksheet: sheet, responses: F.randomResponses(sheet, using: &random), completedAt: Self.moment)
            let text = TextReport.render(document, worksheet: sheet, width: 80)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.allSatisfy { TextLayout.width(String($0)) <= 80 })
            let bars = lines.filter { $0.contains("█") || $0.contains("░") }
            #expect(bars.count == options)
        }
    }

    @Test func asciiBarsUseNoBlockCharacters() {
        let sheet = F.wakatime()
        let text = TextReport.render(
            Self.document(sheet, Self.wakatime(djangoPoints: 6)), worksheet: sheet, width: 80, bars: .ascii)
        #expect(text.contains("  Django  #######################.......   75%  (6.0 of 8.0)"))
        #expect(!text.contains("█"))
    }

    @Test func worksheetAndRespondentTextIsSanitized() {
        var sheet = F.wakatime()
        sheet.title = "Evil\u{1B}[2J title"
        sheet.options[0].name = "Dj\u{1B}]0;pwned\u{07}ango"
        let text = TextReport.render(
            Self.document(sheet, Self.wakatime(djangoPoints: 6), respondent: "Mallory\u{1B}[31m"), worksheet: sheet)
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(text.contains("Evil␛[2J title"))
    }

    // MARK: - Markdown

    @Test func markdownIsAShortDecisionRecord() {
        let sheet = F.wakatime()
        let markdown = MarkdownReport.render(Self.document(sheet, Self.wakatime(djangoPoints: 6)), worksheet: sheet)
        #expect(markdown.hasPrefix("# Django or Flask? (2015)\n"))
        #expect(markdown.contains("- Date: 2026-11-18"))
        #expect(markdown.contains("- Respondent: Ada"))
        for heading in ["## Context and Problem Statement", "## Considered Options", "## Decision Outcome",
                        "### Scores", "### Pros: why Django (points beyond Flask)",
                        "### Cons: the case for Flask (points beyond Django)", "### Sensitivity"] {
            #expect(markdown.contains("\n\(heading)\n"))
        }
        #expect(markdown.contains("| Django | 6.0 | 8.0 | 75% |"))
        #expect(markdown.contains("Django — clear (margin 50%)."))
    }

    @Test func markdownEscapesActiveCharacters() {
        var sheet = F.wakatime()
        sheet.options[1].name = "Fl|ask *bold*"
        let markdown = MarkdownReport.render(Self.document(sheet, Self.wakatime(djangoPoints: 6)), worksheet: sheet)
        #expect(markdown.contains("| Fl\\|ask \\*bold\\* |"))
    }
}
