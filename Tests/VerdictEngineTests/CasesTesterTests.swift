import Foundation
import Testing
@testable import VerdictEngine

/// `verdict test`'s arithmetic on a fixture corpus: two options, two cases each, and one
/// case that chose the worksheet's alternative.
struct CasesTesterTests {
    static func report(_ worksheetFile: String) throws -> (CaseTestReport, Worksheet) {
        let worksheet = try WorksheetLoader().load(contentsOf: LoadingFixtures.root + "/cases/" + worksheetFile)
        let cases = try CaseCorpus().named([LoadingFixtures.root + "/cases/corpus"])
        let tester = CaseTester(worksheet: worksheet)
        return (tester.run(try tester.applicable(cases)), worksheet)
    }

    @Test func aWorksheetThatAlwaysFavoursOneOptionScoresHalfBalanced() throws {
        let (report, _) = try Self.report("db-choice-always-postgres.yaml")
        #expect(report.cases.allSatisfy { $0.recommended == "postgres" })
        #expect(report.balancedAccuracy == 0.5)
        #expect(report.accuracy == 0.5)
        #expect(report.recall.map(\.recall) == [1, 0])
        #expect(report.confusion == [[2, 0, 0], [2, 0, 0]])
    }

    @Test func aDiscriminatingWorksheetScoresItsAgreements() throws {
        let (report, _) = try Self.report("db-choice.yaml")
        #expect(report.cases.map(\.id) == ["my-one", "my-two", "pg-one", "pg-two"])
        #expect(report.cases.map(\.agrees) == [true, false, true, true])
        #expect(report.accuracy == 0.75)
        #expect(report.balancedAccuracy == 0.75)
        #expect(report.confusion == [[2, 0, 0], [1, 1, 0]])
        let disagreement = try #require(report.cases.first { !$0.agrees })
        #expect(disagreement.movedBy == [.init(question: "data-types", answer: "rich", toward: "postgres", points: 4,
                                               rulesOut: false)])
        #expect(report.cases.first { $0.id == "pg-two" }.map { ($0.answered, $0.visible) } ?? (0, 0) == (1, 4))
    }

    @Test func casesOutsideTheOptionsCheckTheWayOut() throws {
        let (report, _) = try Self.report("db-choice.yaml")
        #expect(report.outside == [.init(id: "lite-one", chosen: "sqlite", recommended: nil, wayOutSuggested: true)])
    }

    @Test func textShowsTableMatrixAndDisagreements() throws {
        let (report, worksheet) = try Self.report("db-choice.yaml")
        let text = CaseTestText.render(report, worksheet: worksheet)
        #expect(text.contains("my-two  mysql     postgres     clear     29%       2/4  NO"))
        #expect(text.contains("  mysql            1      1       0"))
        #expect(text.contains("Accuracy: 3/4 (75%)   Balanced accuracy: 75%"))
        #expect(text.contains("my-two (chose mysql, got postgres): data-types = Rich types (+4 postgres)"))
        #expect(text.contains("lite-one  sqlite  (none)       yes"))
    }

    @Test func aCaseAnsweringAnUnknownQuestionIsRefused() throws {
        let worksheet = try WorksheetLoader().load(contentsOf: LoadingFixtures.root + "/cases/db-choice.yaml")
        var item = try CaseCorpus().named([LoadingFixtures.root + "/cases/corpus/pg-one.yaml"])[0]
        item.blocks[0].answers[0].question = "renamed"
        #expect(throws: DiagnosticList.self) { try CaseTester(worksheet: worksheet).applicable([item]) }
    }
}
