import Testing
import VerdictEngine
@testable import VerdictUI

/// The meeting's steps after the reveal on the shared team results screen: agreed answer,
/// re-vote rounds, accepting with a note; a member's private vote.
@Suite struct TeamMeetingStepsTests {
    static let worksheet = TeamResultsTests.worksheet
    static let members = TeamResultsTests.responses

    static func facilitator(_ decision: MeetingDecision = MeetingDecision()) throws -> TeamResultsState {
        try TeamResultsState.meeting(worksheet: worksheet, members: members, decision: decision, role: .facilitator,
                                     defaultFolder: "out/")
    }

    func press(_ state: inout TeamResultsState, _ keys: Key...) -> [TeamResultsEffect] {
        keys.flatMap { TeamResults.update(&state, .key($0)) }
    }

    func decided(_ effects: [TeamResultsEffect]) -> MeetingDecision? {
        for case let .decided(decision) in effects { return decision }
        return nil
    }

    func text(_ state: TeamResultsState, width: Int = 100, height: Int = 40) -> String {
        TeamResultsRenderer.render(state, width: width, height: height).text
    }

    @Test func anAgreedAnswerSettlesTheQuestionAndChangesTheCombinedScores() throws {
        var state = try Self.facilitator()
        let first = try #require(state.report.disagreements.first)
        let question = try #require(Self.worksheet.question(first.question))
        let before = state.report.scores
        #expect(press(&state, .enter).isEmpty)
        #expect(text(state).contains("1. " + question.answers[0].label))
        let effects = press(&state, .character("2"))
        let decision = try #require(decided(effects))
        #expect(decision.agreed == [first.question: question.answers[1].id])
        #expect(state.view == .overview)
        #expect(!state.report.disagreements.map(\.question).contains(first.question))
        #expect(state.report.scores != before)
        // Settled, it stays in sight below the disagreements, with its outcome.
        #expect(text(state).contains("Settled in this meeting"))
        #expect(text(state).contains("agreed " + question.answers[1].label + ", was "))
        #expect(state.selection == 0, "the highlight moves on to the next disagreement")
        // The same figures as merging every member with that answer.
        let overridden = Self.members.map { member -> Responses in
            var member = member
            member.answers[first.question] = question.answers[1].id
            return member
        }
        let inputs = overridden.map { TeamInput(responses: $0, file: $0.respondent, worksheet: Self.worksheet) }
        #expect(state.report.scores == (try TeamMerger(worksheet: Self.worksheet).merge(inputs)).scores)
    }

    @Test func aReVoteIsHiddenUntilTheFacilitatorRevealsIt() throws {
        var state = try Self.facilitator()
        let question = try #require(state.report.disagreements.first?.question)
        let opened = try #require(decided(press(&state, .character("v"))))
        #expect(opened.openRound?.question == question)
        #expect(text(state).contains("0 of 3 voted"))

        var ana = state.seen(by: .member("Ana"))
        #expect(ana.voting)
        #expect(press(&ana, .enter) == [.bell])
        let answers = try #require(Self.worksheet.question(question)).answers
        #expect(press(&ana, .character("2")) == [.vote(question: question, answer: answers[1].id)])
        #expect(text(ana).contains("✓ your vote"))

        var withVotes = opened
        withVotes.vote("Ana", answer: answers[1].id)
        withVotes.vote("Ben", answer: answers[0].id)
        state.adopt(withVotes)
        #expect(text(state).contains("2 of 3 voted"))
        #expect(state.report.scores == (try Self.facilitator()).report.scores)

        // Not everyone voted: the first r asks, the second reveals.
        #expect(press(&state, .character("r")).isEmpty)
        #expect(text(state).contains("2 of 3 voted; r again reveals anyway"))
        let revealed = try #require(decided(press(&state, .character("r"))))
        #expect(revealed.rounds.first?.revealed == true)
        #expect(revealed.openRound == nil)
        #expect(press(&state, .character("r")) == [.bell])
    }

