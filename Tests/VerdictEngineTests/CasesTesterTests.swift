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

    @Test func aRetrospectiveCaseIsScoredAmongTheOptionsThatExisted() throws {
        var worksheet = try WorksheetLoader().load(contentsOf: LoadingFixtures.root + "/cases/db-choice.yaml")
        worksheet.options.append(WorksheetOption(id: "oracle", name: "Oracle", since: "2030"))  // after every case
        var item = try CaseCorpus().named([LoadingFixtures.root + "/cases/corpus/my-two.yaml"])[0]
        #expect(CaseTester(worksheet: worksheet).run([item]).cases[0].recommended == "postgres")
        item.blocks[0].retrospective = true
        let row = CaseTester(worksheet: worksheet).run([item]).cases[0]
        #expect((row.recommended, row.leftOut, row.agrees) == ("postgres", ["oracle"], false))
        let text = CaseTestText.render(CaseTester(worksheet: worksheet).run([item]), worksheet: worksheet)
        #expect(text.contains("  without oracle: my-two"))
        // The 05:50 decision: a retrospective row also says what every option competing gives.
        worksheet.sections[0].questions[0].answers[0].points["oracle"] = 9
        let today = CaseTester(worksheet: worksheet).run([item])
        #expect((today.cases[0].recommended, today.cases[0].amongAll) == ("postgres", "oracle"))
        let table = CaseTestText.render(today, worksheet: worksheet)
        #expect(table.contains("AGREES  ALL OPTIONS\nmy-two *  mysql   postgres     clear"))
        #expect(table.contains("NO      oracle\n"))
        #expect(table.contains("  ALL OPTIONS: what the worksheet recommends with every option competing (not in the figures)"))
    }

    @Test func aRetrospectiveCaseWithOneOptionOfItsDayIsNotScored() throws {
        var worksheet = try WorksheetLoader().load(contentsOf: LoadingFixtures.root + "/cases/db-choice.yaml")
        worksheet.options[0].since = "2021"  // postgres, after my-two's 2020 decision: only mysql existed
        var item = try CaseCorpus().named([LoadingFixtures.root + "/cases/corpus/my-two.yaml"])[0]
        item.blocks[0].retrospective = true
        let report = CaseTester(worksheet: worksheet).run([item])
        #expect(report.cases.isEmpty, "a choice with nothing to choose from counted as an agreement")
        #expect(report.unopposed == ["my-two"])
        #expect(report.confusion == [[0, 0, 0], [0, 0, 0]])
        let text = CaseTestText.render(report, worksheet: worksheet)
        #expect(text.contains("Not scored (only one of the options existed when they chose): my-two"))
    }

    /// "Too close to call" is no recommendation whether an option is ahead or it is an exact
    /// tie: both rows are misses in the (none) column (before, a too-close row agreed when
    /// its chosen option was ahead).
    @Test func tooCloseRowsAreMissesWhetherAnOptionIsAheadOrItIsATie() throws {
        var worksheet = try WorksheetLoader().load(contentsOf: LoadingFixtures.root + "/cases/db-choice.yaml")
        worksheet.thresholds = Thresholds(tooClose: 0.6, lean: 0.95)  // a lead under 60% is too close
        let corpus = LoadingFixtures.root + "/cases/corpus/"
        let cases = try CaseCorpus().named([corpus + "pg-one.yaml", corpus + "pg-two.yaml"])
        var tie = cases[0]
        tie.blocks[0].answers.removeAll { $0.question != "hosting" }  // cloud: one point each
        let report = CaseTester(worksheet: worksheet).run([tie, cases[1]])
        #expect(report.cases.map(\.kind) == ["too-close", "too-close"])
        #expect(report.cases.map(\.ahead) == [nil, "postgres"])
        #expect(report.cases.map(\.recommended) == [nil, nil])
        #expect(report.cases.map(\.agrees) == [false, false])
        #expect(report.confusion == [[0, 0, 2], [0, 0, 0]])
        let text = CaseTestText.render(report, worksheet: worksheet)
        #expect(text.contains("pg-one  postgres  (none)       too-close      0%       1/4  NO"))
        #expect(text.contains("pg-two  postgres  (none)       too-close     57%       1/4  NO"))
        #expect(text.contains("pg-one (chose postgres, too close to call, a tie): no single answer favours another option"))
        #expect(text.contains("pg-two (chose postgres, too close to call, postgres ahead by 57.1%)"))
        #expect(text.contains("Too close to call, so counted as misses: pg-one, pg-two\n"))
        let mixed = CaseTestText.render(CaseTester(worksheet: worksheet).run([tie, cases[1]] + [try CaseCorpus().named(
            [corpus + "my-one.yaml"])[0]]), worksheet: worksheet)
        #expect(mixed.contains("Too close to call, so counted as misses: pg-one, pg-two; of the 1 other case 1 agree (100%)\n"))
    }

    @Test(arguments: [("2018-12", "2014", false), ("2018-12", "2018-12", true), ("2018-12", "2018", false),
                      ("2018", "2018-01", true), ("2018", "2017", false), (nil, "1990", true)] as [(String?, String, Bool)])
    func optionExistedAtADate(since: String?, decided: String, existed: Bool) {
        #expect(WorksheetOption(id: "x", name: "X", since: since).existed(at: decided) == existed)
    }

    @Test func aCaseAnsweringAnUnknownQuestionIsRefused() throws {
        let worksheet = try WorksheetLoader().load(contentsOf: LoadingFixtures.root + "/cases/db-choice.yaml")
        var item = try CaseCorpus().named([LoadingFixtures.root + "/cases/corpus/pg-one.yaml"])[0]
        item.blocks[0].answers[0].question = "renamed"
        #expect(throws: DiagnosticList.self) { try CaseTester(worksheet: worksheet).applicable([item]) }
    }
}
