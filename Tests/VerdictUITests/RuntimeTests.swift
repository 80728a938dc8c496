import Testing
import VerdictEngine
@testable import VerdictUI

/// The one program loop, on an in-memory terminal: size before the first frame, effects
/// through the injected handler, quit and bell handled by the runtime.
@Suite struct RuntimeTests {
    static let answered = Responses(answers: ["years": "no", "team-size": "large", "api": "no", "admin": "essential"])
    static let toResults: [Key] = [.enter, .character("r"), .character("v")]

    @Test func theFirstFrameIsDrawnAtTheTerminalsSize() {
        let terminal = ScriptedTerminal(width: 60, height: 16, keys: [])
        let state = SessionState(worksheet: SampleWorksheet.make())
        guard case let .signal(number, final) = Runtime<Session>.run(state, on: terminal, perform: { _ in [] }) else {
            Issue.record("the run did not end on the hang-up")
            return
        }
        #expect(number == 1)
        #expect(final.size.width == 60 && final.size.height == 16)
        #expect(terminal.frames.first?.width == 60 && terminal.frames.first?.height == 16)
    }

    /// At 60×16 the results screen scrolls with ↓ before any resize (the runtime once drew
    /// without telling the session its size, which then bounded scrolling at 80×24).
    @Test func at60x16TheResultsScrollBeforeAnyResize() {
        let state = SessionState(worksheet: SampleWorksheet.make(), responses: Self.answered)
        var probe = state
        for key in Self.toResults { _ = Session.update(&probe, .key(key)) }
        #expect(ScreenLayout.maxScroll(probe) == 0, "at the old default 80×24 there is nothing to scroll")
        let terminal = ScriptedTerminal(width: 60, height: 16, keys: Self.toResults + [.down, .down, .down])
        _ = Runtime<Session>.run(state, on: terminal, perform: { _ in [] })
        let beforeScrolling = terminal.frames[Self.toResults.count].text
        #expect(beforeScrolling.contains("↓ more"))
        #expect(!beforeScrolling.contains("↑ more"))
        #expect(terminal.screen.contains("↑ more"), "\(terminal.screen)")
        #expect(terminal.bells == 0)
    }

    @Test func effectsGoToTheHandlerAndTheirOutcomesComeBack() {
        let terminal = ScriptedTerminal(width: 80, height: 24, keys: [.enter, .character("1")])
        var performed: [SessionEffect] = []
        let ending = Runtime<Session>.run(SessionState(worksheet: SampleWorksheet.make()), on: terminal) { effect in
            performed.append(effect)
            return [.saveFailed(message: "disk full")]
        }
        guard case let .signal(_, final) = ending else {
            Issue.record("the run did not end on the hang-up")
            return
        }
        #expect(performed.count == 1)
        if case .autosave = performed.first {} else { Issue.record("expected an autosave, got \(performed)") }
        #expect(final.notice?.contains("Autosave failed: disk full") == true)
    }

    @Test func quitEndsTheRunWithItsReasonAndBellRings() {
        let terminal = ScriptedTerminal(width: 80, height: 24, keys: [.character("x"), .control("c"), .enter])
        let ending = Runtime<Session>.run(SessionState(worksheet: SampleWorksheet.make()), on: terminal) { _ in [] }
        guard case let .quit(reason, final) = ending else {
            Issue.record("expected a quit, got \(ending)")
            return
        }
        #expect(reason == .aborted)
        #expect(final.screen == .welcome)
        #expect(terminal.bells == 1)
    }

    @Test func aResizeRedrawsAtTheNewSize() {
        let terminal = ScriptedTerminal(width: 80, height: 24, input: [.resize(width: 100, height: 30)])
        _ = Runtime<Session>.run(SessionState(worksheet: SampleWorksheet.make()), on: terminal) { _ in [] }
        #expect(terminal.frames.map(\.width) == [80, 100])
    }
}

/// Below the minimum size only "enlarge the terminal" shows, so every key but quit and
/// help is ignored: nothing can change an answer the user cannot see.
@Suite struct TooSmallTerminalTests {
    static let keys: [Key] = [.character("n"), .character("1"), .enter, .character("y"), .down, .character("2")]

    @Test func at30x8TheRunChangesNoAnswer() {
        let start = SessionState(worksheet: SampleWorksheet.make(), resumeAt: "years")
        let terminal = ScriptedTerminal(width: 30, height: 8, keys: Self.keys)
        guard case let .signal(_, final) = Runtime<Session>.run(start, on: terminal, perform: { _ in [] }) else {
            Issue.record("the run ended early")
            return
        }
        #expect(final.responses == start.responses)
        #expect(final.questionID == "years" && final.answerCursor == 0)
        #expect(terminal.frames.allSatisfy { $0.text.contains("Enlarge the terminal") && $0.text.contains("(now 30×8)") })
        #expect(terminal.bells == 0)
        let quitting = ScriptedTerminal(width: 30, height: 8, keys: [.character("q")])
        guard case .quit(.done, _) = Runtime<Session>.run(start, on: quitting, perform: { _ in [] }) else {
            Issue.record("q did not quit while too small")
            return
        }
    }

    @Test func at30x8TheMeetingAndTheTeamResultsChangeNothing() throws {
        let meeting = MeetingState(worksheet: MeetingSessionTests.worksheet, members: MeetingSessionTests.members)
        let terminal = ScriptedTerminal(width: 30, height: 8, keys: Self.keys)
        guard case let .signal(_, final) = Runtime<MeetingSession>.run(meeting, on: terminal, perform: { _ in [] }) else {
            Issue.record("the meeting ended early")
            return
        }
        #expect(final.answers == meeting.answers && final.memberIndex == 0)
        let quitting = ScriptedTerminal(width: 30, height: 8, keys: [.character("q")])
        guard case .quit(.done, _) = Runtime<MeetingSession>.run(meeting, on: quitting, perform: { _ in [] }) else {
            Issue.record("q did not quit the meeting while too small")
            return
        }
        let team = try TeamResultsTests.state()
        let teamTerminal = ScriptedTerminal(width: 30, height: 8, keys: [.down, .enter, .character("e")])
        guard case let .signal(_, shown) = Runtime<TeamResults>.run(team, on: teamTerminal, perform: { _ in [] }) else {
            Issue.record("the team results ended early")
            return
        }
        #expect(shown.view == .overview && shown.selection == 0 && shown.prompt == nil)
    }
}
