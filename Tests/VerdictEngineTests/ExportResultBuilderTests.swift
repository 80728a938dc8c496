import Foundation
import Testing
import VerdictTestSupport
@testable import VerdictEngine

@Suite("ResultBuilder")
struct ExportResultBuilderTests {
    typealias F = ScoringFixtures
    static let moment = Date(timeIntervalSince1970: 1_795_000_000.75)

    // MARK: - Content

    @Test func documentCarriesAnswersInWorksheetOrderWithLabelsAndImportance() {
        let sheet = F.sheet([
            F.yesno("q1", yes: ["a": 1], no: ["b": 1]),
            F.yesno("q2", yes: ["a": 1], no: ["b": 1]),
            F.yesno("q3", yes: ["a": 1], no: ["b": 1], showWhen: Condition(question: "q1", answers: ["no"])),
        ])
        let responses = Responses(respondent: "Ada", answers: ["q2": "no", "q1": "yes", "q3": "yes"], importance: ["q2": 2])
        let document = ResultBuilder.document(worksheet: sheet, responses: responses, completedAt: Self.moment)
        #expect(document.answers == [
            ResultDocument.AnswerEntry(question: "q1", answer: "yes", label: "Yes", importance: 1),
            ResultDocument.AnswerEntry(question: "q2", answer: "no", label: "No", importance: 2),
        ])  // q3 is hidden
        #expect(document.respondent == "Ada")
        #expect(document.completedAt == "2026-11-18T11:06:40Z")
        #expect(document.schemaVersion == 2)
        #expect(document.tool.name == "verdict")
        #expect(document.scores.map(\.option) == ["b", "a"])
        #expect(document.recommendation.option == "b")
    }

    @Test func numbersAreRoundedSoNoiseNeverAppears() throws {
        let sheet = F.sheet([
            F.yesno("q1", yes: ["a": 0.1], no: ["b": 1]),
            F.yesno("q2", yes: ["a": 0.2], no: ["b": 1]),
            F.yesno("q3", yes: ["a": 1.0 / 3], no: ["b": 1]),
        ])
        let responses = Responses(answers: ["q1": "yes", "q2": "yes", "q3": "yes"])
        let document = ResultBuilder.document(worksheet: sheet, responses: responses, completedAt: Self.moment)
        let text = String(decoding: try document.encoded(), as: UTF8.self)
        #expect(!text.contains("0000000"))
        #expect(!text.contains("9999999"))
        #expect(document.scores.first?.points == 0.6333)
    }

    @Test func documentsAreDeterministicApartFromCompletedAt() throws {
        let sheet = F.generated(seed: 11, questions: 20, options: 4)
        var random = SplitMix64(seed: 5)
        let responses = F.randomResponses(sheet, using: &random)
        var first = ResultBuilder.document(worksheet: sheet, responses: responses, completedAt: Self.moment)
        let second = ResultBuilder.document(worksheet: sheet, responses: responses, completedAt: Date())
        #expect(first != second)
        first.completedAt = second.completedAt
        #expect(try first.encoded() == second.encoded())
    }

    @Test func whatIfSectionHoldsTheChangesAndTheNewResult() throws {
        let sheet = F.wakatime()
        let answers = Dictionary(uniqueKeysWithValues: F.wakatimeTable.enumerated().map { index, row in
            (row.0, index < 5 ? (row.1 == "django" ? "yes" : "no") : (row.1 == "flask" ? "yes" : "no"))
        })  // 5–3 for Django
        let document = ResultBuilder.document(
            worksheet: sheet, responses: Responses(answers: answers), completedAt: Self.moment,
            whatIf: [AnswerChange(question: "coding-5-years", answer: "yes")])
        let whatIf = try #require(document.whatIf)
        #expect(document.recommendation.option == "django")
        #expect(whatIf.changes == [ResultDocument.ChangeEntry(question: "coding-5-years", from: "no", to: "yes")])
        #expect(whatIf.recommendation.option == nil)
        #expect(whatIf.recommendation.kind == "too-close")
        #expect(whatIf.recommendation.settle.isEmpty)  // every question answered: nothing left to settle it with
        #expect(try SchemaCheck.problems([document.encoded()]) == nil)
    }

    // MARK: - Schema

    @Test func generatedDocumentsValidateAgainstTheSchema() throws {
        var documents: [Data] = []
        for (seed, options) in [(UInt64(21), 2), (22, 3), (23, 5), (24, 8)] {
            let sheet = F.generated(seed: seed, questions: 15, options: options)
            var random = SplitMix64(seed: seed)
            for _ in 0..<25 {
                let responses = F.randomResponses(sheet, using: &random)
                documents.append(try ResultBuilder.document(worksheet: sheet, responses: responses, completedAt: Self.moment).encoded())
            }
        }
        let allOut = F.sheet([F.yesno("q", yes: [:], no: [:], yesExcludes: ["a", "b"])])
        documents.append(try ResultBuilder.document(
            worksheet: allOut, responses: Responses(answers: ["q": "yes"]), completedAt: Self.moment).encoded())
        #expect(try SchemaCheck.problems(documents) == nil)
    }

    @Test func theSchemaRejectsADocumentWithAnUnknownField() throws {
        let sheet = F.wakatime()
        let document = ResultBuilder.document(worksheet: sheet, responses: Responses(), completedAt: Self.moment)
        var object = try #require(JSONSerialization.jsonObject(with: document.encoded()) as? [String: Any])
        object["surprise"] = true
        let bad = try JSONSerialization.data(withJSONObject: object)
        let problem = try #require(try SchemaCheck.problems([bad]))
        #expect(problem.contains("surprise"))
    }

    @Test func documentsRoundTripThroughCodable() throws {
        let sheet = F.generated(seed: 31, questions: 10, options: 3)
        var random = SplitMix64(seed: 31)
        let document = ResultBuilder.document(
            worksheet: sheet, responses: F.randomResponses(sheet, using: &random), completedAt: Self.moment)
        let decoded = try JSONDecoder().decode(ResultDocument.self, from: document.encoded())
        #expect(decoded == document)
    }
}
