import Foundation
import VerdictTestSupport
import Testing
import VerdictEngine

/// Hostile result files and team folders through `TeamReader` and `TeamMerger` (what
/// `verdict team` does): each is merged or refused with a one-line, terminal-safe message.
@Suite("Hostile: result files and team folders")
struct HostileResultTests {
    static let cases: [HostileCase] = [
        .fails("answers-not-list.json", at: "2:14", "'answers' must be a list"),
        .fails("billion-laughs.json", at: "1:7", "anchor '&a' is not allowed"),
        .fails("deep-nesting.json", at: "1:64", "nesting is deeper than 32 levels (the limit)"),
        .fails("duplicate-keys.json", at: "50:24", "duplicate key 'respondent'"),
        .fails("empty.json", at: "1:1", "empty file; expected a verdict result JSON document"),
        .fails("importance-nan.json", at: "11:21", "'importance' must be a finite number"),
        .fails("importance-overflow.json", at: "11:21", "'importance' must be a finite number"),
        .fails("not-utf8.json", at: "50:18", "invalid leading UTF-8 octet (byte 0xff)"),
        .fails("other-tool.json", at: "1:1", "not a verdict result: no 'schemaVersion'"),
        .fails("respondent-bidi.json", at: "50:17", "respondent: contains an invisible character U+202E (bidi override) at character 5; names must be visible text"),
        .loads("respondent-csi.json"),
        .fails("schema-version-3.json", at: "51:20", "unsupported schemaVersion '3'; this build reads versions 1 and 2"),
        .loads("schema-version-string.json"),
        .fails("sha-not-hex.json", at: "144:15", "'worksheet.sha256' must be 64 lower-case hex digits"),
        .fails("team-document.json", at: "1:1", "this is a team document, not a member's result"),
        .fails("top-level-array.json", at: "1:1", "expected a JSON object (a verdict result document)"),
        .fails("truncated.json", at: "77:9", "found unexpected end of stream at line 77, column 12"),
        .fails("unknown-question.json", at: "9:5", "question 'not-a-question' does not exist in wakatime-2015"),
        .loads("valid-ada.json"),
        .fails("whitespace.json", at: "1:1", "empty file; expected a verdict result JSON document"),
        .fails("worksheet-id-with-esc.json", at: "143:11", "'worksheet.id' must be a kebab-case worksheet id"),
    ]

    @Test("every hostile result fixture: exit code and message", arguments: cases)
    func fixture(_ hostile: HostileCase) throws {
        let path = HostileFixtures.path("results/" + hostile.file)
        do {
            let report = try merge([path])
            #expect(hostile.location == nil, "merged, but expected: \(hostile.message)")
            let text = TeamTextReport.render(report, width: 80)
            #expect(HostileFixtures.unsafeCharacters(in: text).isEmpty, "\(text.debugDescription)")
        } catch {
            #expect(hostile.location != nil, "refused: \(error)")
            hostile.expectFailure(error, file: path)
        }
    }

    @Test("the table covers every fixture file")
    func everyFixtureHasACase() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: HostileFixtures.path("results")).sorted()
        #expect(files == Self.cases.map(\.file).sorted())
    }

    // MARK: - Team folders

    @Test("an empty folder: exit 66, 'no *.json result files'")
    func emptyFolder() throws {
        let folder = ScratchFolders.path("verdict-hostile-empty")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let error = try #require(throws: InputError.self) { try merge([folder]) }
        #expect(HostileFixtures.exitCode(for: error) == 66)
        #expect(error.description == "\(folder): no *.json result files in this folder")
    }

    @Test("a folder without results: exit 66")
    func folderWithoutResults() throws {
        let folder = HostileFixtures.path("team/no-json")
        let error = try #require(throws: InputError.self) { try merge([folder]) }
        #expect(HostileFixtures.exitCode(for: error) == 66)
        #expect(error.description == "\(folder): no *.json result files in this folder")
    }

    @Test("team folders that must be refused: duplicates, mixed versions, another worksheet, one bad file",
          arguments: [
            ("duplicates", "ada.json", "respondent 'Ada' also answered in"),
            ("mixed-versions", "bob.json", "answered wakatime-2015 version 0.9.0"),
            ("other-worksheet", "bob.json", "answered worksheet 'django-vs-flask', but the team is merged on 'wakatime-2015'"),
            ("one-bad-file", "broken.json", "invalid JSON: this quoted text is never closed (found unexpected end of stream"),
            ("hostile-duplicate-names", "b.json", "respondent '␛[2J␛]0;pwned␇Eve' also answered in"),
          ])
    func refusedFolder(_ folder: String, _ file: String, _ message: String) throws {
        let path = HostileFixtures.path("team/" + folder)
        let error = try #require(throws: (any Error).self) { try merge([path]) }
        #expect(HostileFixtures.exitCode(for: error) == 65)
        let first = HostileFixtures.lines(for: error).first ?? ""
        #expect(first.hasPrefix(path + "/" + file + ":"), "\(first)")
        #expect(first.contains(message), "\(first)")
        HostileFixtures.expectClean(error)
    }

    @Test("the same file twice counts once")
    func sameFileTwice() throws {
        let path = HostileFixtures.path("results/valid-ada.json")
        #expect(try merge([path, path]).members.map(\.name) == ["Ada"])
    }

    // MARK: - Fuzzer findings

    @Test("fuzzer findings: a result merged with itself gives a clean error",
          arguments: ["result-duplicate-member-1.json", "result-duplicate-member-2.json"])
    func fuzzFinding(_ name: String) throws {
        let bytes = try HostileFixtures.bytes("fuzz/" + name)
        let input = try ResultFileParser().parse(bytes: bytes, file: "member.json")
        var second = input
        second.file = "second.json"
        let error = try #require(throws: (any Error).self) {
            try TeamMerger(worksheet: try HostileFixtures.bundled("wakatime-2015")).merge([input, second])
        }
        #expect(HostileFixtures.exitCode(for: error) == 65)
        // Refused as a duplicate, or earlier for a name with an invisible character (a bidi override).
        let line = HostileFixtures.lines(for: error).first ?? ""
        #expect(line.contains("also answered in member.json") || line.contains("contains an invisible character"), "\(error)")
        HostileFixtures.expectClean(error)
    }

    // MARK: - Helpers

    /// Reads and merges like `verdict team`, against the bundled worksheet the results name.
    private func merge(_ paths: [String]) throws -> TeamReport {
        let inputs = try TeamReader().read(paths: paths)
        let id = TeamMerger.worksheetID(of: inputs) ?? "wakatime-2015"
        return try TeamMerger(worksheet: try HostileFixtures.bundled(id)).merge(inputs)
    }
}
