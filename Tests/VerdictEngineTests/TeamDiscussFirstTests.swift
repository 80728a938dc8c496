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

    /// The fixture worksheet with a must-have: "the admin site must work on day one" rules
    /// Flask out (shown when admin = yes).
    static func vetoWorksheet() -> Worksheet {
        var worksheet = TeamFixtures.worksheet()
        worksheet.sections[0].questions.append(Question(
            id: "admin-now", prompt: "Must the admin site work on day one?", kind: .yesno, weight: 1,
            showWhen: Condition(question: "admin", answers: ["yes"]), answers: [
                Answer(id: "yes", label: "Yes, it is a must", points: ["django": 1],
                       reason: "Only Django ships an admin site on day one.", requires: "django"),
                Answer(id: "no", label: "No", reason: "There is time to build an admin site."),
            ]))
        return worksheet
    }

    /// Three members; Ana's must-have rules Flask out for her, and only she calls the team
    /// new to Python ("Newcomers learn a small core first").
    static let veto = [
        Responses(respondent: "Ana", answers: ["api": "no", "admin": "yes", "admin-now": "yes", "team-size": "large", "python": "no"]),
        Responses(respondent: "Ben", answers: ["api": "no", "admin": "yes", "admin-now": "no", "team-size": "large", "python": "yes"]),
        Responses(respondent: "Cy", answers: ["api": "yes", "admin": "yes", "admin-now": "no", "team-size": "medium", "async": "no", "python": "yes"]),
    ]

    static let date = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18 UTC

    func threeReport() throws -> TeamReport {
        try TeamMerger(worksheet: TeamFixtures.worksheet()).merge(Self.three.map { try TeamFixtures.input($0) })
    }

    func vetoReport() throws -> TeamReport {
        let worksheet = Self.vetoWorksheet()
        return try TeamMerger(worksheet: worksheet).merge(Self.veto.map { try TeamFixtures.input($0, worksheet: worksheet) })
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
            member: "Ana", option: "flask", question: "admin-now", prompt: "Must the admin site work on day one?",
            answer: "Yes, it is a must")])
        let text = TeamTextReport.render(report)
        for line in text.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
        let record = TeamDecisionRecord.render(report, date: Self.date)
        // Only Ana said the team is new to Python: her reason is hers, not the team's.
        #expect(!record.contains("\n- Newcomers learn"))
        #expect(record.contains("- Bad: Ana (1 of 3) answered so: Newcomers learn a small core first. (counts for Flask)"))
        try Self.check(text, named: "team-with-veto.txt")
        try Self.check(record, named: "team-with-veto.md")
    }

    /// Identical vetoes are one line in the text and decision.md, as on the screen (QA s5b).
    @Test func identicalVetoesAreOneLine() throws {
        let worksheet = Self.vetoWorksheet()
        let names = ["Ana", "Ben", "Cy", "Dee", "Eli"]
        for (count, who) in [(2, "Ana, Ben"), (5, "5 members")] {
            let members = names.prefix(count).map { Responses(respondent: $0, answers: ["admin": "yes", "admin-now": "yes"]) }
            let report = try TeamMerger(worksheet: worksheet).merge(members.map { try TeamFixtures.input($0, worksheet: worksheet) })
            let text = TeamTextReport.render(report)
            let record = TeamDecisionRecord.render(report, date: Self.date)
            let sentence = "Flask ruled out by \(who): Must the admin site work on day one? — Yes, it is a must"
            #expect(text.components(separatedBy: "ruled out by").count == 2, "\(text)")
            #expect(text.replacingOccurrences(of: "\n    ", with: " ").contains("  • " + sentence), "\(text)")
            #expect(record.components(separatedBy: "ruled out by").count == 2, "\(record)")
            #expect(record.contains("\n- " + sentence + "\n"), "\(record)")
        }
    }

    /// Only Cy answered `async`: one member's answer is not the team's agreement (QA i18).
    @Test func aQuestionOneMemberAnsweredIsNotAgreed() throws {
        let report = try vetoReport()
        #expect(report.agreed.map(\.question) == ["admin"])
        #expect(report.answeredByOne.map(\.question) == ["async"])
        #expect(TeamDocument(report: report).agreed.map(\.question) == ["admin"])
        let text = TeamTextReport.render(report)
        #expect(!text.contains("Is the API mostly async? No (1)"))
        #expect(text.contains("Answered by one member only (not agreed)\n  • Is the API mostly async? No (Cy)"))
        #expect(TeamDecisionRecord.render(report, date: Self.date)
            .contains("Answered by one member only (not agreed):\n\n- Is the API mostly async? — No (Cy)"))
    }

    /// A meeting of one (after removing a member): singular wording, and a tie that no
    /// disagreement moves is said to be one instead of sending the team to an empty list.
    @Test func aTeamOfOneIsSingularAndATieIsSaidAsSuch() throws {
        let alone = Responses(respondent: "Ana", answers: ["api": "yes", "admin": "yes", "team-size": "small", "python": "yes"])
        let report = try TeamMerger(worksheet: TeamFixtures.worksheet()).merge([try TeamFixtures.input(alone)])
        #expect(report.recommendation.kind == .tooClose)
        #expect(report.discussFirst.isEmpty)
        let record = TeamDecisionRecord.render(report, date: Self.date)
        #expect(!record.contains("1 deciders"), "\(record)")
        #expect(record.contains("The 1 decider answered the worksheet `team-test` (version 1.0.0) privately; this record holds their answers."))
        #expect(record.contains("Too close to call — a genuine tie on these answers: no disagreement moves the scores, "
            + "so discussing them will not settle it."), "\(record)")
        #expect(!record.contains("discuss first:"), "\(record)")
        let leaning = Responses(respondent: "Ana", answers: ["api": "yes", "admin": "yes", "team-size": "small"])
        let lean = try TeamMerger(worksheet: TeamFixtures.worksheet()).merge([try TeamFixtures.input(leaning)])
        let text = TeamTextReport.render(lean)
        #expect(text.contains("of 1 member ("), "\(text)")
        #expect(!TeamDecisionRecord.render(lean, date: Self.date).contains("of 1 deciders"))
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
