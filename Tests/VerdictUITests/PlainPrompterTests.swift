import Testing
import VerdictEngine
@testable import VerdictUI

/// The plain line-prompt mode over scripted input.
@Suite struct PlainPrompterTests {
    final class Script: @unchecked Sendable {
        var input: [String]
        var output = ""
        var saves: [(Responses, String?)] = []
        init(_ input: [String]) { self.input = input }
        func read() -> String? { input.isEmpty ? nil : input.removeFirst() }
    }

    private func run(_ lines: [String], responses: Responses = Responses(), startAt: String? = nil) -> (PlainOutcome, Script) {
        let script = Script(lines)
        var prompter = PlainPrompter(worksheet: SampleWorksheet.make(), responses: responses, startAt: startAt,
                                     readLine: script.read,
                                     write: { script.output += $0 }, autosave: { script.saves.append(($0, $1)) })
        return (prompter.run(), script)
    }

    @Test func walksEveryQuestionAndPrintsTheResults() {
        let (outcome, script) = run(["2", "large", "no", "5"])
        let expected = Responses(answers: ["years": "no", "team-size": "large", "api": "no", "admin": "essential"])
        #expect(outcome == .finished(expected))
        #expect(script.output.contains("Section: Team and experience"))
        #expect(script.output.contains("Question 1 of 4: Have you written code for more than five years?"))
        #expect(script.output.contains("  1. Yes\n  2. No\n"))
        #expect(script.output.contains("Question 4 of 4: How much do you need a ready-made admin interface?"))
        #expect(script.output.contains("Verdict: Django is recommended, a clear lead"))
        #expect(script.output.contains("  Django: 9 of 9 points (100%)"))
        #expect(script.output.contains("Why Django:"))
        #expect(script.saves.count == 4)
        for character in ["│", "─", "┌", "█", "\u{1B}"] { #expect(!script.output.contains(character)) }
    }

    @Test func savesTheNextQuestionAsTheResumePoint() {
        let (_, script) = run(["2", "large", "no", "5"])
        #expect(script.saves.map(\.1) == ["team-size", "api", "admin", "admin"])
    }

    @Test func resumesAtTheSavedQuestionKeepingEarlierAnswers() {
        let earlier = Responses(answers: ["years": "no", "team-size": "large"])
        let (outcome, script) = run(["no", "5"], responses: earlier, startAt: "api")
        #expect(script.output.contains("Resuming at question 3 with 2 answers kept"))
        #expect(!script.output.contains("Question 1 of 4"))
        #expect(script.output.contains("Question 3 of 4: Will the project mainly serve an API?"))
        #expect(outcome == .finished(Responses(answers: ["years": "no", "team-size": "large", "api": "no", "admin": "essential"])))
    }

    @Test func backFromTheResumedQuestionReachesEarlierOnes() {
        let earlier = Responses(answers: ["years": "no", "team-size": "large"])
        let (_, script) = run(["b", "small", "no", "5"], responses: earlier, startAt: "api")
        #expect(script.output.contains("Question 2 of 4"))
    }

    @Test func anUnknownOrHiddenResumePointStartsAtTheBeginning() {
        let (_, script) = run(["q"], startAt: "no-such-question")
        #expect(script.output.contains("Question 1 of 4"))
        #expect(!script.output.contains("Resuming"))
    }

    @Test func conditionalQuestionsChangeTheCount() {
        let (_, script) = run(["1", "1", "yes", "2", "1"])
        #expect(script.output.contains("Question 3 of 4: Will the project mainly serve an API?"))
        #expect(script.output.contains("Question 4 of 5: What kind of API?"))
        #expect(script.output.contains("Question 5 of 5:"))
    }

    @Test func badInputNamesWhatWasTypedAndReasks() {
        let (_, script) = run(["7", "maybe", "", "1"])
        #expect(script.output.contains("You typed “7”; expected a number from 1 to 2, an answer id (yes, no), +, -, ?, b, s, r or q."))
        #expect(script.output.contains("You typed “maybe”; expected"))
        #expect(script.output.contains("You typed nothing; expected"))
        #expect(script.output.components(separatedBy: "Question 1 of 4").count == 2, "re-asks without repeating the question")
    }

    @Test func helpBackSkipAndQuit() {
        let (outcome, script) = run(["?", "b", "1", "s", "b", "3", "q"])
        #expect(script.output.contains("Why it matters: Experienced developers often like choosing their own parts."))
        #expect(script.output.contains("This is the first question; there is nothing before it."))
        #expect(outcome == .stopped(Responses(answers: ["years": "yes", "team-size": "large"])))
        #expect(script.output.contains("Stopped. Your answers so far are kept."))
    }

    @Test func previousAnswersAreMarked() {
        let (_, script) = run([], responses: Responses(answers: ["years": "no"]))
        #expect(script.output.contains("  2. No (your answer)"))
    }

    @Test func endOfInputAborts() {
        let (outcome, script) = run(["1"])
        #expect(outcome == .aborted(Responses(answers: ["years": "yes"])))
        #expect(script.output.contains("Input ended."))
    }

    @Test func unitsAgreeWithTheirCounts() {
        let sheet = SampleWorksheet.make()
        let responses = Responses(answers: ["years": "yes", "team-size": "solo", "api": "no"])
        let lines = PlainResultText.lines(for: Scorer(worksheet: sheet).score(responses), responses: responses, worksheet: sheet)
        #expect(lines.contains("1 question left unanswered."), "\(lines)")
        #expect([Format.pointsLabel(1), Format.pointsLabel(2), Format.pointsLabel(0.5)] == ["1 pt", "2 pts", "0.5 pts"])
    }

    @Test func tooCloseOnEveryAnswerSaysItIsANearTie() {
        let (_, script) = run(["yes", "small", "no", "3"])
        #expect(script.output.contains("Verdict: too close to call"))
        #expect(script.output.contains("A genuine near-tie on these answers; changing the answer to one of 4 questions would decide it (see below)."))
    }
}
