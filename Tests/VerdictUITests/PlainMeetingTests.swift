import Testing
import VerdictEngine
@testable import VerdictUI

/// The plain meeting over scripted lines: it drives the meeting's own operations, reads
/// members' answers hidden, and exports through the injected handler.
@Suite struct PlainMeetingTests {
    let suite = MeetingSessionTests()

    /// Runs a meeting of Ana, Ben and Cy on `lines`; returns the outcome, the state, the
    /// effects performed, and whether each line was asked for hidden.
    func run(_ lines: [String], exportFails: Bool = false)
        -> (outcome: PlainMeeting.Outcome, state: MeetingState, effects: [MeetingEffect], hidden: [Bool], output: String) {
        var remaining = lines[...]
        var hidden: [Bool] = []
        var effects: [MeetingEffect] = []
        var output = ""
        let meeting = PlainMeeting(
            readLine: { isHidden in
                hidden.append(isHidden)
                return remaining.popFirst()
            },
            write: { output += $0 },
            perform: { effect in
                effects.append(effect)
                guard case let .export(folder, _, _) = effect else { return [] }
                return exportFails ? [.exportFailed(folder: folder, message: "no room")]
                    : [.exported(folder: folder, files: [folder + "ana.json"])]
            })
        var state = MeetingState(worksheet: MeetingSessionTests.worksheet, members: MeetingSessionTests.members)
        let outcome = meeting.run(&state)
        return (outcome, state, effects, hidden, output)
    }

    @Test func typedNumbersAnswerAndTheFacilitatorAgrees() {
        // api: Ana 1, Ben 2, Cy 1 → team takes the highlighted (Yes); async: all 2 → none (n);
        // size: 1, 1, 3 → team 1; admin: 2, 2, 2 → team 1 (Flask 8, Django 4 points each).
        let result = run(["1", "2", "1", "", "2", "2", "2", "n", "1", "1", "3", "1", "2", "2", "2", "1"])
        #expect(result.outcome == .finished(files: ["./verdict-meeting-meeting-test/ana.json"]))
        #expect(result.state.phase == .results)
        #expect(result.state.agreed == ["api": "yes", "size": "solo", "admin": "yes"])
        #expect(result.state.answers[1] == ["api": "no", "async": "no", "size": "solo", "admin": "no"])
        #expect(result.hidden == [true, true, true, false, true, true, true, false, true, true, true, false, true, true, true, false, false])
        #expect(result.effects.filter { if case .autosave = $0 { true } else { false } }.count == 16)
        #expect(result.effects.last == .export(folder: "./verdict-meeting-meeting-test/", responses: result.state.memberResponses,
                                               decision: result.state.decision))
        // The agreed answers count in the team result: none of them is an open disagreement.
        let open = result.state.results?.report.disagreements.map(\.question) ?? ["no results"]
        #expect(Set(open).isDisjoint(with: result.state.agreed.keys))
        #expect(result.output.contains("Wrote ./verdict-meeting-meeting-test/ana.json"))
    }

    @Test func theFacilitatorAcceptsTheDecisionWithANote() {
        let answers = ["1", "2", "1", "", "2", "2", "2", "n", "1", "1", "3", "1", "2", "2", "2", "1"]
        let accepted = run(answers + ["Django, reviewed by Cy"])
        #expect(accepted.state.decision.accepted && accepted.state.decision.note == "Django, reviewed by Cy")
        #expect(accepted.effects.last == .export(folder: "./verdict-meeting-meeting-test/",
                                                 responses: accepted.state.memberResponses, decision: accepted.state.decision))
        let proposed = run(answers + [""])
        #expect(!proposed.state.decision.accepted)
        let noNote = run(answers + ["-"]).state.decision
        #expect(noNote.accepted && noNote.note == nil && noNote.agreed == proposed.state.agreed)
        // What each member answered where the team agreed is kept (Ben said no to the api).
        #expect(noNote.agreedOver["api"]?["Ben"] == "no" && noNote.agreedOver.keys.sorted() == noNote.agreed.keys.sorted())
    }

    @Test func aTooCloseTeamResultIsNotOfferedForAcceptingUntilAnAgreedAnswerTipsIt() throws {
        // api 1,2,1 · size 2,1,3 · admin 1,2,1, nothing agreed: Django 17, Flask 17 points.
        let tie = run(["1", "2", "1", "n", "2", "1", "3", "n", "1", "2", "1", "n", "Go with Django"])
        #expect(try #require(tie.state.results).report.recommendation.kind == .tooClose)
        #expect(tie.output.contains("\n" + MeetingDecision.nothingToAccept + "\n"))
        #expect(!tie.output.contains("Accept the decision?"))
        #expect(!tie.state.decision.accepted)
        #expect(tie.outcome == .finished(files: ["./verdict-meeting-meeting-test/ana.json"]))
        #expect(tie.hidden.count == 12, "the note line is never read")
        var state = tie.state
        #expect(MeetingSession.accept(&state, note: "anyway") == [.bell] && !state.decision.accepted)
        #expect(state.notice == MeetingDecision.nothingToAccept)
        // The admin site agreed (Django's): no longer too close, and accepting works.
        let tipped = run(["1", "2", "1", "n", "2", "1", "3", "n", "1", "2", "1", "1", "Go with Django"])
        #expect(tipped.output.contains("Accept the decision?") && !tipped.output.contains(MeetingDecision.nothingToAccept))
        #expect(tipped.state.decision.accepted && tipped.state.decision.note == "Go with Django")
    }

    @Test func aNumberOutOfRangeChangesNothingAndSaysSo() {
        let result = run(["7", "0", "x", ""])
        #expect(result.outcome == .aborted)
        #expect(result.state.progress.answerCount == 0)
        #expect(result.effects.isEmpty)
        #expect(result.output.components(separatedBy: "Type a number from the list.").count == 5)
    }

    @Test func qStopsAndTheEndOfInputAborts() {
        let stopped = run(["1", "q", "1"])
        #expect(stopped.outcome == .stopped)
        #expect(stopped.state.progress.answerCount == 1)
        let ended = run(["1", "2"])
        #expect(ended.outcome == .aborted)
        #expect(ended.output.hasSuffix("Cy, your answer number (hidden): \n"), "the stop line after it starts a line of its own")
    }

    @Test func aFailedExportIsTheOutcome() {
        let result = run(["1", "1", "1", "n", "1", "1", "1", "n", "1", "1", "1", "n"], exportFails: true)
        #expect(result.outcome == .exportFailed("no room"))
    }

    @Test func theOperationsRefuseWhatTheKeysWouldRefuse() {
        var state = suite.play([]).state
        #expect(MeetingSession.agree(&state, 0) == [.bell])
        #expect(MeetingSession.answer(&state, 2) == [.bell])
        #expect(state.progress.answerCount == 0)
        for _ in MeetingSessionTests.members { _ = MeetingSession.answer(&state, 0) }
        #expect(state.phase == .revealed)
        #expect(MeetingSession.answer(&state, 0) == [.bell])
        #expect(MeetingSession.agree(&state, 5) == [.bell])
        #expect(MeetingSession.agree(&state, 1).count == 1)
        #expect(state.agreed == ["api": "no"])
    }
}
