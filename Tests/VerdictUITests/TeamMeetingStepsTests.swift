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
        #expect(text(state).contains("✓ " + question.prompt))
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

    @Test func acceptingAsksForANoteAndRecordsIt() throws {
        var state = try Self.facilitator()
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

    @Test func vetoesComeFirst() throws {
        let sheet = Worksheet(
            id: "veto-test", title: "Veto", version: "1.0.0", description: "",
            options: [WorksheetOption(id: "a", name: "Alpha"), WorksheetOption(id: "b", name: "Beta")],
            sections: [WorksheetSection(id: "s", title: "S", questions: [
                Question(id: "must", prompt: "Must it run offline?", kind: .yesno, weight: 1, answers: [
                    Answer(id: "yes", label: "Yes", points: ["a": 1], reason: "Offline.", excludes: ["b"]),
                    Answer(id: "no", label: "No", points: ["b": 1], reason: "Online."),
                ]),
            ])], sha256: String(repeating: "3", count: 64), origin: "test")
        let members = [Responses(respondent: "Ana", answers: ["must": "yes"]), Responses(respondent: "Ben", answers: ["must": "no"])]
        let state = try TeamResultsState.meeting(worksheet: sheet, members: members, decision: MeetingDecision(),
                                                 role: .member("Ben"), defaultFolder: "out/")
        let screen = text(state)
        let veto = try #require(screen.range(of: "Beta ruled out by Ana: Must it run offline? — Yes"))
        let disagreements = try #require(screen.range(of: "Disagreements"))
        #expect(veto.lowerBound < disagreements.lowerBound)
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
}
