import Foundation
import Testing
import VerdictTestSupport
@testable import VerdictEngine

/// Issue 14's tool fixes and the way out, in every result format: neutral answers are no
/// reason, results say how much was answered, flip factors past the importance bounds say
/// so, and answers pointing outside the options suggest the worksheet that weighs it.
struct ExportToolFixesTests {
    static let date = Date(timeIntervalSince1970: 1_800_000_000)

    /// a/b; `heavy` (weight 10) favours a, `light` favours b, `both` gives each the same.
    static let worksheet = Worksheet(
        id: "fixes", title: "Fixes", version: "1", description: "d",
        options: [WorksheetOption(id: "a", name: "A"), WorksheetOption(id: "b", name: "B")],
        sections: [WorksheetSection(id: "s", title: "S", questions: [
            Question(id: "heavy", prompt: "Heavy?", kind: .yesno, weight: 10, answers: [
                Answer(id: "yes", label: "Yes", points: ["a": 1], reason: "Heavy favours A."),
                Answer(id: "no", label: "No", reason: "Nothing."),
            ]),
            Question(id: "light", prompt: "Light?", kind: .yesno, answers: [
                Answer(id: "yes", label: "Yes", points: ["b": 1], reason: "Light favours B."),
                Answer(id: "no", label: "No", reason: "Nothing."),
            ]),
            Question(id: "both", prompt: "Both?", kind: .yesno, weight: 3, answers: [
                Answer(id: "yes", label: "Yes", points: ["a": 2, "b": 2], reason: "Either does it."),
                Answer(id: "no", label: "No", reason: "Nothing."),
            ]),
            Question(id: "skipped", prompt: "Skipped?", kind: .yesno, answers: [
                Answer(id: "yes", label: "Yes", points: ["a": 1], reason: "r"),
                Answer(id: "no", label: "No", points: ["b": 1], reason: "r"),
            ]),
        ])], sha256: String(repeating: "0", count: 64))
    static let responses = Responses(answers: ["heavy": "yes", "light": "yes", "both": "yes"])

    static func dbChoice() throws -> Worksheet {
        try WorksheetLoader().load(contentsOf: SchemaCheck.packageRoot.path + "/Tests/Fixtures/cases/db-choice.yaml")
    }

    static let wayOutAnswers = Responses(answers: ["data-types": "rich", "deployment": "single-file", "processes": "one"])

    @Test func anAnswerGivingEveryOptionTheSamePointsIsNoReason() {
        let report = Scorer(worksheet: Self.worksheet).score(Self.responses)
        #expect(report.reasons.map(\.question) == ["heavy", "light"])
        #expect(report.score(of: "a")?.points == 16)  // still counted in the points
    }

    @Test func teamReasonsSkipNeutralAnswersToo() throws {
        var responses = Self.responses
        responses.respondent = "Ada"
        let report = try TeamMerger(worksheet: Self.worksheet).merge([try TeamFixtures.input(responses, worksheet: Self.worksheet)])
        #expect(!report.reasons.contains { $0.question == "both" })
        #expect(report.reasons.contains { $0.question == "heavy" })
    }

    @Test func everyFormatSaysHowManyQuestionsWereAnswered() throws {
        let document = ResultBuilder.document(worksheet: Self.worksheet, responses: Self.responses, completedAt: Self.date)
        #expect(document.basis == .init(answered: 3, visible: 4))
        #expect(TextReport.render(document, worksheet: Self.worksheet).contains("\nBased on 3 of 4 questions.\n"))
        #expect(MarkdownReport.render(document, worksheet: Self.worksheet).contains("\nBased on 3 of 4 questions.\n"))
        let json = String(decoding: try document.encoded(), as: UTF8.self)
        #expect(json.contains("\"basis\" : {\n    \"answered\" : 3,\n    \"visible\" : 4\n  }"))
        #expect(try SchemaCheck.problems([try document.encoded()]) == nil)
    }

