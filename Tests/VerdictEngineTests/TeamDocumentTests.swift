import Foundation
import Testing
@testable import VerdictEngine

/// The team JSON contract: produced documents validate against schemas/team.schema.json.
@Suite struct TeamDocumentTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    func report(_ team: [Responses] = TeamFixtures.team) throws -> TeamReport {
        try TeamMerger(worksheet: TeamFixtures.worksheet()).merge(team.map { try TeamFixtures.input($0) })
    }

    /// Runs python3 jsonschema on the document; returns its exit status and output.
    func validate(_ data: Data) throws -> (status: Int32, output: String) {
        let folder = try TeamFixtures.folder()
        let path = folder + "/team.json"
        try data.write(to: URL(fileURLWithPath: path))
        let schema = Self.repository.appendingPathComponent("schemas/team.schema.json").path
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            errors = list(jsonschema.Draft202012Validator(schema).iter_errors(json.load(open(sys.argv[2]))))
            for e in errors: print(list(e.absolute_path), e.message)
            sys.exit(1 if errors else 0)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, schema, path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    @Test func producedDocumentsValidate() throws {
        let team = try validate(try TeamDocument(report: report()).encoded())
        #expect(team.status == 0, "\(team.output)")
        let one = try validate(try TeamDocument(report: report([TeamFixtures.team[0]])).encoded())
        #expect(one.status == 0, "\(one.output)")
    }

    @Test func theSchemaRejectsUnknownFields() throws {
        var object = try JSONSerialization.jsonObject(with: try TeamDocument(report: report()).encoded()) as? [String: Any]
        object?["extra"] = true
        let data = try JSONSerialization.data(withJSONObject: object ?? [:])
        let result = try validate(data)
        #expect(result.status == 1)
        #expect(result.output.contains("extra"))
    }

    @Test func keysAreSortedAndNullsExplicit() throws {
        let tie = [
            Responses(respondent: "Kim", answers: ["api": "yes", "admin": "no", "team-size": "medium", "async": "yes", "python": "yes"]),
            Responses(respondent: "Mo", answers: ["api": "no", "admin": "no", "team-size": "medium", "python": "yes"]),
        ]
        let text = String(decoding: try TeamDocument(report: report(tie)).encoded(), as: UTF8.self)
        #expect(text.contains("\"option\" : null"))
        #expect(text.contains("\"pickShare\" : null"))
        let agreed = try #require(text.range(of: "\"agreed\""))
        let consensus = try #require(text.range(of: "\"consensus\""))
        #expect(agreed.lowerBound < consensus.lowerBound)
        #expect(text.hasSuffix("}\n"))
    }

    @Test func theDocumentCarriesTheFigures() throws {
        let document = TeamDocument(report: try report())
        #expect(document.schemaVersion == 1)
        #expect(document.recommendation.option == "django")
        #expect(document.consensus.pickShare == 0.8)
        #expect(document.disagreements.map(\.question) == ["api", "admin", "team-size", "async"])
        #expect(document.disagreements[0].priority == 6)
        #expect(document.members.map(\.pick) == ["django", "flask", "django", "django", "django"])
        let decoded = try JSONDecoder().decode(TeamDocument.self, from: try document.encoded())
        #expect(decoded == document)
    }
}
