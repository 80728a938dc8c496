import Foundation
import Testing
@testable import VerdictEngine

/// The text report and the decision record.
@Suite struct TeamRenderTests {
    func report(_ team: [Responses] = TeamFixtures.team) throws -> TeamReport {
        try TeamMerger(worksheet: TeamFixtures.worksheet()).merge(team.map { try TeamFixtures.input($0) })
    }

    static let tie = [
        Responses(respondent: "Kim", answers: ["api": "yes", "admin": "no", "team-size": "medium", "async": "yes", "python": "yes"]),
        Responses(respondent: "Mo", answers: ["api": "no", "admin": "no", "team-size": "medium", "python": "yes"]),
    ]

    @Test func textFitsEightyColumnsAndSaysWhoSaidWhat() throws {
        let text = TeamTextReport.render(try report())
        for line in text.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
        #expect(text.contains("Team recommendation: Django — clear (margin 32%)"))
        #expect(text.contains("4 of 5 members (80%) picked Django"))
        #expect(text.contains("1. Will you have an API? [api]"))
        #expect(text.contains("Yes — Ana, Ben, Dee: An API suits a small core."))
        #expect(text.contains("No — Cy, Eli: Pages first suit batteries included."))
        let api = try #require(text.range(of: "1. Will you have an API?"))
        let admin = try #require(text.range(of: "2. Do you need an admin site?"))
        #expect(api.lowerBound < admin.lowerBound)
        #expect(text.contains("Does the team know Python well? Yes (5)"))
    }

    /// After the meeting's agreed answers replaced some members' answers, their picks are not
    /// "their own": the consensus lines say the agreed answers are counted (QA s6).
    @Test func consensusAfterAgreedAnswersSaysTheyAreCounted() throws {
        let team = TeamFixtures.team
        var decision = MeetingDecision()
        let alone = try TeamMerger(worksheet: TeamFixtures.worksheet()).merge(meeting: team, decision: decision) { team[$0].respondent }
        #expect(TeamTextReport.render(alone).contains("picked Django themselves"))
        #expect(TeamDecisionRecord.render(alone).contains("reached this pick on their own."))
        decision.agree("api", answer: "yes", members: team)
        let agreed = try TeamMerger(worksheet: TeamFixtures.worksheet()).merge(meeting: team, decision: decision) { team[$0].respondent }
        let text = TeamTextReport.render(agreed).replacingOccurrences(of: "\n", with: " ")
        #expect(text.contains("picked Django with the team's agreed answers") && !text.contains("themselves"), "\(text)")
        let record = TeamDecisionRecord.render(agreed)
        #expect(record.contains("reached this pick with the team's agreed answers.") && !record.contains("on their own"), "\(record)")
    }

    @Test func namesCannotDriveTheTerminal() throws {
        var team = TeamFixtures.team
        team[0].respondent = "Ana\u{1B}]0;owned\u{07}"
        let text = TeamTextReport.render(try report(team))
        #expect(!text.contains("\u{1B}"))
        #expect(!text.contains("\u{07}"))
    }

    @Test func decisionRecordHasTheMADRSections() throws {
        let date = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18 UTC
        let record = TeamDecisionRecord.render(try report(), date: date)
        let headings = record.split(separator: "\n").filter { $0.hasPrefix("#") }.map(String.init)
        #expect(headings == [
            "# Django or Flask?", "## Discuss First", "## Context and Problem Statement", "## Decision Drivers",
            "## Considered Options", "## Decision Outcome", "### Consequences", "## Open Disagreements",
        ])
        #expect(record.contains("- Status: proposed"))
        #expect(record.contains("- Date: 2026-11-18"))
        #expect(record.contains("- Deciders: Ana, Ben, Cy, Dee, Eli"))
        #expect(record.contains("| Option | Mean points | Median | Spread | Percent | Picked by |"))
        #expect(record.contains("| Django | 9.8 | 10 | 10 | 71% | 4 |"))
        #expect(record.contains("| Flask | 5.4 | 6 | 11 | 45% | 1 |"))
        #expect(record.contains("Chosen option: \"Django\" — a clear result (margin 32%), because:"))
        #expect(record.contains("- Django ships an admin site. (3 of 5 answered so)"))
        #expect(record.contains("- Bad: An API suits a small core. (counts for Flask; 3 of 5 answered so)"))
        #expect(record.contains("- Will you have an API? (weight 3): Yes (Ana, Ben, Dee); No (Cy, Eli)"))
        #expect(record.contains("1. Will you have an API? (split 1, impact 6)"))
    }

    @Test func consensusOnATooCloseResultNamesTheLeaderNotATeamPick() throws {
        var report = try report()
        report.recommendation.kind = .tooClose
        let leader = try #require(report.recommendation.option.flatMap { report.worksheet.option($0) }).name
        let record = TeamDecisionRecord.render(report)
        #expect(record.contains("%) picked the leader, \(leader), on their own."), "\(record)")
        #expect(!record.contains("reached this pick"))
    }

    /// A margin whose whole figure equals a threshold shows one decimal, as `score` does (QA s5b).
    @Test func aMarginThatRoundsToAThresholdShowsOneDecimal() throws {
        var report = try report()
        report.worksheet.thresholds = Thresholds(tooClose: 0.03, lean: 0.15)
        report.recommendation.kind = .tooClose
        report.recommendation.margin = 0.025
        #expect(TeamTextReport.render(report).contains("— too close (margin 2.5%)"))
        report.recommendation.kind = .lean
        report.recommendation.margin = 0.146
        #expect(TeamTextReport.render(report).contains("— lean (margin 14.6%)"))
        #expect(TeamDecisionRecord.render(report).contains("a lean result (margin 14.6%), because:"))
    }

    @Test func decisionRecordRendersTooClose() throws {
        let record = TeamDecisionRecord.render(try report(Self.tie))
        #expect(record.contains("Too close to call — discuss first: Will you have an API?"))
        #expect(!record.contains("Chosen option"))
        #expect(record.contains("## Open Disagreements"))
    }
}
