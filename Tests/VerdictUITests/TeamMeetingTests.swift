import Testing
import VerdictEngine
@testable import VerdictUI

/// The meeting session: hidden answers, reveal, facilitator's agreed answer, results.
@Suite struct TeamMeetingTests {
    static let worksheet = Worksheet(
        id: "meeting-test", title: "Django or Flask?", version: "1.0.0", description: "Meeting test.",
        options: [WorksheetOption(id: "django", name: "Django"), WorksheetOption(id: "flask", name: "Flask")],
        sections: [WorksheetSection(id: "main", title: "Main", questions: [
            Question(id: "api", prompt: "Will you have an API?", kind: .yesno, weight: 3, answers: [
                Answer(id: "yes", label: "Yes", points: ["flask": 2], reason: "An API suits a small core."),
                Answer(id: "no", label: "No", points: ["django": 2], reason: "Pages suit batteries included."),
            ]),
            Question(id: "async", prompt: "Mostly async?", kind: .yesno,
                     showWhen: Condition(question: "api", answers: ["yes"]), answers: [
                Answer(id: "yes", label: "Yes", points: ["flask": 1], reason: "Async wants a light core."),
                Answer(id: "no", label: "No", reason: "Sync works anywhere."),
            ]),
            Question(id: "admin", prompt: "Need an admin site?", kind: .yesno, weight: 2, answers: [
                Answer(id: "yes", label: "Yes", points: ["django": 2], reason: "Django ships an admin."),
                Answer(id: "no", label: "No", points: ["flask": 1], reason: "No admin keeps it lean."),
            ]),
        ])],
        sha256: "abc")

    static let members = ["Ana", "Ben", "Cy"]

    /// Feeds keys; returns the state.
    func play(_ keys: [Key]) -> MeetingState {
        var state = MeetingState(worksheet: Self.worksheet, members: Self.members)
        for key in keys { _ = MeetingSession.update(&state, key) }
        return state
    }

    /// The keys for one member choosing answer `index` (0 = first).
    func choose(_ index: Int) -> [Key] { Array(repeating: .down, count: index) + [.enter] }

    func screen(_ state: MeetingState) -> String { MeetingRenderer.render(state, width: 80, height: 24).text }

    @Test func hiddenAnswersNeverShowBeforeTheReveal() {
        // Every combination of the first two members' answers gives the very same screen,
        // so nothing on it can tell who chose what.
        var screens: Set<String> = []
        for first in 0..<2 {
            for second in 0..<2 {
                let state = play(choose(first) + choose(second))
                #expect(state.phase == .collecting)
                screens.insert(screen(state))
            }
        }
        #expect(screens.count == 1)
        let text = screens.first ?? ""
        #expect(text.contains("Ana  ✓ answered"))
        #expect(text.contains("Cy  ▶ answering"))
        #expect(!text.contains("(1)") && !text.contains("(2)"))
        // The member who answers first sees the same screen as the one after each other member.
        #expect(screen(play(choose(0))) == screen(play(choose(1))))
    }

    @Test func answersAreRevealedWhenAllHaveAnswered() {
        let state = play(choose(0) + choose(1) + choose(0))
        #expect(state.phase == .revealed)
        let text = screen(state)
        #expect(text.contains("› 1. Yes (2): Ana, Cy"))
        #expect(text.contains("  2. No (1): Ben"))
        #expect(text.contains("An API suits a small core."))
    }

    @Test func tabSkipsToTheNextMemberWhoHasNotAnswered() {
        let state = play([.tab] + choose(1))
        #expect(state.hasAnswered(1))
        #expect(!state.hasAnswered(0))
        #expect(state.memberIndex == 2)
    }

    @Test func theFacilitatorsAnswerDecidesWhichQuestionsFollow() {
        // Team agrees "no" on api: the async question is skipped.
        let noAPI = play(choose(0) + choose(1) + choose(0) + [.down, .enter])
        #expect(noAPI.agreed == ["api": "no"])
        #expect(noAPI.question?.id == "admin")
        // Team agrees "yes": async comes next.
        let withAPI = play(choose(0) + choose(1) + choose(0) + [.enter])
        #expect(withAPI.question?.id == "async")
        #expect(screen(withAPI).contains("Question 2 of 3"))
    }

    @Test func theMeetingEndsWithTheTeamResults() {
        // api: Ana yes, Ben no, Cy yes → agreed no; admin: all yes → agreed yes.
        let keys = choose(0) + choose(1) + choose(0) + [.down, .enter] + choose(0) + choose(0) + choose(0) + [.enter]
        let state = play(keys)
        #expect(state.phase == .results)
        // Ana: Flask 6, Django 4 → Flask; Ben: Django 6 + 4 = 10 → Django; Cy like Ana → Flask.
        #expect(state.report?.members.map(\.pick) == ["flask", "django", "flask"])
        let text = screen(state)
        #expect(text.contains("With the answers the team agreed on: Django"))
        #expect(text.contains("Team result: Django or Flask?"))
    }

    @Test func quitAndInterrupt() {
        var state = MeetingState(worksheet: Self.worksheet, members: Self.members)
        #expect(MeetingSession.update(&state, .character("q")) == [.quit(exitCode: 0)])
        #expect(MeetingSession.update(&state, .control("c")) == [.quit(exitCode: 130)])
        #expect(MeetingSession.update(&state, .character("x")) == [.bell])
    }
}
