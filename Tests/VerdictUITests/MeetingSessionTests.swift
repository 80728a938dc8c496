import Testing
import VerdictEngine
@testable import VerdictUI

/// The meeting session: hidden answers, reveal, facilitator's agreed answer, results.
@Suite struct MeetingSessionTests {
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
            Question(id: "size", prompt: "How big is the team?", kind: .choice, answers: [
                Answer(id: "solo", label: "Just me", points: ["flask": 2], reason: "Solo keeps it small."),
                Answer(id: "small", label: "Two to five", points: ["flask": 1, "django": 1], reason: "Either works."),
                Answer(id: "large", label: "More than five", points: ["django": 2], reason: "Conventions help."),
            ]),
            Question(id: "admin", prompt: "Need an admin site?", kind: .yesno, weight: 2, answers: [
                Answer(id: "yes", label: "Yes", points: ["django": 2], reason: "Django ships an admin."),
                Answer(id: "no", label: "No", points: ["flask": 1], reason: "No admin keeps it lean."),
            ]),
        ])],
        sha256: "abc")

    static let members = ["Ana", "Ben", "Cy"]
    static let sizes = [(80, 24), (120, 40)]

    /// Feeds keys; returns the state and every effect.
    func play(_ keys: [Key]) -> (state: MeetingState, effects: [MeetingEffect]) {
        var state = MeetingState(worksheet: Self.worksheet, members: Self.members)
        var effects: [MeetingEffect] = []
        for key in keys { effects += MeetingSession.update(&state, key) }
        return (state, effects)
    }

    /// The keys for one member choosing answer `index` (0 = first) with the arrows (no
    /// answer is highlighted when a turn starts: the first ↓ lands on the first answer).
    func choose(_ index: Int) -> [Key] { Array(repeating: .down, count: index + 1) + [.enter] }

    /// The keys for one member typing the answer's number.
    func number(_ index: Int) -> [Key] { [.character(Character(String(index + 1)))] }

    func screen(_ state: MeetingState, _ width: Int = 80, _ height: Int = 24) -> String {
        MeetingRenderer.render(state, width: width, height: height).text
    }

    // MARK: - Hidden answers

    @Test func hiddenAnswersNeverShowBeforeTheReveal() {
        // Every combination of the first two members' answers, typed with arrows or digits,
        // draws the very same cells (text and colours) at both sizes: nothing can tell.
        for (width, height) in Self.sizes {
            var grids: Set<CellGrid> = []
            for first in 0..<2 {
                for second in 0..<2 {
                    for keys in [choose(first) + choose(second), number(first) + number(second), choose(first) + number(second)] {
                        let state = play(keys).state
                        #expect(state.phase == .collecting)
                        grids.insert(MeetingRenderer.render(state, width: width, height: height))
                    }
                }
            }
            #expect(grids.count == 1)
            let text = grids.first?.text ?? ""
            #expect(text.contains("Ana  ✓ answered"))
            #expect(text.contains("Cy   ▶ answering"))
            #expect(!text.contains("(1)") && !text.contains("(2)") && !text.contains("An API suits"))
        }
    }

    @Test func hiddenAnswersOnALaterThreeAnswerQuestion() {
        // After the first question is settled, the same holds on a question with three answers.
        let settled = choose(0) + choose(0) + choose(0) + [.enter] + choose(0) + choose(0) + choose(0) + [.enter]
        var grids: Set<CellGrid> = []
        for first in 0..<3 {
            for second in 0..<3 {
                let state = play(settled + number(first) + number(second)).state
                #expect(state.question?.id == "size")
                #expect(state.phase == .collecting)
                grids.insert(MeetingRenderer.render(state, width: 120, height: 40))
            }
        }
        #expect(grids.count == 1)
        // One member alone answering: the same screen whichever answer.
        #expect(screen(play(settled + number(0)).state) == screen(play(settled + number(2)).state))
    }

    @Test func answersAreRevealedWithBarsWhenAllHaveAnswered() {
        let state = play(choose(0) + choose(1) + choose(0)).state
        #expect(state.phase == .revealed)
        let text = screen(state)
        #expect(text.contains("› 1. Yes"))
        #expect(text.contains("(2): Ana, Cy"))
        #expect(text.contains("(1): Ben"))
        #expect(text.contains("████████"))
        #expect(text.contains("An API suits a small core."))
        #expect(text.contains("Facilitator: set the answer the team agrees on"))
    }

    // MARK: - Flow

    @Test func tabSkipsToTheNextMemberWhoHasNotAnswered() {
        let state = play([.tab] + choose(1)).state
        #expect(state.hasAnswered(1))
        #expect(!state.hasAnswered(0))
        #expect(state.memberIndex == 2)
    }

    @Test func theFacilitatorsAnswerDecidesWhichQuestionsFollow() {
        let noAPI = play(choose(0) + choose(1) + choose(0) + [.down, .enter]).state
        #expect(noAPI.agreed == ["api": "no"])
        #expect(noAPI.question?.id == "size")
        let withAPI = play(choose(0) + choose(1) + choose(0) + [.character("1")]).state
        #expect(withAPI.question?.id == "async")
        #expect(screen(withAPI).contains("Question 2 of 4"))
        let moveOn = play(choose(0) + choose(1) + choose(0) + [.character("n")]).state
        #expect(moveOn.agreed.isEmpty)
        #expect(moveOn.question?.id == "size")
    }

    @Test func everyAnswerAndDecisionIsAutosaved() {
        let (state, effects) = play(choose(0) + choose(1))
        #expect(effects == [
            .autosave(MeetingProgress(members: Self.members, answers: [["api": "yes"], [:], [:]], questionID: "api",
                                      importance: [[:], [:], [:]])),
            .autosave(MeetingProgress(members: Self.members, answers: [["api": "yes"], ["api": "no"], [:]],
                                      questionID: "api", importance: [[:], [:], [:]])),
        ])
        #expect(state.progress.answerCount == 2)
    }

    @Test func resumingRestoresTheQuestionAndTheReveal() {
        var revealed = play(choose(0) + choose(1) + choose(0)).state
        revealed.notice = nil
        let resumed = MeetingState(worksheet: Self.worksheet, progress: revealed.progress)
        #expect(resumed.phase == .revealed)
        #expect(screen(resumed) == screen(revealed))
        var halfway = play(choose(0) + choose(1) + choose(0) + [.enter] + choose(1)).state
        halfway.notice = nil
        let again = MeetingState(worksheet: Self.worksheet, progress: halfway.progress)
        #expect(again.phase == .collecting)
        #expect(again.question?.id == "async")
        #expect(again.memberIndex == 1)
        #expect(screen(again) == screen(halfway))
    }

    @Test func theMeetingEndsWithTheTeamResultsScreen() {
        // api: Ana yes, Ben no, Cy yes → agreed no; size: all small; admin: all yes.
        let keys = choose(0) + choose(1) + choose(0) + [.character("2")] + number(1) + number(1) + number(1) + [.enter]
            + choose(0) + choose(0) + choose(0) + [.enter]
        let (state, effects) = play(keys)
        #expect(state.phase == .results)
        #expect(effects.last == .autosave(state.progress))
        #expect(state.progress.questionID == nil)
        // The agreed answers count for everyone (api no, size small, admin yes): Django for
        // all three (Ana alone, on her own answers, would have picked Flask).
        #expect(state.report?.members.map(\.pick) == ["django", "django", "django"])
        #expect(state.report?.meeting?.agreed == ["api": "no", "size": "small", "admin": "yes"])
        #expect(state.report?.disagreements.isEmpty == true)
        let text = screen(state, 100, 40)
        #expect(text.contains("Settled in this meeting"))
        #expect(text.contains("1. Will you have an API?") && text.contains("agreed No, was Yes 2 · No 1"))
        #expect(text.contains("Verdict · Team result · Django or Flask?"))
        // Resuming a finished meeting opens the results again.
        #expect(MeetingState(worksheet: Self.worksheet, progress: state.progress).phase == .results)
    }

    @Test func theResultsScreenExports() {
        let keys = choose(0) + choose(1) + choose(0) + [.character("n")] + number(0) + number(0) + number(0) + [.enter]
            + choose(0) + choose(0) + choose(0) + [.enter]
        var state = play(keys).state
        #expect(MeetingSession.update(&state, .character("e")).isEmpty)
        #expect(state.results?.prompt?.text == "./verdict-meeting-meeting-test/")
        let members = state.memberResponses
        #expect(MeetingSession.update(&state, .enter) == [.export(folder: "./verdict-meeting-meeting-test/", responses: members, decision: state.decision)])
        _ = MeetingSession.update(&state, .exported(folder: "./verdict-meeting-meeting-test/", files: ["a", "b"]))
        #expect(state.results?.exportedTo == "./verdict-meeting-meeting-test/")
        #expect(screen(state).contains("exported"))
    }

    @Test func footerIsGeneratedFromTheKeyTable() {
        let collecting = screen(play([]).state, 120, 40)
        for binding in MeetingKeys.collecting.bindings where binding.inFooter {
            #expect(collecting.contains("\(binding.label) \(binding.short)"))
        }
        let revealed = screen(play(choose(0) + choose(0) + choose(0)).state, 120, 40)
        for binding in MeetingKeys.revealed.bindings where binding.inFooter {
            #expect(revealed.contains("\(binding.label) \(binding.short)"))
        }
    }

    @Test func quitInterruptAndStrayKeys() {
        var state = MeetingState(worksheet: Self.worksheet, members: Self.members)
        #expect(MeetingSession.update(&state, .character("q")) == [.quit(.done)])
        #expect(MeetingSession.update(&state, .control("c")) == [.quit(.aborted)])
        #expect(MeetingSession.update(&state, .control("z")) == [.suspend])
        #expect(MeetingSession.update(&state, .character("x")) == [.bell])
        #expect(MeetingSession.update(&state, .character("7")) == [.bell])
        #expect(state.progress.answerCount == 0)
    }

    @Test func tooSmallSaysSo() {
        let text = screen(play([]).state, 50, 12)
        #expect(text.contains("Enlarge the terminal to 60×16"))
    }
}

