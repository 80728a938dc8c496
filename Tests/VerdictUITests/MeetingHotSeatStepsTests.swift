import Foundation
import Testing
import VerdictEngine
@testable import VerdictUI

/// The hot-seat meeting's fixes: no biased highlight, help and importance per member, going
/// back and re-voting, and the steps after the reveal on its results screen.
@Suite struct MeetingHotSeatStepsTests {
    let suite = MeetingSessionTests()

    @Test func noAnswerIsHighlightedForAQuickEnterAndATieStaysUnhighlighted() {
        var state = suite.play([]).state
        #expect(MeetingSession.update(&state, .enter) == [.bell])
        #expect(state.progress.answerCount == 0)
        // Ana yes, Ben no, Cy yes → Yes leads and is highlighted; a 1–1 split of two is a tie.
        var led = suite.play(suite.choose(0) + suite.choose(1) + suite.choose(0)).state
        #expect(led.phase == .revealed && led.cursor == 0)
        var tie = MeetingState(worksheet: MeetingSessionTests.worksheet, members: ["Ana", "Ben"])
        for key in suite.choose(0) + suite.choose(1) { _ = MeetingSession.update(&tie, key) }
        #expect(tie.phase == .revealed && tie.cursor == -1)
        #expect(MeetingSession.update(&tie, .enter) == [.bell])
        #expect(tie.agreed.isEmpty)
        #expect(suite.screen(tie).contains("A tie: pick the team's answer (↑↓ or its number), or n for none."))
        // Nothing highlighted: the footer does not offer Enter; once something is, it does.
        #expect(!suite.screen(tie).contains("Enter agree on highlighted"))
        _ = MeetingSession.update(&tie, .function(1))
        #expect(suite.screen(tie).contains("Set that answer as the team's."), "the keys list is open")
        #expect(!suite.screen(tie).contains("Set the highlighted answer"), "F1 offers what the footer does")
        _ = MeetingSession.update(&tie, .escape)
        _ = MeetingSession.update(&tie, .down)
        #expect(tie.cursor == 0)
        #expect(suite.screen(tie).contains("Enter agree on highlighted"))
        #expect(suite.screen(led).contains("Enter agree on highlighted"))
        _ = MeetingSession.update(&led, .enter)
        #expect(led.agreed == ["api": "yes"])
    }

    @Test func aLongAnswerLabelIsCutWithAnEllipsisWhileMembersAnswer() {
        let long = "No — people sign in through an outside identity provider (SSO, OAuth, LDAP) of their own"
        let question = Question(id: "login", prompt: "Accounts?", kind: .choice,
                                answers: [Answer(id: "own", label: "Yes"), Answer(id: "outside", label: long)])
        let worksheet = Worksheet(id: "w", title: "W", version: "1", description: "d",
                                  options: [WorksheetOption(id: "a", name: "A"), WorksheetOption(id: "b", name: "B")],
                                  sections: [WorksheetSection(id: "s", title: "S", questions: [question])])
        let screen = suite.screen(MeetingState(worksheet: worksheet, members: ["Ana", "Ben"]))
        let row = screen.split(separator: "\n").first { $0.contains("2. No — people") }
        #expect(row?.contains("…") == true, "\(screen)")
    }

