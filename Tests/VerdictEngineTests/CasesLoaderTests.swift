import Foundation
import Testing
@testable import VerdictEngine

/// Case files get the worksheet loader's treatment: one `LINE:COL: message` per problem.
struct CasesLoaderTests {
    static let good = """
        format: 1
        id: sample
        project: Sample
        url: https://example.org/sample
        chosen: postgres
        decided: "2019-04"
        summary: A sample.
        facts:
          - id: uses-json
            text: Stores documents as JSON columns.
            source: https://example.org/sample/blog
        worksheets:
          db-choice:
            retrospective: true
            answers:
              data-types: {answer: rich, facts: [uses-json]}

        """

    func load(_ text: String, expectedID: String? = "sample") throws -> DocumentedCase {
        try CaseLoader().load(bytes: Array(text.utf8), file: "c.yaml", expectedID: expectedID)
    }

    /// The `LINE:COL: message` lines a broken case fails with.
    func problems(_ text: String) -> [String] {
        do {
            _ = try load(text)
            return []
        } catch let list as DiagnosticList {
            return list.diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" }
        } catch {
            return ["\(error)"]
        }
    }

    @Test func goodCaseLoads() throws {
        let item = try load(Self.good)
        #expect(item.id == "sample" && item.chosen == "postgres" && item.decided == "2019-04")
        #expect(item.facts.map(\.id) == ["uses-json"])
        let block = try #require(item.block(for: "db-choice"))
        #expect(block.retrospective)
        #expect(item.responses(for: "db-choice").answers == ["data-types": "rich"])
    }

    @Test(arguments: [
        ("project: Sample", "projct: Sample",
         "3:1: unknown field 'projct' (allowed: format, id, project, url, chosen, decided, summary, facts, worksheets)"),
        ("facts: [uses-json]}", "facts: [made-up]}",
         "16:42: worksheets: db-choice: data-types: facts: cites undefined fact 'made-up' (facts are uses-json)"),
        ("source: https://example.org/sample/blog", "source: ftp://example.org",
         "11:13: fact 'uses-json': source: expected an http(s) URL, found 'ftp://example.org'"),
        ("text: Stores documents as JSON columns.", "text: \"\\e[2J Stores\"",
         "10:11: fact 'uses-json': text: contains control character U+001B (ESC) at character 1; control and escape characters are not allowed"),
        ("decided: \"2019-04\"", "decided: April 2019", "6:10: decided: expected \"YYYY\" or \"YYYY-MM\", found 'April 2019'"),
        ("id: sample", "id: other", "2:5: id: 'other' differs from the file name 'sample'; expected them to match"),
        ("summary: A sample.", "summary: &a A sample.",
         "7:10: anchor '&a' is not allowed; anchors and aliases are not supported (write the value out)"),
        ("data-types: {answer: rich, facts: [uses-json]}", "data-types: {answer: rich, facts: []}",
         "16:41: worksheets: db-choice: data-types: facts: found none; expected at least one fact id"),
    ])
    func brokenCaseFailsAtItsPosition(find: String, replace: String, expected: String) {
        let text = Self.good.replacingOccurrences(of: find, with: replace)
        let found = problems(text)
        #expect(found.contains(expected), "got \(found)")
    }

    @Test func controlCharacterMessageNamesTheEscape() {
        let text = Self.good.replacingOccurrences(of: "text: Stores documents as JSON columns.", with: "text: \"\\e[2J Stores\"")
        #expect(problems(text).count == 1)
    }

    @Test func checkAgainstWorksheetNamesEachProblem() throws {
        let worksheet = try WorksheetLoader().load(contentsOf: LoadingFixtures.root + "/cases/db-choice.yaml")
        var item = try load(Self.good.replacingOccurrences(of: "data-types: {answer: rich", with: "data-types: {answer: huge")
            .replacingOccurrences(of: "chosen: postgres", with: "chosen: oracle"))
        item.blocks[0].answers.append(.init(question: "no-such", answer: "x", facts: [],
                                            questionAt: .init(file: "c.yaml", line: 17, column: 7),
                                            answerAt: .init(file: "c.yaml", line: 17, column: 20)))
        let problems = CaseLoader.check(item, against: worksheet).map(\.description)
        #expect(problems == [
            "c.yaml:5:9: chosen: 'oracle' is not an option of worksheet 'db-choice' (options are postgres, mysql, sqlite); remove its block or choose one",
            "c.yaml:16:28: worksheets: db-choice: question 'data-types' has no answer 'huge' (answers are rich, plain)",
            "c.yaml:17:7: worksheets: db-choice: unknown question 'no-such' (not in worksheet 'db-choice' 1.0.0)",
        ])
    }

    @Test func anAlternativeIsAValidChoice() throws {
        let worksheet = try WorksheetLoader().load(contentsOf: LoadingFixtures.root + "/cases/db-choice.yaml")
        let item = try load(Self.good.replacingOccurrences(of: "chosen: postgres", with: "chosen: sqlite"))
        #expect(CaseLoader.check(item, against: worksheet).isEmpty)
    }

    @Test func corpusFolderFilesAllLoad() throws {
        let cases = try CaseCorpus().named([LoadingFixtures.root + "/cases/corpus"])
        #expect(cases.map(\.id) == ["lite-one", "my-one", "my-two", "other-sheet", "pg-one", "pg-two"])
    }
}
