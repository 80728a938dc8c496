import Foundation
import Testing
@testable import VerdictEngine

/// Answers files, result documents and `--answer` flags, checked against the sample worksheet
/// (`api`: yesno; `size`: choice shown when api = yes; importance bounds 0.5…2).
struct LoadingAnswersReaderTests {
    private func worksheet(required: Bool = false) throws -> Worksheet {
        var text = String(decoding: try LoadingFixtures.bytes("good/sample.yaml"), as: UTF8.self)
        if required { text = text.replacingOccurrences(of: "kind: choice", with: "kind: choice\n        required: true") }
        return try WorksheetLoader().load(bytes: Array(text.utf8), file: "sample.yaml", origin: "sample.yaml")
    }

    private func read(_ text: String, required: Bool = false) throws -> Responses {
        try AnswersReader().read(bytes: Array(text.utf8), file: "a.yaml", for: worksheet(required: required))
    }

    private func problems(_ text: String, required: Bool = false) -> [String] {
        do {
            _ = try read(text, required: required)
            return []
        } catch let list as DiagnosticList {
            return list.diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" }
        } catch {
            return ["unexpected \(error)"]
        }
    }

    // MARK: - Good input

    @Test func readsAnswersFile() throws {
        let responses = try read("respondent: Ada\nanswers:\n  api: yes\n  size: big\nimportance:\n  size: 2\n")
        #expect(responses == Responses(respondent: "Ada", answers: ["api": "yes", "size": "big"],
                                       importance: ["size": 2]))
    }

    @Test(arguments: [
        ("yes", "yes"), ("no", "no"), ("true", "yes"), ("false", "no"), ("Yes", "yes"), ("NO", "no"),
        ("True", "yes"), ("FALSE", "no"), ("\"yes\"", "yes"), ("'false'", "no"),
    ])
    func yesNoSpellings(written: String, expected: String) throws {
        let responses = try read("answers:\n  api: \(written)\n")
        #expect(responses.answers["api"] == expected)
    }

    @Test func readsJSONWithBooleans() throws {
        let responses = try read(#"{"respondent": "Bo", "answers": {"api": true, "size": "small"}}"#)
        #expect(responses.answers == ["api": "yes", "size": "small"])
        #expect(try read(#"{"answers": {"api": false}}"#).answers == ["api": "no"])
    }

    @Test func readsResultDocument() throws {
        let sheet = try worksheet()
        let document = ResultDocument(
            worksheet: .init(id: sheet.id, version: sheet.version, title: sheet.title, sha256: sheet.sha256),
            respondent: "Cy", completedAt: "2026-11-25T10:30:00Z",
            answers: [.init(question: "api", answer: "yes", label: "Yes", importance: 1.5),
                      .init(question: "size", answer: "small", label: "Small", importance: 1)],
            scores: [], recommendation: .init(option: nil, kind: "too-close", margin: 0), reasons: [],
            sensitivity: .init(robustness: "", pivotal: [], flipPoints: []))
        let responses = try AnswersReader().read(bytes: [UInt8](try document.encoded()), file: "r.json", for: sheet)
        #expect(responses == Responses(respondent: "Cy", answers: ["api": "yes", "size": "small"],
                                       importance: ["api": 1.5, "size": 1]))
    }

    // MARK: - Errors

    @Test func unknownQuestionListsValidIDs() {
        #expect(problems("answers:\n  nope: yes\n") == ["2:3: unknown question 'nope' (questions are api, size)"])
    }

    @Test func aMistypedQuestionIDGetsADidYouMean() {
        #expect(problems("answers:\n  apy: yes\n")
            == ["2:3: unknown question 'apy'; did you mean 'api'? (questions are api, size)"])
        #expect(problems("answers: {api: yes}\nimportance: {sise: 1}\n")
            == ["2:14: importance: unknown question 'sise'; did you mean 'size'? (questions are api, size)"])
    }

    @Test func unknownAnswerListsValidAnswers() {
        #expect(problems("answers:\n  api: yes\n  size: huge\n")
            == ["3:9: question 'size': unknown answer 'huge' (answers are small, big)"])
    }

    @Test func hiddenQuestionIsAnError() {
        #expect(problems("answers:\n  api: no\n  size: big\n")
            == ["3:3: question 'size' is hidden: it is shown only when 'api' is answered yes (here: 'no')"])
    }

    @Test func duplicateKeysAreErrors() {
        #expect(problems("answers:\n  api: yes\n  api: no\n") == ["3:3: question 'api' is answered twice"])
        #expect(problems("answers:\n  api: yes\nanswers:\n  api: no\n") == ["3:1: duplicate field 'answers'"])
    }

    @Test func requiredVisibleQuestionMustBeAnswered() throws {
        #expect(problems("answers:\n  api: yes\n", required: true)
            == ["1:1: required question 'size' is not answered (answers are small, big)"])
        // Hidden, so not required.
        #expect(try read("answers:\n  api: no\n", required: true).answers == ["api": "no"])
    }

    @Test func importanceMustBeANumberWithinBounds() {
        #expect(problems("answers:\n  api: yes\nimportance:\n  api: 3\n")
            == ["4:8: importance: 'api': 3 is out of range; expected a number from 0.5 to 2"])
        #expect(problems("answers:\n  api: yes\nimportance:\n  api: lots\n")
            == ["4:8: importance: 'api': expected a number, found 'lots'"])
        #expect(problems("answers: {api: yes}\nimportance: {nope: 1}\n")
            == ["2:14: importance: unknown question 'nope' (questions are api, size)"])
    }

    @Test func unknownTopLevelFieldIsAnError() {
        #expect(problems("answers: {api: yes}\nname: Ada\n")
            == ["2:1: unknown field 'name' (allowed: respondent, answers, importance)"])
    }

    @Test func resultForAnotherWorksheetIsRefused() {
        let text = #"{"schemaVersion": 1, "worksheet": {"id": "other"}, "answers": []}"#
        #expect(problems(text) == ["1:42: worksheet: this result is for worksheet 'other'; expected 'sample'"])
    }

    @Test func aResultNamesItsWorksheetAnAnswersFileDoesNot() throws {
        let folder = NSTemporaryDirectory() + "verdict-result-id-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data(#"{"schemaVersion": 2, "worksheet": {"id": "wakatime-2015"}, "answers": []}"#.utf8)
            .write(to: URL(fileURLWithPath: folder + "/r.json"))
        try Data("answers:\n  api: yes\n".utf8).write(to: URL(fileURLWithPath: folder + "/a.yaml"))
        #expect((try? AnswersReader().load(contentsOf: folder + "/r.json"))?.resultWorksheetID == "wakatime-2015")
        #expect((try? AnswersReader().load(contentsOf: folder + "/a.yaml"))?.resultWorksheetID == nil)
        #expect((try? AnswersReader().load(contentsOf: folder + "/missing.json"))?.resultWorksheetID == nil)
    }

    @Test func malformedFileReportsPosition() {
        #expect(problems("answers: [api: yes\n").first?.hasPrefix("2:1: invalid YAML:") == true)
    }

    @Test func missingFileIsAnInputError() throws {
        let sheet = try worksheet()
        let error = #expect(throws: InputError.self) {
            try AnswersReader().read(contentsOf: "/nonexistent/answers.yaml", for: sheet)
        }
        #expect(error?.kind == .missing)
    }

    // MARK: - Flags

    @Test func assignmentsAreParsed() throws {
        let responses = try AnswersReader().parse(assignments: ["api=true", "size=small"], for: worksheet())
        #expect(responses.answers == ["api": "yes", "size": "small"])
    }

    @Test func assignmentErrorsNameTheFlag() throws {
        let sheet = try worksheet()
        let error = #expect(throws: DiagnosticList.self) {
            try AnswersReader().parse(assignments: ["api=yes", "size", "size=tiny", "nope=1"], for: sheet)
        }
        #expect(error?.diagnostics.map(\.description) == [
            "--answer:1:2: --answer size: expected QUESTION=ANSWER, e.g. api=yes",
            "--answer:1:3: --answer size=tiny: question 'size': unknown answer 'tiny' (answers are small, big)",
            "--answer:1:4: --answer nope=1: unknown question 'nope' (questions are api, size)",
        ])
    }

    @Test func aMistypedQuestionInAnAssignmentGetsADidYouMean() throws {
        let sheet = try worksheet()
        let error = #expect(throws: DiagnosticList.self) {
            try AnswersReader().parse(assignments: ["apii=yes"], for: sheet)
        }
        #expect(error?.diagnostics.map(\.description)
            == ["--answer:1:1: --answer apii=yes: unknown question 'apii'; did you mean 'api'? (questions are api, size)"])
    }

    @Test func onlyTheFirstFewUnknownIDsGetAGuess() throws {
        // A guess is a pass over every question id: 100,000 typos must not cost 100,000 passes.
        let sheet = try worksheet()
        let typos = Array(repeating: "apy=yes", count: AnswersValidator.guesses + 5)
        let error = #expect(throws: DiagnosticList.self) { try AnswersReader().parse(assignments: typos, for: sheet) }
        let guessed = error?.diagnostics.map { $0.message.contains("did you mean 'api'?") } ?? []
        #expect(guessed == Array(repeating: true, count: AnswersValidator.guesses) + Array(repeating: false, count: 5))
    }

    @Test func assignmentToHiddenQuestionIsRefused() throws {
        let sheet = try worksheet()
        let error = #expect(throws: DiagnosticList.self) {
            try AnswersReader().parse(assignments: ["api=no", "size=big"], for: sheet)
        }
        #expect(error?.diagnostics.map(\.description) == [
            "--answer:1:2: --answer size=big: question 'size' is hidden: it is shown only when 'api' is answered yes (here: 'no')",
        ])
    }
}