    /// With neutral answers scoring 0, a clear pick can read 30%: the text and Markdown say
    /// once what the percent is a share of (QA: "17%" read as "a poor fit").
    @Test func thePercentIsExplainedOnceWhereItIsShown() {
        let document = ResultBuilder.document(worksheet: Self.worksheet, responses: Self.responses, completedAt: Self.date)
        let sentence = "the share of the points this worksheet could give the option on these questions"
        let text = TextReport.render(document, worksheet: Self.worksheet, width: 200)
        #expect(text.components(separatedBy: sentence).count == 2)
        #expect(text.contains("\n  Percent: " + sentence + " (an answer that favours no option adds none).\n"))
        let markdown = MarkdownReport.render(document, worksheet: Self.worksheet)
        #expect(markdown.components(separatedBy: sentence).count == 2)
    }

    @Test func aFlipFactorBeyondTheImportanceBoundsIsSaidSo() {
        let document = ResultBuilder.document(worksheet: Self.worksheet, responses: Self.responses, completedAt: Self.date)
        #expect(document.sensitivity.flipPoints.first { $0.question == "light" }?.factor == 10)
        let text = TextReport.render(document, worksheet: Self.worksheet, width: 120)
        #expect(text.contains("counting light 10.0× as much makes it B — beyond the importance you can set (at most 2×)"))
        let markdown = MarkdownReport.render(document, worksheet: Self.worksheet)
        #expect(markdown.contains("- `light` × 10.0 → B — beyond the importance you can set (at most 2×)"))
    }

    @Test func aFlipFactorWithinTheBoundsIsPlain() {
        var sheet = Self.worksheet
        sheet.importance = ImportanceBounds(min: 0.5, max: 10)
        let document = ResultBuilder.document(worksheet: sheet, responses: Self.responses, completedAt: Self.date)
        let text = TextReport.render(document, worksheet: sheet, width: 120)
        #expect(text.contains("counting light 10.0× as much makes it B\n"))
    }

    @Test func answersPointingOutsideTheOptionsSuggestTheWayOut() throws {
        let sheet = try Self.dbChoice()
        let report = Scorer(worksheet: sheet).score(Self.wayOutAnswers)
        let sqlite = try #require(report.alternatives.first)
        #expect((sqlite.alternative, sqlite.points, sqlite.max, sqlite.signalled, sqlite.suggested) == ("sqlite", 3, 3, 2, true))
        let document = ResultBuilder.document(worksheet: sheet, responses: Self.wayOutAnswers, completedAt: Self.date)
        #expect(document.alternatives == [.init(id: "sqlite", name: "SQLite", percent: 100, signalled: 2, suggested: true,
                                                worksheet: "embedded-db")])
        #expect(try SchemaCheck.problems([try document.encoded()]) == nil)
        let sentence = "2 of your answers point to SQLite (100% of what it could reach), which this worksheet cannot "
            + "recommend: try `verdict run embedded-db`."
        #expect(TextReport.render(document, worksheet: sheet, width: 200).contains("Way out: " + sentence))
        #expect(MarkdownReport.render(document, worksheet: sheet).contains("**Way out:** " + sentence))
    }

    @Test func oneSignalIsNotEnoughForTheWayOut() throws {
        let sheet = try Self.dbChoice()
        let responses = Responses(answers: ["data-types": "rich", "deployment": "single-file"])
        let report = Scorer(worksheet: sheet).score(responses)
        #expect(report.alternatives.map(\.suggested) == [false])
        let document = ResultBuilder.document(worksheet: sheet, responses: responses, completedAt: Self.date)
        #expect(!TextReport.render(document, worksheet: sheet).contains("Way out"))
    }

    @Test func signalsSurviveTheWorksheetCache() throws {
        let sheet = try Self.dbChoice()
        let decoded = try #require(WorksheetCodec.decode(WorksheetCodec.encode(sheet), origin: sheet.origin))
        #expect(decoded == sheet)
        #expect(decoded.alternatives.first?.worksheet == "embedded-db")
    }

    @Test func aSignalToAnUndeclaredAlternativeIsAnError() throws {
        let text = try String(contentsOfFile: SchemaCheck.packageRoot.path + "/Tests/Fixtures/cases/db-choice.yaml",
                              encoding: .utf8).replacingOccurrences(of: "signals: {sqlite: 2}", with: "signals: {duckdb: 2}")
        #expect {
            try WorksheetLoader().load(bytes: Array(text.utf8), file: "w.yaml", origin: "w.yaml")
        } throws: { error in
            (error as? DiagnosticList)?.diagnostics.map(\.message) == [
                "question 'deployment': answer 'single-file': signals for unknown alternative 'duckdb' (alternatives are sqlite)"]
        }
    }
}
