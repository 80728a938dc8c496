import Foundation
import VerdictTestSupport
import Testing
import VerdictEngine

/// `verdict team` through the built binary (``VerdictBinary``).
@Suite(.serialized) struct TeamCommandTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static var binary: String { VerdictBinary.path }

    /// The worksheet of the engine tests, as a file found by id in `./worksheets`.
    static let worksheetYAML = """
        format: 1
        id: team-test
        title: Django or Flask?
        version: "1.0.0"
        description: A small worksheet for team tests.
        options:
          - {id: django, name: Django}
          - {id: flask, name: Flask}
        sections:
          - id: main
            title: Main
            questions:
              - id: api
                prompt: Will you have an API?
                help: APIs and pages pull different ways.
                kind: yesno
                weight: 3
                answers:
                  - {id: "yes", label: "Yes", points: {django: 1, flask: 2}, reason: An API suits a small core.}
                  - {id: "no", label: "No", points: {django: 2}, reason: Pages first suit batteries included.}
              - id: admin
                prompt: Do you need an admin site?
                help: An admin site saves weeks.
                kind: yesno
                weight: 2
                answers:
                  - {id: "yes", label: "Yes", points: {django: 2}, reason: Django ships an admin site.}
                  - {id: "no", label: "No", points: {flask: 1}, reason: No admin needed keeps it lean.}
        """

    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// A folder with `worksheets/team-test.yaml`; returns it and the worksheet as loaded.
    func workspace() throws -> (folder: String, worksheet: Worksheet) {
        let folder = ScratchFolders.path("verdict-team-e2e")
        try FileManager.default.createDirectory(atPath: folder + "/worksheets", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder + "/results", withIntermediateDirectories: true)
        let path = folder + "/worksheets/team-test.yaml"
        try Data(Self.worksheetYAML.utf8).write(to: URL(fileURLWithPath: path))
        return (folder, try WorksheetLoader().load(contentsOf: path))
    }

    /// Writes one member's result file.
    func result(_ name: String, _ answers: [String: String], worksheet: Worksheet, sha: String? = nil, to path: String) throws {
        let document = ResultDocument(
            worksheet: ResultDocument.WorksheetInfo(
                id: worksheet.id, version: worksheet.version, title: worksheet.title, sha256: sha ?? worksheet.sha256),
            respondent: name, completedAt: "2026-11-25T10:00:00Z",
            answers: answers.sorted { $0.key < $1.key }.map {
                ResultDocument.AnswerEntry(question: $0.key, answer: $0.value, label: $0.value, importance: 1)
            },
            scores: [], recommendation: ResultDocument.RecommendationEntry(option: nil, kind: "too-close", margin: 0),
            reasons: [], sensitivity: ResultDocument.SensitivityEntry(robustness: "", pivotal: [], flipPoints: []))
        try document.encoded().write(to: URL(fileURLWithPath: path))
    }

    func run(_ arguments: [String], in folder: String) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CONFIG_HOME"] = folder + "/config"
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Three members (factor = weight): Ana (yes, yes) Django 3×1 + 2×2 = 7, Flask 3×2 = 6;
    /// Ben (yes, no) Django 3, Flask 6 + 2×1 = 8; Cy (no, yes) Django 3×2 + 4 = 10, Flask 0.
    /// Reachable: Django 3×2 + 2×2 = 10, Flask 3×2 + 2×1 = 8.
    func team(in folder: String, worksheet: Worksheet) throws {
        try result("Ana", ["api": "yes", "admin": "yes"], worksheet: worksheet, to: folder + "/results/ana.json")
        try result("Ben", ["api": "yes", "admin": "no"], worksheet: worksheet, to: folder + "/results/ben.json")
        try result("Cy", ["api": "no", "admin": "yes"], worksheet: worksheet, to: folder + "/results/cy.json")
    }

    @Test func mergesAFolderAsJSONAndWritesTheRecord() throws {
        let (folder, worksheet) = try workspace()
        try team(in: folder, worksheet: worksheet)
        let run = try run(["team", "results", "--format", "json", "--output", "team.json", "--adr", "decision.md"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/team.json"))
        let document = try JSONDecoder().decode(TeamDocument.self, from: data)
        #expect(document.members.map(\.name) == ["Ana", "Ben", "Cy"])
        #expect(document.members.map(\.pick) == ["django", "flask", "django"])
        // Django (7 + 3 + 10) ÷ 3 = 20/3, Flask (6 + 8 + 0) ÷ 3 = 14/3; margin (6/3) ÷ 10 = 0.2.
        #expect(abs(document.scores[0].mean - 20.0 / 3.0) < 1e-12)
        #expect(document.recommendation.option == "django")
        #expect(abs(document.recommendation.margin - 0.2) < 1e-12)
        #expect(document.disagreements.map(\.question) == ["api", "admin"])
        let record = try String(contentsOfFile: folder + "/decision.md", encoding: .utf8)
        #expect(record.hasPrefix("# Django or Flask?\n"))
        #expect(record.contains("## Decision Outcome"))
    }

    @Test func textIsTheDefault() throws {
        let (folder, worksheet) = try workspace()
        try team(in: folder, worksheet: worksheet)
        let run = try run(["team", "results/ana.json", "results/ben.json", "results/cy.json"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Team recommendation: Django"))
        #expect(run.stdout.contains("Yes — Ana, Ben: An API suits a small core."))
    }

    @Test func aTruncatedFileFailsWithItsNameAndPosition() throws {
        let (folder, worksheet) = try workspace()
        try team(in: folder, worksheet: worksheet)
        let path = folder + "/results/ben.json"
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        try bytes.prefix(bytes.count - 40).write(to: URL(fileURLWithPath: path))
        let run = try run(["team", "results", "--output", "team.json"], in: folder)
        #expect(run.status == 65)
        #expect(run.stderr.hasPrefix("verdict: results/ben.json:"))
        #expect(run.stderr.contains("truncated"))
        #expect(run.stderr.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: folder + "/team.json"))
    }

    @Test func mixedVersionsFailNamingTheOddFile() throws {
        let (folder, worksheet) = try workspace()
        try team(in: folder, worksheet: worksheet)
        try result("Dee", ["api": "no"], worksheet: worksheet, sha: String(repeating: "ab", count: 32),
                   to: folder + "/results/dee.json")
        let failed = try run(["team", "results"], in: folder)
        #expect(failed.status == 65)
        #expect(failed.stderr.hasPrefix("verdict: results/dee.json:"))
        #expect(failed.stderr.contains("3 of 4 results answered version 1.0.0"))
        let allowed = try run(["team", "results", "--allow-mixed-versions", "--format", "markdown"], in: folder)
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(allowed.stdout.contains("- Deciders: Ana, Ben, Cy, Dee"))
    }

    @Test func missingInputAndUnwritableOutput() throws {
        let (folder, worksheet) = try workspace()
        let missing = try run(["team", "nowhere"], in: folder)
        #expect(missing.status == 66)
        #expect(missing.stderr == "verdict: nowhere: no such file or folder\n")
        try team(in: folder, worksheet: worksheet)
        let unwritable = try run(["team", "results", "--output", "no/such/dir/team.json"], in: folder)
        #expect(unwritable.status == 73)
        #expect(unwritable.stderr.hasPrefix("verdict: no/such/dir/team.json: cannot write"))
        // A bad --adr path fails before --output is written.
        let badRecord = try run(["team", "results", "--output", "team.json", "--adr", "no/dir/adr.md"], in: folder)
        #expect(badRecord.status == 73)
        #expect(!FileManager.default.fileExists(atPath: folder + "/team.json"))
    }

    /// QA s6: `--adr`/`--output` naming a result being merged replaced it with the report.
    @Test func anOutputNamingAResultBeingMergedIsRefusedBeforeAnythingIsWritten() throws {
        let (folder, worksheet) = try workspace()
        try team(in: folder, worksheet: worksheet)
        let before = try ["ana", "ben", "cy"].map { try Data(contentsOf: URL(fileURLWithPath: folder + "/results/\($0).json")) }
        let cases: [([String], String)] = [
            (["team", "results", "--adr", "results/ana.json"], "verdict: results/ana.json: --adr names one of the results being merged"),
            (["team", "results", "--format", "json", "--output", "./results/ben.json"],
             "verdict: ./results/ben.json: --output names one of the results being merged (results/ben.json)"),
            (["team", "results/ana.json", "results/cy.json", "--format", "markdown", "--output", "results/cy.json"],
             "verdict: results/cy.json: --output names one of the results being merged"),
            (["team", "results", "--output", "team.md", "--adr", "team.md"], "verdict: team.md: --adr names the file --output writes"),
            (["team", "results", "--output", "team.md", "--adr", "results/../results/ana.json"],
             "verdict: results/../results/ana.json: --adr names one of the results being merged (results/ana.json)"),
        ]
        for (arguments, message) in cases {
            let run = try run(arguments, in: folder)
            #expect(run.status == 73, "\(arguments)")
            #expect(run.stderr.hasPrefix(message), "\(run.stderr)")
            #expect(run.stderr.split(separator: "\n").count == 1)
        }
        let after = try ["ana", "ben", "cy"].map { try Data(contentsOf: URL(fileURLWithPath: folder + "/results/\($0).json")) }
        #expect(after == before)
        #expect(!FileManager.default.fileExists(atPath: folder + "/team.md"))
    }

    @Test func anUnknownWorksheetNamesTheFile() throws {
        var (folder, worksheet) = try workspace()
        worksheet.id = "no-such-sheet"
        try result("Ana", ["api": "yes"], worksheet: worksheet, to: folder + "/results/ana.json")
        let run = try run(["team", "results"], in: folder)
        #expect(run.status == 66)
        #expect(run.stderr.hasPrefix("verdict: results/ana.json: answered worksheet 'no-such-sheet', which is not found"))
    }

    @Test func aFolderWithTwoResultsOfOnePersonFails() throws {
        let (folder, worksheet) = try workspace()
        try team(in: folder, worksheet: worksheet)
        try result("ana", ["api": "no", "admin": "no"], worksheet: worksheet, to: folder + "/results/ana-again.json")
        let run = try run(["team", "results"], in: folder)
        #expect(run.status == 65)
        #expect(run.stderr.contains("results/ana.json:"))
        #expect(run.stderr.contains("also answered in results/ana-again.json"))
    }

    @Test func schemaTeamPrintsTheSchemaFile() throws {
        let (folder, _) = try workspace()
        let run = try run(["schema", "team"], in: folder)
        #expect(run.status == 0)
        let file = try String(contentsOfFile: Self.repository.appendingPathComponent("schemas/team.schema.json").path, encoding: .utf8)
        #expect(run.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == file.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}

/// `verdict meeting` in plain line mode, answers piped in.
@Suite struct TeamMeetingCommandTests {
    @Test func aMeetingRunsToTheTeamResult() throws {
        let suite = TeamCommandTests()
        let (folder, _) = try suite.workspace()
        // api: Ana 1 (yes), Ben 2 (no) → reveal, team takes 1; admin: both 1 (yes) → team takes Enter.
        let input = "1\n2\n1\n1\n1\n\n"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TeamCommandTests.binary)
        process.arguments = ["meeting", "team-test", "--members", "Ana,Ben"]
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = ProcessInfo.processInfo.environment.merging(["LANG": "C.UTF-8"]) { $1 }
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = Pipe()
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = String(decoding: stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        // Before the reveal only "answered" shows; after it, who chose what.
        let reveal = try #require(output.range(of: "(1): Ana"))
        let before = output[..<reveal.lowerBound]
        #expect(before.contains("Ana  ✓ answered"))
        #expect(before.range(of: #"\(\d+\): "#, options: .regularExpression) == nil)
        #expect(output.contains("2. No (1): Ben"))
        #expect(output.contains("Team result: Django or Flask?"))
        // Both agreed answers count for everyone: the team JSON has no open disagreement left.
        let team = try Data(contentsOf: URL(fileURLWithPath: folder + "/verdict-meeting-team-test/team.json"))
        let document = try JSONSerialization.jsonObject(with: team) as? [String: Any]
        #expect((document?["disagreements"] as? [Any])?.isEmpty == true)
        let agreed = (document?["meeting"] as? [String: Any])?["agreed"] as? [[String: Any]] ?? []
        #expect(agreed.compactMap { $0["question"] as? String } == ["api", "admin"])
    }

    @Test func aBadMembersListIsAUsageError() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TeamCommandTests.binary)
        process.arguments = ["meeting", "--members", "Ana,,Ben"]
        process.standardOutput = Pipe()
        process.standardError = Pipe()
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 64)
    }
}
