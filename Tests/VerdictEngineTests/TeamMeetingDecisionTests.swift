import Foundation
import Testing
import VerdictTestSupport
@testable import VerdictEngine

/// What a meeting decides after the reveal reaches the figures, team.json and decision.md.
@Suite struct TeamMeetingDecisionTests {
    let worksheet = TeamFixtures.worksheet()

    func report(_ decision: MeetingDecision) throws -> TeamReport {
        try TeamMerger(worksheet: worksheet).merge(meeting: TeamFixtures.team, decision: decision) { "\($0).json" }
    }

    func mean(_ report: TeamReport, _ option: String) -> Double {
        report.scores.first { $0.option == option }?.mean ?? .nan
    }

    @Test func anAgreedAnswerCountsForEveryoneAndIsNoLongerADisagreement() throws {
        let before = try report(MeetingDecision())
        #expect(before.disagreements.map(\.question).contains("api"))
        var decision = MeetingDecision()
        decision.agree("api", answer: "no", members: TeamFixtures.team)
        let after = try report(decision)
        #expect(!after.disagreements.map(\.question).contains("api"))
        #expect(after.agreed.map(\.question).contains("api"))
        // api (weight 3): yes gave Django 1 and Flask 2, no gives Django 2. Ana, Ben and Dee
        // answered yes: Django gains 3 × 3 ÷ 5 = 1.8; Flask loses 3 × 2 × 3 ÷ 5 = 3.6, and
        // the async question (shown only after yes) stops counting Ana's and Ben's yes: 0.4.
        #expect(abs(mean(after, "django") - mean(before, "django") - 1.8) < 1e-9)
        #expect(abs(mean(before, "flask") - mean(after, "flask") - 4.0) < 1e-9)
        let document = TeamDocument(report: after)
        #expect(document.meeting?.agreed == [
            TeamDocument.AgreedAnswer(question: "api", prompt: "Will you have an API?", answer: "no", label: "No", before: [
                .init(member: "Ana", answer: "yes", label: "Yes"), .init(member: "Ben", answer: "yes", label: "Yes"),
                .init(member: "Cy", answer: "no", label: "No"), .init(member: "Dee", answer: "yes", label: "Yes"),
                .init(member: "Eli", answer: "no", label: "No"),
            ]),
        ])
        // Each member's own answer is kept where the agreed one replaced it (nothing lost).
        #expect(TeamDecisionRecord.render(after).contains("before: Ana Yes, Ben Yes, Cy No, Dee Yes, Eli No"))
        let record = TeamDecisionRecord.render(after)
        let open = try #require(record.range(of: "## Open Disagreements"))
        #expect(!record[open.lowerBound...].contains("Will you have an API?"))
        #expect(record.contains("Agreed team answer: Will you have an API? — No"))
        #expect(record.contains("Will you have an API? (weight 3): No (agreed by the team)"))
        #expect(record.contains("Pages first suit batteries included. (agreed by the team in the meeting)"))
    }

    @Test func aRoundsVotesCountOnlyOnceRevealedAndThePreviousRoundIsKept() throws {
        var decision = MeetingDecision()
        decision.openRound(on: "admin", members: TeamFixtures.team)
        let counted = [decision.vote("Eli", answer: "yes"), decision.vote("Ben", answer: "yes")]
        #expect(counted == [true, true])
        let hidden = try report(decision)
        let base = try report(MeetingDecision())
        #expect(hidden.scores == base.scores)
        #expect(hidden.disagreements.map(\.question) == base.disagreements.map(\.question))
        let hiddenDocument = TeamDocument(report: hidden)
        #expect(hiddenDocument.meeting?.rounds.first?.votes == [])
        #expect(hiddenDocument.meeting?.rounds.first?.revealed == false)
        #expect(decision.redacted(for: "Ben").openRound?.votes == ["Ben": "yes"])

        let revealed = decision.revealRound()
        #expect(revealed)
        let shown = try report(decision)
        #expect(!shown.disagreements.map(\.question).contains("admin"))
        let round = try #require(TeamDocument(report: shown).meeting?.rounds.first)
        #expect(round.round == 2)
        #expect(round.before.first { $0.member == "Ben" }?.answer == "no")
        #expect(round.votes.map(\.member) == ["Ben", "Eli"])
        let again = decision.revealRound()
        #expect(!again)
    }

    @Test func reVotesAreNumberedFromOneAndWhoDidNotVoteKeptTheirAnswer() throws {
        // admin: Ana, Cy, Dee yes; Ben, Eli no. Ben and Eli vote yes; the others do not vote.
        var decision = MeetingDecision()
        decision.openRound(on: "admin", members: TeamFixtures.team)
        decision.vote("Ben", answer: "yes")
        decision.vote("Eli", answer: "yes")
        decision.revealRound()
        let record = TeamDecisionRecord.render(try report(decision))
        #expect(record.contains("- Re-vote on Do you need an admin site?: before Ana Yes, Ben No, Cy Yes, Dee Yes, Eli No; "
            + "re-vote 1: Ana kept Yes, Ben Yes, Cy kept Yes, Dee kept Yes, Eli Yes"))
        #expect(!record.contains("round 2"))
        // The same history for every screen: each step, and the outcome in a few words.
        let question = try #require(worksheet.question("admin"))
        let history = try #require(MeetingHistory(question, decision: decision))
        #expect(history.steps.map(\.revote) == [0, 1])
        #expect(MeetingHistory.title(history.steps[1]) == "Re-vote 1")
        #expect(history.said(history.steps[1]) == "Ana kept Yes, Ben Yes, Cy kept Yes, Dee kept Yes, Eli Yes")
        #expect(history.outcome == "re-vote 1: Yes 5, was Yes 3 · No 2")
        // A second re-vote, then an agreed answer: the outcome says so, "was" the answers it
        // replaced (after the re-votes, as the record's "before"), most given first.
        decision.openRound(on: "admin", members: TeamFixtures.team)
        decision.vote("Ana", answer: "no")
        decision.revealRound()
        #expect(TeamDecisionRecord.render(try report(decision)).contains("; re-vote 2: Ana No, Ben kept Yes"))
        decision.agree("admin", answer: "no", members: TeamFixtures.team)
        let agreed = try #require(MeetingHistory(question, decision: decision))
        #expect(agreed.steps.count == 3)
        #expect(agreed.outcome == "agreed No, was Yes 4 · No 1")
        #expect(MeetingHistory.all(decision, worksheet: worksheet).map(\.question.id) == ["admin"])
        // A re-vote that leaves the tally as it was says so.
        var same = MeetingDecision()
        same.openRound(on: "api", members: TeamFixtures.team)
        same.vote("Ana", answer: "yes")
        same.revealRound()
        #expect(MeetingHistory(try #require(worksheet.question("api")), decision: same)?.outcome == "re-vote 1: Yes 3 · No 2, unchanged")
        #expect(MeetingHistory(try #require(worksheet.question("api")), decision: decision) == nil)
    }

    @Test func anAcceptedDecisionWithANoteReachesTheRecordSanitised() throws {
        var decision = MeetingDecision()
        decision.accept(note: "Ship it\n\u{1B}[31m *now* ")
        #expect(decision.note?.contains("\u{1B}") == false)
        #expect(decision.note?.contains("\n") == false)
        let record = TeamDecisionRecord.render(try report(decision))
        #expect(record.contains("- Status: accepted"))
        #expect(record.contains("The team accepted this decision: Ship it"))
        #expect(!record.contains("*now*"))
        #expect(TeamDecisionRecord.render(try report(MeetingDecision())).contains("- Status: proposed"))
        var blank = MeetingDecision()
        blank.accept(note: "   ")
        #expect(blank.note == nil && blank.accepted)
    }

    @Test func aTeamResultTooCloseToCallCannotBeAcceptedUntilAnAgreedAnswerTipsIt() throws {
        // Ana's yes gives Django 1, Ben's no gives Flask 1: an exact tie.
        let team = [Responses(respondent: "Ana", answers: ["python": "yes"]), Responses(respondent: "Ben", answers: ["python": "no"])]
        func recommendation(_ decision: MeetingDecision) throws -> Recommendation {
            try TeamMerger(worksheet: worksheet).merge(meeting: team, decision: decision) { "\($0).json" }.recommendation
        }
        var decision = MeetingDecision()
        #expect(try recommendation(decision).kind == .tooClose)
        let refused = decision.accept(note: "Go with Django", on: try recommendation(decision))
        #expect(!refused)
        #expect(!decision.accepted && decision.note == nil)
        decision.agree("python", answer: "yes", members: team)
        let tipped = try recommendation(decision)
        #expect(tipped.option == "django" && tipped.kind != .tooClose)
        let accepted = decision.accept(note: "Go with Django", on: tipped)
        #expect(accepted)
        #expect(decision.accepted && decision.note == "Go with Django")
        #expect(DisplayWidth.of(MeetingDecision.nothingToAccept) <= 78)
    }

    @Test func teamDocumentsWithAndWithoutAMeetingValidate() throws {
        var decision = MeetingDecision()
        decision.agree("python", answer: "no", members: TeamFixtures.team)
        decision.openRound(on: "admin", members: TeamFixtures.team)
        decision.vote("Ana", answer: "no")
        decision.revealRound()
        decision.openRound(on: "team-size", members: TeamFixtures.team)
        decision.accept(note: "Agreed in the meeting")
        let meeting = try TeamDocument(report: report(decision)).encoded()
        let plain = try TeamDocument(report: TeamMerger(worksheet: worksheet).merge(TeamFixtures.team.map { try TeamFixtures.input($0) })).encoded()
        #expect(try SchemaCheck.problems([meeting, plain], schema: "team") == nil)
        #expect(String(decoding: plain, as: UTF8.self).contains("\"meeting\" : null"))
        #expect(String(decoding: meeting, as: UTF8.self).contains("\"schemaVersion\" : 3"))
    }
}
