import Foundation
import Testing
import VerdictTestSupport
@testable import VerdictEngine

/// Reasons count what an answer gives a side beyond the option it is compared with (QA: an
/// answer giving Django 2 and Flask 1 was quoted under "Why Flask"), in every format; and no
/// list in the text report is cut without saying how many more there are.
struct ExportReasonsTests {
    static let date = Date(timeIntervalSince1970: 1_800_000_000)

    /// a leads b, c trails. `shared` gives a 2 and b 1 (weight 2); `typed` gives c 2 and a, b
    /// 1 each; `lead` gives a 3; `counter` gives b 1. All answered yes: a 8, b 4, c 2.
    static let worksheet = Worksheet(
        id: "shared", title: "Shared", version: "1", description: "d",
        options: [WorksheetOption(id: "a", name: "A"), WorksheetOption(id: "b", name: "B"),
                  WorksheetOption(id: "c", name: "C")],
        sections: [WorksheetSection(id: "s", title: "S", questions: [
            Question(id: "shared", prompt: "Shared?", kind: .yesno, weight: 2, answers: [
                Answer(id: "yes", label: "Yes", points: ["a": 2, "b": 1], reason: "Shared argues for A."),
                Answer(id: "no", label: "No", reason: "Nothing."),
            ]),
            Question(id: "typed", prompt: "Typed?", kind: .yesno, answers: [
                Answer(id: "yes", label: "Yes", points: ["a": 1, "b": 1, "c": 2], reason: "Typed argues for C."),
                Answer(id: "no", label: "No", reason: "Nothing."),
            ]),
            Question(id: "lead", prompt: "Lead?", kind: .yesno, weight: 3, answers: [
                Answer(id: "yes", label: "Yes", points: ["a": 1], reason: "Lead argues for A."),
                Answer(id: "no", label: "No", reason: "Nothing."),
            ]),
            Question(id: "counter", prompt: "Counter?", kind: .yesno, answers: [
                Answer(id: "yes", label: "Yes", points: ["b": 1], reason: "Counter argues for B."),
                Answer(id: "no", label: "No", reason: "Nothing."),
            ]),
        ])], sha256: String(repeating: "0", count: 64))
    static let responses = Responses(
        respondent: "Ada", answers: ["shared": "yes", "typed": "yes", "lead": "yes", "counter": "yes"])

    @Test func anAnswerIsAReasonOnlyByWhatItGivesBeyondTheComparedOption() {
        let report = Scorer(worksheet: Self.worksheet).score(Self.responses)
        #expect(report.scores.map(\.points) == [8, 4, 2])
        let listed = report.reasons.map { "\($0.side.rawValue) \($0.question) +\($0.points)" }
        #expect(listed == ["winner lead +3.0", "winner shared +2.0", "runner-up counter +1.0"])
    }

    @Test func everyFormatListsTheSameReasonsAndSaysWhatTheFiguresCount() throws {
        let document = ResultBuilder.document(worksheet: Self.worksheet, responses: Self.responses, completedAt: Self.date)
        #expect(document.schemaVersion == 2)
        #expect(document.reasons.map(\.points) == [3, 2, 1])
        #expect(try SchemaCheck.problems([try document.encoded()]) == nil)
        let text = TextReport.render(document, worksheet: Self.worksheet, width: 100)
        #expect(text.contains("""
            Why A (points beyond B):
              + Lead argues for A. [lead: Yes, +3.0]
              + Shared argues for A. [shared: Yes, +2.0]

            Counterpoints for B (points beyond A):
              - Counter argues for B. [counter: Yes, +1.0]

            """))
        let markdown = MarkdownReport.render(document, worksheet: Self.worksheet)
        #expect(markdown.contains("### Cons: the case for B (points beyond A)\n\n- Counter argues for B. (`counter`: Yes, +1.0)\n"))
        #expect(!markdown.contains("Typed argues for C"))
    }

    @Test func teamReasonsFollowTheSameRule() throws {
        let input = try TeamFixtures.input(Self.responses, worksheet: Self.worksheet)
        let report = try TeamMerger(worksheet: Self.worksheet).merge([input])
        #expect(report.reasons.map { "\($0.side.rawValue) \($0.question) +\($0.points)" }
            == ["winner lead +3.0", "winner shared +2.0", "runner-up counter +1.0"])
        #expect(TeamDocument(report: report).schemaVersion == 3)
    }

    @Test func aDocumentOfSchemaVersionOneIsStillReadAsAnswers() throws {
        var document = ResultBuilder.document(worksheet: Self.worksheet, responses: Self.responses, completedAt: Self.date)
        document.schemaVersion = 1
        let read = try AnswersReader().read(bytes: Array(try document.encoded()), file: "old.json", for: Self.worksheet)
        #expect(read.answers == Self.responses.answers)
    }

    // MARK: - Nothing cut silently

    @Test func theTextReportListsEveryReason() {
        let sheet = ScoringFixtures.wakatime()
        let flask = Responses(answers: Dictionary(uniqueKeysWithValues: ScoringFixtures.wakatimeTable.map { id, yes, _ in
            (id, yes == "flask" ? "yes" : "no")
        }))
        let document = ResultBuilder.document(worksheet: sheet, responses: flask, completedAt: Self.date)
        let text = TextReport.render(document, worksheet: sheet)
        #expect(text.split(separator: "\n").filter { $0.hasPrefix("  + ") }.count == 8)
    }

    /// Seven light questions for b, each flipping the verdict at 4×: five are shown, and the
    /// line under them says how many more and where they all are.
    @Test func aCutListSaysHowManyMoreAndWhereTheyAre() {
        var questions = [Question(id: "heavy", prompt: "Heavy?", kind: .yesno, weight: 10, answers: [
            Answer(id: "yes", label: "Yes", points: ["a": 1], reason: "r"), Answer(id: "no", label: "No", reason: "r"),
        ])]
        for index in 1...7 {
            questions.append(Question(id: "light-\(index)", prompt: "Light?", kind: .yesno, answers: [
                Answer(id: "yes", label: "Yes", points: ["b": 1], reason: "r"), Answer(id: "no", label: "No", reason: "r"),
            ]))
        }
        let sheet = Worksheet(
            id: "cut", title: "Cut", version: "1", description: "d",
            options: [WorksheetOption(id: "a", name: "A"), WorksheetOption(id: "b", name: "B")],
            sections: [WorksheetSection(id: "s", title: "S", questions: questions)])
        let responses = Responses(answers: Dictionary(uniqueKeysWithValues: questions.map { ($0.id, "yes") }))
        let document = ResultBuilder.document(worksheet: sheet, responses: responses, completedAt: Self.date)
        #expect(document.sensitivity.flipPoints.compactMap(\.factor).count == 7)
        let text = TextReport.render(document, worksheet: sheet)
        #expect(text.contains("  • counting light-5 4.0× as much makes it B — beyond the importance you can set\n"
            + "    (at most 2×)\n  … and 2 more (all in --format json or markdown)\n"))
    }
}