    @Test func membersSeeTheHelpAndSetTheirOwnImportance() throws {
        var state = suite.play([]).state
        let help = try #require(MeetingSessionTests.worksheet.question("api")).help
        if !help.isEmpty { #expect(suite.screen(state, 120, 40).contains(help)) }
        let effects = MeetingSession.update(&state, .character("+"))
        #expect(state.memberResponses[0].importance == ["api": MeetingSessionTests.worksheet.importance.max])
        #expect(suite.screen(state).contains("For Ana this question: matters a lot"))
        #expect(effects == [.autosave(state.progress)])
        for key in suite.choose(0) { _ = MeetingSession.update(&state, key) }
        #expect(suite.screen(state).contains("For Ben this question: normal importance"))
        let snapshot = MeetingSnapshot.snapshot(state.progress, worksheet: MeetingSessionTests.worksheet)
        let back = MeetingSnapshot.progress(snapshot, worksheet: MeetingSessionTests.worksheet).progress
        #expect(back.importance == state.progress.importance)
    }

    /// QA s6: at 60×16 with a long name every turn opened scrolled down to the answers (the
    /// question off screen), and the reveal cut "Ana Maria Longname-Smit" with Bo not shown.
    @Test(arguments: ["wakatime-2015.yaml", "django-vs-flask.yaml"])
    func atTheMinimumSizeThePromptStaysOnScreenAndEveryVoterShows(name: String) throws {
        let worksheet = try ShippedWorksheetTests.load(name)
        let long = "Ana Maria Longname-Smith"
        var state = MeetingState(worksheet: worksheet, members: [long, "Bo"])
        _ = MeetingSession.update(&state, .resize(width: 60, height: 16))
        var reveals = 0
        while state.phase != .results, reveals < 50 {
            let question = try #require(state.question)
            let prompt = WordWrapper.wrap(UIText.sanitize(question.prompt), width: 58)[0]
            for key: Key in [.character("1"), .character("2")] {
                let screen = suite.screen(state, 60, 16)
                #expect(screen.contains(prompt) && !screen.contains("↑ more"), "\(screen)")
                #expect(screen.contains("this question: normal") && screen.contains("importance (+/- to change)"), "\(screen)")
                _ = MeetingSession.update(&state, key)
            }
            let revealed = suite.screen(state, 60, 16)
            #expect(revealed.contains(prompt) && !revealed.contains("↑ more"), "\(revealed)")
            if reveals == 0 { #expect(revealed.contains(long) && revealed.contains(": Bo"), "\(revealed)") }
            _ = MeetingSession.update(&state, .character("n"))
            reveals += 1
        }
        #expect(state.phase == .results)
    }

    @Test func goingBackReopensThePreviousRevealToChangeTheTeamsAnswer() {
        var state = suite.play(suite.choose(0) + suite.choose(1) + suite.choose(0) + [.character("2")]).state
        #expect(state.question?.id == "size")
        _ = MeetingSession.update(&state, .character("b"))
        #expect(state.question?.id == "api" && state.phase == .revealed)
        #expect(state.cursor == 1)
        _ = MeetingSession.update(&state, .character("1"))
        #expect(state.agreed == ["api": "yes"])
        #expect(state.question?.id == "async")
    }

    @Test func aReVoteAtTheRevealCollectsAgainAndKeepsTheEarlierRound() throws {
        var state = suite.play(suite.choose(0) + suite.choose(1) + suite.choose(0)).state
        _ = MeetingSession.update(&state, .character("v"))
        #expect(state.phase == .collecting && state.question?.id == "api")
        #expect(state.progress.answerCount == 3, "the answers given before the round are still recorded")
        #expect(suite.screen(state).contains("Re-vote: everyone answers again, hidden; earlier answers are kept."))
        for key in suite.choose(1) + suite.choose(1) + suite.choose(0) { _ = MeetingSession.update(&state, key) }
        #expect(state.phase == .revealed)
        let round = try #require(state.decision.rounds.first)
        #expect(round.revealed)
        #expect(round.before == ["Ana": "yes", "Ben": "no", "Cy": "yes"])
        #expect(round.votes == ["Ana": "no", "Ben": "no", "Cy": "yes"])
        #expect(state.cursor == 1)
        // The reveal says how the round came out, and the answers before it stay in sight,
        // on the full screen and in plain mode.
        let outcome = "re-vote 1: No 2 · Yes 1, was Yes 2 · No 1"
        #expect(state.notice == "Revealed — " + outcome)
        #expect(suite.screen(state).contains("Revealed — " + outcome))
        #expect(suite.screen(state, 120, 30).contains("Answered first: Ana Yes, Ben No, Cy Yes"))
        #expect(MeetingPlainText.render(state).contains("Answered first: Ana Yes, Ben No, Cy Yes"))
        // Agreed, the results list it as settled, and the plain text report says so too.
        _ = MeetingSession.update(&state, .character("2"))
        while state.phase != .results {
            let keys = state.phase == .collecting ? suite.number(0) : [Key.character("n")]
            for key in keys { _ = MeetingSession.update(&state, key) }
        }
        #expect(suite.screen(state, 80, 24).contains("agreed No, was No 2 · Yes 1"))
        let report = try #require(state.report)
        let plain = TeamTextReport.render(report)
        #expect(plain.contains("Settled in this meeting") && plain.contains("Will you have an API? — agreed No, was No 2 · Yes 1"))
        #expect(plain.contains("Re-vote 1: Ana No, Ben No, Cy Yes"))
    }

    /// Plays to the results screen: api split (no agreed answer), size and admin agreed.
    func results() -> MeetingState {
        suite.play(suite.choose(0) + suite.choose(1) + suite.choose(0) + [.character("n")]
            + suite.number(1) + suite.number(1) + suite.number(1) + [.enter]
            + suite.choose(0) + suite.choose(0) + suite.choose(0) + [.enter]).state
    }

    @Test func onTheResultsScreenTheFacilitatorReVotesAgreesAndAccepts() throws {
        var state = results()
        #expect(state.phase == .results)
        #expect(state.report?.disagreements.map(\.question) == ["api"])
        // v: everyone answers api again in turn; deciding it returns to the results.
        _ = MeetingSession.update(&state, .character("v"))
        #expect(state.phase == .collecting && state.question?.id == "api")
        for key in suite.number(1) + suite.number(1) + suite.number(0) { _ = MeetingSession.update(&state, key) }
        #expect(state.phase == .revealed)
        _ = MeetingSession.update(&state, .character("n"))
        #expect(state.phase == .results)
        #expect(state.report?.meeting?.rounds.first?.votes == ["Ana": "no", "Ben": "no", "Cy": "yes"])
        // The agreed answer on the results screen settles the question.
        for key: Key in [.enter, .character("2")] { _ = MeetingSession.update(&state, key) }
        #expect(state.agreed["api"] == "no")
        #expect(state.report?.disagreements.isEmpty == true)
        // Accept with a note; the export carries it.
        for key in [Key.character("a")] + "Django it is".map({ Key.character($0) }) + [.enter] {
            _ = MeetingSession.update(&state, key)
        }
        #expect(state.decision.accepted && state.decision.note == "Django it is")
        _ = MeetingSession.update(&state, .character("e"))
        let effects = MeetingSession.update(&state, .enter)
        guard case let .export(_, responses, decision)? = effects.first else {
            Issue.record("no export: \(effects)")
            return
        }
        #expect(decision == state.decision)
        let record = TeamDecisionRecord.render(try TeamMerger(worksheet: MeetingSessionTests.worksheet)
            .merge(meeting: responses, decision: decision) { responses[$0].respondent })
        #expect(record.contains("- Status: accepted"))
        #expect(record.contains("Django it is"))
        #expect(!record.contains("1. Will you have an API?"))
    }

    /// The progress as the autosave writes and reads it back (the snapshot's JSON).
    func saved(_ state: MeetingState) throws -> MeetingProgress {
        let sheet = MeetingSessionTests.worksheet
        let bytes = try JSONEncoder().encode(MeetingSnapshot.snapshot(state.progress, worksheet: sheet))
        return MeetingSnapshot.progress(try JSONDecoder().decode(SessionSnapshot.self, from: bytes), worksheet: sheet).progress
    }

    /// QA session 3: answers, then a re-vote before anything else was saved — the autosave
    /// held `answers: {}` (the answers only in the round's `before`), so the meeting was not
    /// "unfinished": no saved line on q, and `--resume` started fresh.
    @Test func aReVoteOpenedAtOnceKeepsTheAnswersGivenInTheAutosave() throws {
        var state = MeetingState(worksheet: MeetingSessionTests.worksheet, members: ["Eve", "Fay"])
        for key in suite.choose(0) + suite.choose(1) + [.character("v")] { _ = MeetingSession.update(&state, key) }
        #expect(state.decision.openRound?.question == "api")
        #expect(state.progress.isUnfinished)
        let snapshot = MeetingSnapshot.snapshot(state.progress, worksheet: MeetingSessionTests.worksheet)
        #expect(snapshot.answers == ["0:api": "yes", "1:api": "no"])
        var back = try saved(state)
        #expect(back.isUnfinished && back.answerCount == 2)
        #expect(back.answers == [[:], [:]] && back.decision.openRound?.before == ["Eve": "yes", "Fay": "no"])
        // Eve votes again (No): saved, she has voted, Fay still holds her first answer.
        for key in suite.choose(1) { _ = MeetingSession.update(&state, key) }
        back = try saved(state)
        #expect(back.answers == [["api": "no"], [:]] && back.decision.openRound?.votes == [:])
        #expect(MeetingSnapshot.snapshot(state.progress, worksheet: MeetingSessionTests.worksheet).answers
            == ["0:api": "no", "1:api": "no"])
        // Resumed, it is Fay's turn in the same round; her vote reveals it.
        var resumed = MeetingState(worksheet: MeetingSessionTests.worksheet, progress: back)
        #expect(resumed.phase == .collecting && resumed.question?.id == "api" && resumed.memberIndex == 1)
        for key in suite.choose(0) { _ = MeetingSession.update(&resumed, key) }
        let round = try #require(resumed.decision.rounds.first)
        #expect(round.revealed && round.before == ["Eve": "yes", "Fay": "no"] && round.votes == ["Eve": "no", "Fay": "yes"])
    }

    @Test func theAutosaveCarriesTheWholeDecision() throws {
        var state = results()
        _ = MeetingSession.update(&state, .character("v"))
        for key in suite.number(1) + suite.number(1) + suite.number(0) + [.character("n")] {
            _ = MeetingSession.update(&state, key)
        }
        for key in [Key.enter, .character("2"), .character("a")] + "Django it is".map({ Key.character($0) }) + [.enter] {
            _ = MeetingSession.update(&state, key)
        }
        #expect(state.decision.rounds.count == 1 && state.decision.accepted && state.agreed["api"] == "no")
        let back = try saved(state)
        #expect(back.decision == state.decision)
        let resumed = MeetingState(worksheet: MeetingSessionTests.worksheet, progress: back)
        #expect(resumed.phase == .results)
        #expect(resumed.results?.decision == state.decision)
        #expect(resumed.results?.report.meeting?.note == "Django it is")
        // A saved decision that does not fit the worksheet: only its agreed answers are kept.
        var foreign = back
        foreign.decision.rounds[0].question = "gone"
        let bytes = try JSONEncoder().encode(MeetingSnapshot.snapshot(foreign, worksheet: MeetingSessionTests.worksheet))
        let fallback = MeetingSnapshot.progress(try JSONDecoder().decode(SessionSnapshot.self, from: bytes),
                                                worksheet: MeetingSessionTests.worksheet).progress
        #expect(fallback.decision.rounds.isEmpty && !fallback.decision.accepted && fallback.agreed == state.agreed)
    }

    /// A re-vote from the results after accepting: the decision stays accepted when the
    /// round leaves the team's result as it was, and is proposed again when it changes it.
    @Test func aReVoteAfterAcceptingWithdrawsItOnlyWhenTheResultChanged() throws {
        var state = results()
        for key in [Key.character("a"), .enter] { _ = MeetingSession.update(&state, key) }
        #expect(state.decision.accepted)
        let accepted = state.report?.recommendation
        // Everyone answers api as before (Ana yes, Ben no, Cy yes).
        for key in [Key.character("v")] + suite.number(0) + suite.number(1) + suite.number(0) + [.character("n")] {
            _ = MeetingSession.update(&state, key)
        }
        #expect(state.phase == .results && state.decision.rounds.count == 1)
        #expect(state.decision.accepted && state.report?.recommendation == accepted)
        // Everyone answers No: the result moves, so the acceptance is withdrawn, and the screen says so.
        for key in [Key.character("v")] + suite.number(1) + suite.number(1) + suite.number(1) + [.character("n")] {
            _ = MeetingSession.update(&state, key)
        }
        #expect(state.phase == .results && state.decision.rounds.count == 2)
        #expect(state.report?.recommendation != accepted)
        #expect(!state.decision.accepted && state.results?.decision.accepted == false)
        #expect(suite.screen(state).contains("Proposed again"), "\(suite.screen(state))")
    }

    @Test func aRoundOpenFromTheResultsResumesAndReturnsThere() throws {
        var state = results()
        _ = MeetingSession.update(&state, .character("v"))
        for key in suite.number(1) { _ = MeetingSession.update(&state, key) }
        var resumed = MeetingState(worksheet: MeetingSessionTests.worksheet, progress: try saved(state))
        #expect(resumed.phase == .collecting && resumed.question?.id == "api")
        #expect(resumed.decision.openRound?.question == "api")
        for key in suite.number(1) + suite.number(0) { _ = MeetingSession.update(&resumed, key) }
        #expect(resumed.phase == .revealed && resumed.decision.rounds.first?.revealed == true)
        _ = MeetingSession.update(&resumed, .character("n"))
        #expect(resumed.phase == .results)
        #expect(resumed.report?.meeting?.rounds.first?.votes == ["Ana": "no", "Ben": "no", "Cy": "yes"])
    }
}
