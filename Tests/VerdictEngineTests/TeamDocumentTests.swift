import Foundation
import Testing
import VerdictTestSupport
@testable import VerdictEngine

/// The team JSON contract: produced documents validate against schemas/team.schema.json.
@Suite struct TeamDocumentTests {
    func report(_ team: [Responses] = TeamFixtures.team) throws -> TeamReport {
        try TeamMerger(worksheet: TeamFixtures.worksheet()).merge(team.map { try TeamFixtures.input($0) })
    }

    @Test func producedDocumentsValidate() throws {
        let team = try TeamDocument(report: report()).encoded()
        let one = try TeamDocument(report: report([TeamFixtures.team[0]])).encoded()
        #expect(try SchemaCheck.problems([team, one], schema: "team") == nil)
    }

    @Test func theSchemaRejectsUnknownFields() throws {
        var object = try JSONSerialization.jsonObject(with: try TeamDocument(report: report()).encoded()) as? [String: Any]
        object?["extra"] = true
        let data = try JSONSerialization.data(withJSONObject: object ?? [:])
        let problem = try #require(try SchemaCheck.problems([data], schema: "team"))
        #expect(problem.contains("extra"))
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
        #expect(document.schemaVersion == 3)
        #expect(document.recommendation.option == "django")
        #expect(document.consensus.pickShare == 0.8)
        #expect(document.disagreements.map(\.question) == ["api", "admin", "team-size", "async"])
        #expect(document.disagreements[0].priority == 6)
        #expect(document.members.map(\.pick) == ["django", "flask", "django", "django", "django"])
        let decoded = try JSONDecoder().decode(TeamDocument.self, from: try document.encoded())
        #expect(decoded == document)
    }
}