/// The plain-mode text of the meeting.
@Suite struct MeetingPlainTextTests {
    let suite = MeetingSessionTests()

    @Test func plainTextHidesAnswersUntilTheReveal() {
        var texts: Set<String> = []
        for first in 0..<2 {
            for second in 0..<2 {
                texts.insert(MeetingPlainText.render(suite.play(suite.choose(first) + suite.choose(second)).state))
            }
        }
        #expect(texts.count == 1)
        #expect(texts.first?.contains("Ana  ✓ answered") == true)
        let revealed = MeetingPlainText.render(suite.play(suite.choose(0) + suite.choose(1) + suite.choose(0)).state)
        #expect(revealed.contains("› 1. Yes (2): Ana, Cy"))
        #expect(revealed.contains("  2. No (1): Ben"))
        #expect(revealed.contains("An API suits a small core."))
    }
}

/// The list of keys (F1 or ?) on the meeting and results screens.
@Suite struct MeetingKeysListTests {
    let suite = MeetingSessionTests()

    @Test func f1ListsEveryKeyAndAnyKeyClosesIt() {
        var state = suite.play([]).state
        #expect(MeetingSession.update(&state, .function(1)).isEmpty)
        let text = MeetingRenderer.render(state, width: 80, height: 24).text
        #expect(text.contains("Keys while answering"))
        for binding in MeetingKeys.collecting.bindings {
            #expect(text.contains(binding.label), "missing \(binding.label)")
        }
        #expect(text.contains("Record that answer, hidden."))
        // The key that closes the list does nothing else: no answer is recorded.
        #expect(MeetingSession.update(&state, .character("1")).isEmpty)
        #expect(!state.showingKeys)
        #expect(state.progress.answerCount == 0)
        _ = MeetingSession.update(&state, .character("?"))
        #expect(MeetingSession.update(&state, .control("c")) == [.quit(.aborted)])
    }