    @Test func aMembersScreenBeforeTheRoundsRevealIsTheSameWhateverTheOthersVoted() throws {
        let state = try Self.facilitator()
        var opened = state
        let decision = try #require(decided(press(&opened, .character("v"))))
        let question = try #require(decision.openRound?.question)
        let answers = try #require(Self.worksheet.question(question)).answers.map(\.id)
        var screens: Set<String> = []
        for ben in [nil] + answers.map(Optional.some) {
            for cy in [nil] + answers.map(Optional.some) {
                var votes = decision
                votes.vote("Ana", answer: answers[0])
                if let ben { votes.vote("Ben", answer: ben) }
                if let cy { votes.vote("Cy", answer: cy) }
                var facilitator = opened
                facilitator.adopt(votes)
                for keys in [[Key](), [.escape], [.down, .down]] {
                    var ana = facilitator.seen(by: .member("Ana"))
                    _ = keys.map { TeamResults.update(&ana, .key($0)) }
                    screens.insert("\(keys)" + TeamResultsRenderer.render(ana, width: 80, height: 24).text)
                }
            }
        }
        #expect(screens.count == 3)
    }

    @Test func aReVoteThatSettlesAQuestionStaysListedWithItsRoundsOnEveryScreen() throws {
        // years: Ana yes, Ben no, Cy yes. In the re-vote Ana and Ben vote yes; Cy does not vote.
        var state = try Self.facilitator()
        let place = try #require(state.report.disagreements.firstIndex { $0.question == "years" })
        let question = try #require(Self.worksheet.question("years"))
        let (yes, no) = (question.answers[0], question.answers[1])
        for _ in 0..<place { _ = press(&state, .down) }
        var decision = try #require(decided(press(&state, .character("v"))))
        #expect(decision.openRound?.question == "years")
        var ana = state.seen(by: .member("Ana"))
        _ = press(&ana, .character("1"))
        #expect(text(ana, width: 80, height: 24).contains("Your vote is in"))
        decision.vote("Ana", answer: yes.id)
        decision.vote("Ben", answer: yes.id)
        state.adopt(decision)
        _ = press(&state, .character("r"), .character("r"))
        #expect(!state.report.disagreements.contains { $0.question == "years" })
        let outcome = "re-vote 1: \(yes.label) 3, was \(yes.label) 2 · \(no.label) 1"
        ana.adopt(state.decision)
        var screens = [("facilitator", state), ("Ana", ana), ("Ben", state.seen(by: .member("Ben")))]
        var hotSeat = state
        hotSeat.role = .facilitator
        screens.append(("hot seat", hotSeat))
        for (who, screen) in screens {
            let shown = text(screen, width: 80, height: 24)
            #expect(shown.contains("Settled in this meeting"), "\(who):\n\(shown)")
            #expect(shown.contains(outcome), "\(who):\n\(shown)")
            #expect(!shown.contains("Your vote is in") && !shown.contains("Re-vote open"), "\(who):\n\(shown)")
        }
        #expect(text(ana, width: 80, height: 24).contains("Revealed — " + outcome))
        #expect(text(state, width: 80, height: 24).contains("Revealed on every screen — " + outcome))
        // The highlight stayed on the question; Enter shows each round, and who kept their answer.
        _ = press(&state, .enter)
        let drill = text(state, width: 80, height: 24)
        #expect(drill.contains("Settled in this meeting · "))
        #expect(drill.contains("Answered first: Ana \(yes.label), Ben \(no.label), Cy \(yes.label)"), "\(drill)")
        #expect(drill.contains("Re-vote 1: Ana \(yes.label), Ben \(yes.label), Cy kept \(yes.label)"), "\(drill)")
        // Agreeing on it there: the agreed answer follows the rounds.
        _ = press(&state, .character("1"))
        #expect(text(state, width: 80, height: 24).contains("agreed \(yes.label), was \(yes.label) 3"), "the answers it replaced")
        state.view = .disagreement(try #require(state.listed.firstIndex { $0.question == "years" }))
        let agreed = text(state, width: 80, height: 30)
        #expect(agreed.contains("Re-vote 1: ") && agreed.contains("Agreed: \(yes.label) (counts for everyone)"), "\(agreed)")
    }

    /// The fixture's team result is too close to call (Flask 15, Django 14 points), which
    /// cannot be accepted; with "Just me" agreed for the team size it leans to Flask.
    static func decisive() throws -> TeamResultsState {
        var decision = MeetingDecision()
        decision.agree("team-size", answer: "solo", members: members)
        return try facilitator(decision)
    }

    @Test func aMembersStatusRowFollowsEachStepAndRIsOfferedOnlyWithARoundOpen() throws {
        var state = try Self.decisive()
        var ben = state.seen(by: .member("Ben"))
        #expect(!text(state, width: 80).contains("r reveal round"))
        _ = press(&state, .character("v"))
        #expect(text(state, width: 80).contains("r reveal round"))
        ben.adopt(state.decision)
        _ = press(&ben, .character("1"))
        #expect(text(ben, width: 80, height: 24).contains("Your vote is in"))
        // The facilitator agrees an answer instead of revealing: Ben's row says so.
        let question = try #require(state.openQuestion)
        _ = press(&state, .enter, .character("2"))
        ben.adopt(state.decision)
        let agreed = text(ben, width: 80, height: 24)
        #expect(!agreed.contains("Your vote is in"))
        #expect(agreed.contains("Agreed: " + question.answers[1].label + " — "), "\(agreed)")
        #expect(!text(state, width: 80).contains("r reveal round"))
        _ = press(&state, .character("a"), .enter)
        ben.adopt(state.decision)
        #expect(text(ben, width: 80, height: 24).contains("Decision accepted."))
    }

    @Test func acceptingAsksForANoteAndRecordsIt() throws {
        var state = try Self.decisive()
        #expect(state.report.recommendation.kind != .tooClose)
        #expect(press(&state, .character("a")).isEmpty)
        #expect(state.note != nil)
        #expect(text(state).contains("Accept the decision"))
        for character in "Go with it; q later" { _ = press(&state, .character(character)) }
        let decision = try #require(decided(press(&state, .enter)))
        #expect(decision.accepted)
        #expect(decision.note == "Go with it; q later")
        #expect(text(state).contains("Decision accepted: Go with it; q later"))
        #expect(TeamDecisionRecord.render(state.report).contains("The team accepted this decision: Go with it; q later"))
        // A change after accepting takes the decision back to proposed.
        let changed = try #require(decided(press(&state, .enter, .character("1"))))
        #expect(!changed.accepted)
        #expect(TeamDecisionRecord.render(state.report).contains("- Status: proposed"))
        #expect(!text(state).contains("Decision accepted"))
    }

    /// The facilitator's 80×24 view of a tie: Ana's yes/no and Ben's no/yes give Django and
    /// Flask one point each.
    static func tie() throws -> TeamResultsState {
        let members = [Responses(respondent: "Ana", answers: ["years": "yes", "api": "no"]),
                       Responses(respondent: "Ben", answers: ["years": "no", "api": "yes"])]
        var state = try TeamResultsState.meeting(worksheet: worksheet, members: members, decision: MeetingDecision(),
                                                 role: .facilitator, defaultFolder: "out/")
        _ = TeamResults.update(&state, .resize(width: 80, height: 24))
        return state
    }

    @Test func aTooCloseTeamResultRefusesAcceptingWithANoticeThatFits80Columns() throws {
        var state = try Self.tie()
        #expect(state.report.recommendation.kind == .tooClose)
        #expect(!text(state, width: 80, height: 24).contains("a accept"), "the footer offers nothing to accept")
        #expect(press(&state, .character("a")) == [.bell])
        #expect(state.note == nil && !state.decision.accepted)
        #expect(text(state, width: 80, height: 24).contains(MeetingDecision.nothingToAccept))
        // An agreed Yes (Flask's point for both) tips it; then a accepts as before.
        #expect(decided(press(&state, .enter, .character("1"))) != nil)
        #expect(state.report.recommendation.option == "flask" && state.report.recommendation.kind != .tooClose)
        #expect(text(state, width: 80, height: 24).contains("a accept"))
        #expect(press(&state, .character("a")).isEmpty)
        #expect(state.note != nil)
        #expect(try #require(decided(press(&state, .enter))).accepted)
    }

    /// QA session 6: a round revealed after accepting withdrew the acceptance though the
    /// result stayed the same, and the word of it was cut off the end of the status row.
    @Test func onlyAStepThatChangesTheResultTakesTheAcceptanceBackAndSaysSoFirst() throws {
        var state = try Self.decisive()
        _ = TeamResults.update(&state, .resize(width: 80, height: 24))
        #expect(try #require(decided(press(&state, .character("a"), .enter))).accepted)
        let accepted = state.report.recommendation
        let question = try #require(state.report.disagreements.first?.question)
        let answers = try #require(Self.worksheet.question(question)).answers.map(\.id)
        // A round where everyone votes as before: opened and revealed, the decision stays accepted.
        #expect(try #require(decided(press(&state, .character("v")))).accepted)
        var decision = state.decision
        for member in Self.members { decision.vote(member.respondent, answer: member.answers[question] ?? answers[0]) }
        state.adopt(decision)
        let same = try #require(decided(press(&state, .character("r"))))
        #expect(same.accepted && same.rounds.last?.revealed == true && state.report.recommendation == accepted)
        #expect(state.notice?.hasPrefix("Revealed on every screen") == true, "\(state.notice ?? "")")
        // A round that moves the result takes it back to proposed, said first on the status row.
        _ = press(&state, .character("v"))
        // While it is open, `a` waits for its reveal, and says so.
        #expect(press(&state, .character("a")) == [.bell])
        #expect(state.note == nil && state.notice == MeetingDecision.roundStillOpen)
        #expect(text(state, width: 80, height: 24).contains(MeetingDecision.roundStillOpen))
        decision = state.decision
        for member in Self.members { decision.vote(member.respondent, answer: answers[answers.count - 1]) }
        state.adopt(decision)
        let moved = try #require(decided(press(&state, .character("r"))))
        try #require(state.report.recommendation != accepted)
        #expect(!moved.accepted)
        #expect(state.notice?.hasPrefix("Proposed again") == true, "\(state.notice ?? "")")
        let row = text(state, width: 80, height: 24).split(separator: "\n").first { $0.contains("Proposed again") }
        #expect(row != nil, "the withdrawal is cut off the status row")
    }

    /// F1 lists what the footer offers: no `a` while there is nothing to accept.
    @Test func theKeysListLeavesOutAcceptingWhileTheResultIsTooClose() throws {
        var state = try Self.tie()
        let accepting = "Record the decision as accepted"
        _ = press(&state, .function(1))
        #expect(text(state).contains("List every key."), "the keys list is open")
        #expect(!text(state).contains(accepting))
        _ = press(&state, .escape, .enter, .character("1"))
        #expect(state.report.recommendation.kind != .tooClose)
        _ = press(&state, .function(1))
        #expect(text(state).contains(accepting))
    }

    @Test func aChangeThatLeavesNothingToAcceptDoesNotOfferA() throws {
        var state = try Self.tie()
        // Agreed Yes, then agreed the answer that gives the other option its point: a tie again.
        for (question, answer) in [("years", "1"), ("api", "2")] {
            state.view = .disagreement(try #require(state.listed.firstIndex { $0.question == question }))
            #expect(decided(press(&state, .character(Character(answer)))) != nil)
            if question == "years" { _ = press(&state, .character("a"), .enter) }
            #expect(state.decision.accepted == (question == "years"))
        }
        #expect(state.report.recommendation.kind == .tooClose)
        let notice = try #require(state.notice)
        #expect(notice.hasPrefix("Proposed again: ") && !notice.contains("a accepts"), "\(notice)")
    }

    @Test func onlyTheFacilitatorHasTheMeetingKeysAndMembersCannotExport() throws {
        var viewer = try TeamResultsTests.state()
        #expect(press(&viewer, .character("v")) == [.bell])
        #expect(press(&viewer, .character("a")) == [.bell])
        var member = try Self.facilitator().seen(by: .member("Ben"))
        #expect(press(&member, .character("e")) == [.bell])
        #expect(press(&member, .character("v")) == [.bell])
        #expect(press(&member, .enter, .character("3")) == [.bell])
        #expect(!text(member).contains("e export"))
    }

    static let vetoSheet = Worksheet(
            id: "veto-test", title: "Veto", version: "1.0.0", description: "",
            options: [WorksheetOption(id: "a", name: "Alpha"), WorksheetOption(id: "b", name: "Beta")],
            sections: [WorksheetSection(id: "s", title: "S", questions: [
                Question(id: "must", prompt: "Must it run offline?", kind: .yesno, weight: 1, answers: [
                    Answer(id: "yes", label: "Yes", points: ["a": 1], reason: "Offline.", excludes: ["b"]),
                    Answer(id: "no", label: "No", points: ["b": 1], reason: "Online."),
                ]),
            ])], sha256: String(repeating: "3", count: 64), origin: "test")

    @Test func vetoesComeFirst() throws {
        let members = [Responses(respondent: "Ana", answers: ["must": "yes"]), Responses(respondent: "Ben", answers: ["must": "no"])]
        let state = try TeamResultsState.meeting(worksheet: Self.vetoSheet, members: members, decision: MeetingDecision(),
                                                 role: .member("Ben"), defaultFolder: "out/")
        let screen = text(state)
        let veto = try #require(screen.range(of: "Beta ruled out by Ana: Must it run offline? — Yes"))
        let disagreements = try #require(screen.range(of: "Disagreements"))
        #expect(veto.lowerBound < disagreements.lowerBound)
    }

    @Test func identicalVetoesAreOneLine() throws {
        let names = ["Ana", "Ben", "Cy", "Dee", "Eli"]
        for (count, who) in [(2, "Ana, Ben"), (5, "5 members")] {
            let members = names.prefix(count).map { Responses(respondent: $0, answers: ["must": "yes"]) }
            let state = try TeamResultsState.meeting(worksheet: Self.vetoSheet, members: members, decision: MeetingDecision(),
                                                     role: .facilitator, defaultFolder: "out/")
            let screen = TeamResultsRenderer.render(state, width: 80, height: 40).text
            #expect(screen.components(separatedBy: "ruled out by").count == 2, "\(screen)")
            #expect(screen.contains("Beta ruled out by \(who): Must it run offline? — Yes"), "\(screen)")
        }
    }

    @Test func meetingSnapshots() throws {
        var state = try Self.facilitator()
        var decision = MeetingDecision()
        decision.agree("admin", answer: "much", members: state.responses)
        state.adopt(decision)
        _ = press(&state, .character("v"))
        var ana = state.seen(by: .member("Ana"))
        _ = press(&ana, .down, .character("1"))
        for (name, screen) in [("facilitator", state), ("member-vote", ana)] {
            SnapshotAssertion.check(TeamResultsRenderer.render(screen, width: 80, height: 24), theme: .dark,
                                    named: "team-meeting-\(name)-80x24-dark")
        }
    }

    /// While a re-vote is open `a` is refused (the round's reveal may change the result) and
    /// left out of the footer and F1; opening a round that changes nothing yet keeps the
    /// decision accepted (its reveal decides, below) (QA s6).
    @Test func aRoundOpenRefusesAcceptingAndSaysTheDecisionIsProposedFirst() throws {
        var state = try Self.decisive()
        _ = TeamResults.update(&state, .resize(width: 80, height: 24))
        _ = press(&state, .character("a"), .enter)
        #expect(state.decision.accepted)
        let opened = try #require(decided(press(&state, .character("v"))))
        #expect(opened.accepted)
        #expect(state.notice?.hasPrefix("Re-vote open") == true, "\(state.notice ?? "")")
        #expect(!text(state, width: 80, height: 24).contains("a accept"))
        #expect(press(&state, .character("a")) == [.bell])
        #expect(state.note == nil)
        #expect(state.notice == MeetingDecision.roundStillOpen)
    }

    /// At 60×16 a member's vote screen shows every answer (the help is below them) and the
    /// "vote is in" line whole (QA s6).
    @Test func aMembersVoteFitsTheMinimumSize() throws {
        var state = try Self.facilitator()
        _ = press(&state, .character("v"))
        var ana = state.seen(by: .member("Ana"))
        _ = TeamResults.update(&ana, .resize(width: 60, height: 16))
        let question = try #require(ana.openQuestion)
        var screen = text(ana, width: 60, height: 16)
        for (index, answer) in question.answers.enumerated() {
            #expect(screen.contains("\(index + 1). " + answer.label), "\(screen)")
        }
        _ = press(&ana, .character("1"))
        screen = text(ana, width: 60, height: 16)
        #expect(screen.contains("Your vote is in, hidden; change it until the reveal."), "\(screen)")
    }
}
