import Foundation
import Testing
@testable import VerdictEngine

/// The top of the team reports: "Discuss first" (at most three), vetoes, the order of
/// disagreements in words, ties by impact, and no minority answer stated as the team's fact.
/// Snapshots under `Fixtures/team-reports/` (record with `VERDICT_RECORD_SNAPSHOTS=1`).
@Suite struct TeamDiscussFirstTests {
    /// Three members on the small fixture worksheet. Priorities: api 1 × 6, admin 1 × 4, then
    /// three ties at 1: team-size (split 0.5 × impact 2), async and python (split 1 × impact 1);
    /// the tie goes to team-size, whose answers move the scores more.
    static let three = [
        Responses(respondent: "Ana", answers: ["api": "yes", "admin": "yes", "team-size": "small", "async": "yes", "python": "yes"]),
        Responses(respondent: "Ben", answers: ["api": "yes", "admin": "no", "team-size": "large", "async": "no", "python": "no"]),
        Responses(respondent: "Cy", answers: ["api": "no", "admin": "yes", "team-size": "small", "python": "yes"]),
    ]

    /// Three members on the default worksheet; Ana's "must be ready on day one" rules Flask out
    /// for her, and only she calls the team fairly new.
    static let veto: [Responses] = [
        Responses(respondent: "Ana", answers: [
            "team-experience": "junior", "admin-needed": "yes", "admin-day-one": "yes", "api": "none",
            "database": "relational", "microservices": "no",
        ]),
        Responses(respondent: "Ben", answers: [
            "team-experience": "mixed", "admin-needed": "yes", "admin-day-one": "no", "api": "none",
            "database": "relational", "microservices": "no",
        ]),
        Responses(respondent: "Cy", answers: [
            "team-experience": "mixed", "admin-needed": "yes", "admin-day-one": "no", "api": "api-only",
            "database": "relational", "microservices": "no",
        ]),
    ]

    static let date = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18 UTC

    func threeReport() throws -> TeamReport {
        try TeamMerger(worksheet: TeamFixtures.worksheet()).merge(Self.three.map { try TeamFixtures.input($0) })
    }

    func vetoReport() throws -> TeamReport {
        let worksheet = try WorksheetCatalog(folders: []).resolve(WorksheetCatalog.defaultWorksheetID)
        let inputs = try Self.veto.map { responses in
            let document = ResultBuilder.document(worksheet: worksheet, responses: responses, completedAt: Self.date)
            return try ResultFileParser().parse(bytes: [UInt8](try document.encoded()), file: "\(responses.respondent).json")
        }
        return try TeamMerger(worksheet: worksheet).merge(inputs)
    }

    @Test func threeMembersTiesGoToImpact() throws {
        let report = try threeReport()
        #expect(report.disagreements.map(\.question) == ["api", "admin", "team-size", "async", "python"])
        #expect(report.discussFirst.map(\.question) == ["api", "admin", "team-size"])
    }

    @Test func threeMembersText() throws {
        let text = TeamTextReport.render(try threeReport())
        for line in text.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
        try Self.check(text, named: "team-of-three.txt")
    }

    @Test func threeMembersRecord() throws {
        try Self.check(TeamDecisionRecord.render(try threeReport(), date: Self.date), named: "team-of-three.md")
    }

    @Test func vetoAtTheTopAndNoMinorityAsFact() throws {
        let report = try vetoReport()
        #expect(report.vetoes == [TeamVeto(
            member: "Ana", option: "flask", question: "admin-day-one",
            prompt: "Must that back office be ready on day one, with no time set aside to build one?",
            answer: "Yes, it is a must")])
        let text = TeamTextReport.render(report)
        for line in text.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
        let record = TeamDecisionRecord.render(report, date: Self.date)
        // Only Ana answered "junior": her reason is hers, not the team's.
        #expect(!record.contains("\n- Your team is fairly new"))
        #expect(record.contains("- Ana (1 of 3) answered so: Your team is fairly new"))
        try Self.check(text, named: "team-with-veto.txt")
        try Self.check(record, named: "team-with-veto.md")
    }

    // MARK: - Snapshots

    static var directory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/team-reports")
    }

    static func check(_ actual: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let file = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["VERDICT_RECORD_SNAPSHOTS"] == "1" {
            try actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(expected == actual, "snapshot \(name) differs; actual:\n\(actual)", sourceLocation: sourceLocation)
    }
}