    @Test func theResultsScreenListsItsKeysToo() throws {
        var state = try TeamResultsTests.state()
        _ = TeamResults.update(&state, .key(.character("?")))
        let text = TeamResultsRenderer.render(state, width: 80, height: 24).text
        #expect(text.contains("Show who answered what on the highlighted disagreement"))
        _ = TeamResults.update(&state, .key(.enter))
        #expect(!state.showingKeys)
        #expect(state.view == .overview)
    }
}

/// Backspace clears the last recorded answer before the reveal.
@Suite struct MeetingUndoTests {
    let suite = MeetingSessionTests()

    @Test func backspaceClearsTheLastAnswerWithoutShowingIt() {
        var state = suite.play(suite.choose(0) + suite.choose(1)).state
        let effects = MeetingSession.update(&state, .backspace)
        #expect(effects == [.autosave(MeetingProgress(members: MeetingSessionTests.members,
                                                      answers: [["api": "yes"], [:], [:]], questionID: "api",
                                                      importance: [[:], [:], [:]]))])
        #expect(state.memberIndex == 1)
        #expect(!state.hasAnswered(1))
        // The screen says whose answer was cleared, never what it was.
        var other = suite.play(suite.choose(0) + suite.choose(0)).state
        _ = MeetingSession.update(&other, .backspace)
        #expect(MeetingRenderer.render(state, width: 80, height: 24) == MeetingRenderer.render(other, width: 80, height: 24))
        #expect(suite.screen(state).contains("Ben's answer was cleared"))
        _ = MeetingSession.update(&state, .backspace)
        #expect(state.memberIndex == 0)
        #expect(state.progress.answerCount == 0)
        #expect(MeetingSession.update(&state, .backspace) == [.bell])
    }
}
