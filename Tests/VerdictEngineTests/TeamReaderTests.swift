import Foundation
import Testing
@testable import VerdictEngine

/// Reading result files: folders, and every kind of bad file named with its place.
@Suite struct TeamReaderTests {
    let worksheet = TeamFixtures.worksheet()

    private func message(_ body: () throws -> Void) -> String {
        do {
            try body()
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    @Test func aFolderMeansEveryJSONFileSortedByName() throws {
        let folder = try TeamFixtures.folder()
        try TeamFixtures.write(TeamFixtures.team.reversed(), to: folder)
        try Data("not a result".utf8).write(to: URL(fileURLWithPath: folder + "/notes.txt"))
        try Data("{}".utf8).write(to: URL(fileURLWithPath: folder + "/.hidden.json"))
        let inputs = try TeamReader().read(paths: [folder])
        #expect(inputs.map(\.respondent) == ["Ana", "Ben", "Cy", "Dee", "Eli"])
        #expect(inputs.first?.file == folder + "/ana.json")
        #expect(inputs[3].answers.first { $0.question == "admin" }?.importance == 2)
    }

    /// `verdict team m1/*` on a meeting's folder names what the meeting wrote beside the
    /// results too: skipped, as the folder form skips it (QA s6).
    @Test func whatAMeetingWritesBesideTheResultsIsSkipped() throws {
        let folder = try TeamFixtures.folder()
        try TeamFixtures.write(TeamFixtures.team, to: folder)
        for name in ["team.json", "decision.md", "known_hosts"] {
            try Data("not a result\n".utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
        }
        let named = try FileManager.default.contentsOfDirectory(atPath: folder).sorted().map { folder + "/" + $0 }
        #expect(try TeamReader().files(for: named) == TeamReader().files(for: [folder]))
        #expect(try TeamReader().read(paths: named).count == TeamFixtures.team.count)
    }

    @Test func aFileNamedTwiceIsReadOnce() throws {
        let folder = try TeamFixtures.folder()
        try TeamFixtures.write(TeamFixtures.team, to: folder)
        let files = try TeamReader().files(for: [folder, folder + "/ana.json", folder + "/./ben.json"])
        #expect(files == TeamFixtures.team.map { "\(folder)/\($0.respondent.lowercased()).json" })
    }

    /// The files are parsed concurrently; what comes back is still in file order, and of
    /// two bad files the first in that order is named, whichever fails first.
    @Test func manyFilesComeBackInOrderAndTheFirstBadOneIsNamed() throws {
        let folder = try TeamFixtures.folder()
        let bytes = Data(try TeamFixtures.json(TeamFixtures.team[0]))
        let names = (0..<40).map { String(format: "m%02d.json", $0) }
        for name in names { try bytes.write(to: URL(fileURLWithPath: "\(folder)/\(name)")) }
        #expect(try TeamReader().read(paths: [folder]).map(\.file) == names.map { "\(folder)/\($0)" })
        // m05 fails at its last line, m30 at its first: m05 is still the one reported.
        try (bytes + Data("\n,".utf8)).write(to: URL(fileURLWithPath: "\(folder)/m05.json"))
        try Data("[".utf8).write(to: URL(fileURLWithPath: "\(folder)/m30.json"))
        let text = message { _ = try TeamReader().read(paths: [folder]) }
        #expect(text.hasPrefix("\(folder)/m05.json:"), "\(text)")
    }

    @Test func aMissingPathIsMissingInput() {
        #expect(throws: InputError.self) { try TeamReader().read(paths: ["/nonexistent/verdict-results"]) }
        let text = message { _ = try TeamReader().read(paths: ["/nonexistent/verdict-results"]) }
        #expect(text == "/nonexistent/verdict-results: no such file or folder")
    }

    @Test func aFolderWithoutResultsIsAnError() throws {
        let folder = try TeamFixtures.folder()
        let text = message { _ = try TeamReader().read(paths: [folder]) }
        #expect(text == "\(folder): no *.json result files in this folder")
    }

    @Test func aTruncatedFileNamesItsPosition() throws {
        let bytes = try TeamFixtures.json(TeamFixtures.team[0])
        let cut = Array(bytes.prefix(bytes.count / 2))
        let lines = String(decoding: cut, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).count
        let text = message { _ = try ResultFileParser().parse(bytes: cut, file: "results/ana.json") }
        #expect(text.hasPrefix("results/ana.json:\(lines):"))
        #expect(text.contains("invalid JSON"))
        #expect(text.contains("truncated"))
    }

    @Test func aSyntaxErrorNamesLineAndColumn() {
        let bytes = Array("{\n  \"schemaVersion\": 1,\n  \"tool\": {\"name\": \"verdict\" \"version\": \"1\"}\n}\n".utf8)
        let text = message { _ = try ResultFileParser().parse(bytes: bytes, file: "bad.json") }
        #expect(text.hasPrefix("bad.json:3:"))
        #expect(text.contains("invalid JSON"))
    }

    @Test func anEmptyFileIsNamed() {
        let text = message { _ = try ResultFileParser().parse(bytes: Array(" \n".utf8), file: "empty.json") }
        #expect(text.hasPrefix("empty.json:1:1: empty file"))
    }

    @Test func anotherToolsJSONIsRefused() {
        let noVersion = message { _ = try ResultFileParser().parse(bytes: Array("{\"name\": \"x\"}".utf8), file: "a.json") }
        #expect(noVersion.hasPrefix("a.json:1:1: not a verdict result: no 'schemaVersion'"))
        let other = Array("{\"schemaVersion\": 1,\n \"tool\": {\"name\": \"other\"}}".utf8)
        let otherTool = message { _ = try ResultFileParser().parse(bytes: other, file: "b.json") }
        #expect(otherTool.hasPrefix("b.json:2:10: not a verdict result: 'tool.name' is not \"verdict\""))
        let list = message { _ = try ResultFileParser().parse(bytes: Array("[1, 2]".utf8), file: "c.json") }
        #expect(list.hasPrefix("c.json:1:1: expected a JSON object"))
    }

    @Test func aTeamDocumentInTheFolderIsExplained() {
        let team = Array("{\"schemaVersion\": 1, \"tool\": {\"name\": \"verdict\"}, \"members\": []}".utf8)
        let text = message { _ = try ResultFileParser().parse(bytes: team, file: "team.json") }
        #expect(text.contains("this is a team document"))
    }

    @Test func aMissingFieldNamesTheObject() {
        let bytes = Array("{\"schemaVersion\": 1, \"tool\": {\"name\": \"verdict\"},\n \"respondent\": \"A\"}".utf8)
        let text = message { _ = try ResultFileParser().parse(bytes: bytes, file: "d.json") }
        #expect(text == "d.json:1:1: missing 'worksheet'")
    }

    // MARK: - Cross-file checks

    @Test func duplicateRespondentsAreRefused() throws {
        let first = try TeamFixtures.input(TeamFixtures.team[0], file: "r/ana.json")
        var second = try TeamFixtures.input(TeamFixtures.team[1], file: "r/ana2.json")
        second.respondent = " ana "
        let text = message { _ = try TeamMerger(worksheet: worksheet).merge([first, second]) }
        #expect(text.hasPrefix("r/ana2.json:"))
        #expect(text.contains("respondent 'ana' also answered in r/ana.json"))
    }

    @Test func unnamedRespondentsAreRefused() throws {
        var responses = TeamFixtures.team[0]
        responses.respondent = ""
        let input = try TeamFixtures.input(responses, file: "r/nobody.json")
        let text = message { _ = try TeamMerger(worksheet: worksheet).merge([input]) }
        #expect(text.hasPrefix("r/nobody.json:"))
        #expect(text.contains("respondent is empty; every member's result needs a name: to add one, run "
            + "verdict score team-test --answers r/nobody.json --name NAME --output r/nobody.json"), "\(text)")
        let spaced = try TeamFixtures.input(responses, file: "r/no body's.json")
        let quoted = message { _ = try TeamMerger(worksheet: worksheet).merge([spaced]) }
        #expect(quoted.contains("--answers 'r/no body'\\''s.json' --name NAME"), "\(quoted)")
    }

    @Test func mixedWorksheetVersionsNameTheOddFile() throws {
        let old = TeamFixtures.worksheet(sha256: TeamFixtures.otherSHA, version: "0.9.0")
        var inputs = try TeamFixtures.team.map { try TeamFixtures.input($0, file: "r/\($0.respondent).json") }
        inputs[2] = try TeamFixtures.input(TeamFixtures.team[2], file: "r/Cy.json", worksheet: old)
        let text = message { _ = try TeamMerger(worksheet: worksheet).merge(inputs) }
        #expect(text.hasPrefix("r/Cy.json:"))
        #expect(text.contains("version 0.9.0 (sha256 222222222222)"))
        #expect(text.contains("4 of 5 results answered version 1.0.0"))
        // Allowed when every answered question and answer still exists in the newest version.
        let report = try TeamMerger(worksheet: worksheet, allowMixedVersions: true).merge(inputs)
        #expect(report.members.count == 5)
    }

    @Test func mixedVersionsNeedEveryAnswerToStillExist() throws {
        var newest = TeamFixtures.worksheet(sha256: TeamFixtures.otherSHA, version: "2.0.0")
        newest.sections[0].questions.removeAll { $0.id == "python" }
        let inputs = try TeamFixtures.team.map { try TeamFixtures.input($0, file: "r/\($0.respondent).json") }
        let text = message { _ = try TeamMerger(worksheet: newest, allowMixedVersions: true).merge(inputs) }
        #expect(text.hasPrefix("r/Ana.json:"))
        #expect(text.contains("question 'python' does not exist in team-test version 2.0.0"))
        #expect(text.contains("--allow-mixed-versions needs"))
    }

    @Test func theWorksheetFoundMustMatchTheResults() throws {
        let newer = TeamFixtures.worksheet(sha256: TeamFixtures.otherSHA, version: "1.1.0")
        let inputs = try TeamFixtures.team.map { try TeamFixtures.input($0) }
        let text = message { _ = try TeamMerger(worksheet: newer).merge(inputs) }
        #expect(text.hasPrefix("bundled:team-test: worksheet team-test found here is version 1.1.0"))
        #expect(text.contains("the results answered version 1.0.0"))
    }

    @Test func anotherWorksheetIsNeverMerged() throws {
        var other = TeamFixtures.worksheet()
        other.id = "other-sheet"
        var inputs = try TeamFixtures.team.prefix(2).map { try TeamFixtures.input($0) }
        inputs.append(try TeamFixtures.input(TeamFixtures.team[2], file: "Cy.json", worksheet: other))
        #expect(TeamMerger.worksheetID(of: inputs) == "team-test")
        let text = message { _ = try TeamMerger(worksheet: worksheet, allowMixedVersions: true).merge(inputs) }
        #expect(text.hasPrefix("Cy.json:"))
        #expect(text.contains("answered worksheet 'other-sheet'"))
    }

    @Test func unknownAnswersAreRefusedWithTheirPlace() throws {
        var responses = TeamFixtures.team[0]
        responses.answers["admin"] = "maybe"
        let input = try TeamFixtures.input(responses, file: "ana.json")
        let text = message { _ = try TeamMerger(worksheet: worksheet).merge([input]) }
        #expect(text.contains("answer 'maybe' to 'admin' does not exist"))
        #expect(text.contains("(valid: yes, no)"))
        let line = input.answers.first { $0.question == "admin" }?.location.line ?? 0
        #expect(text.hasPrefix("ana.json:\(line):"))
        #expect(line > 1)
    }
}

/// A worksheet id in a result file is only ever an id, never a path.
@Test func aWorksheetIDThatIsAPathIsRefused() throws {
    var text = String(decoding: try TeamFixtures.json(TeamFixtures.team[0]), as: UTF8.self)
    text = text.replacingOccurrences(of: "\"id\" : \"team-test\"", with: "\"id\" : \"../../etc/passwd\"")
    do {
        _ = try ResultFileParser().parse(bytes: Array(text.utf8), file: "evil.json")
        Issue.record("accepted a path as worksheet id")
    } catch {
        #expect("\(error)".contains("'worksheet.id' must be a kebab-case worksheet id"))
        #expect("\(error)".hasPrefix("evil.json:"))
    }
}

/// Which of two respondents would count? Neither: a duplicate key is an error.
@Test func aDuplicateKeyIsRefusedWithItsPlace() {
    let bytes = Array("{\"schemaVersion\": 1,\n \"respondent\": \"Ana\",\n \"respondent\": \"Ben\"}".utf8)
    do {
        _ = try ResultFileParser().parse(bytes: bytes, file: "dup.json")
        Issue.record("accepted a duplicate key")
    } catch {
        #expect("\(error)" == "dup.json:3:2: duplicate key 'respondent'")
    }
}
