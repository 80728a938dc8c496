import Foundation
import Testing
import VerdictTestSupport

/// Plain mode is the same product as the full-screen UI (issue 18): every feature through a
/// pipe, on the eight yes/no questions of wakatime-2015
/// (coding-5-years, python-3-years, dynamic-html, api, soa, conventions, multiple-databases, reads-code).
@Suite(.enabled(if: PipeRun.available, "needs the verdict binary"))
struct RunPlainParityTests {
    /// Answers every question with `y`/`n` as the full-screen UI takes them.
    static let eight = "y\nn\nn\ny\ny\nn\ny\ny\n"

    func run(_ input: String, _ extra: [String] = [], home: String? = nil) throws -> (PipeRun, String) {
        let home = try home ?? PipeRun.home()
        let run = try PipeRun(["run", "wakatime-2015", "--plain", "--output", "out.json"] + extra, home: home, input: input)
        return (run, home)
    }

    func result(_ home: String) throws -> [String: Any] {
        try TmuxJSON.object(atPath: home + "/out.json")
    }

    /// question id → answer id in a result document.
    func answers(_ document: [String: Any]) -> [String: String] {
        var answers: [String: String] = [:]
        for entry in document["answers"] as? [[String: Any]] ?? [] {
            if let question = entry["question"] as? String, let answer = entry["answer"] as? String { answers[question] = answer }
        }
        return answers
    }

    @Test func yAndNAnswerYesNoQuestionsAndTheResultIsWrittenAndSaid() throws {
        let (run, home) = try run(Self.eight)
        #expect(run.status == 0, "\(run.errors)")
        #expect(answers(try result(home)) == [
            "coding-5-years": "yes", "python-3-years": "no", "dynamic-html": "no", "api": "yes", "soa": "yes",
            "conventions": "no", "multiple-databases": "yes", "reads-code": "yes",
        ])
        #expect(run.output.hasSuffix("Wrote out.json.\n"), "\(run.output.suffix(200))")
    }

    @Test func plusAndMinusSetHowMuchAQuestionMatters() throws {
        let (run, home) = try run("+\n" + Self.eight)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("Importance: matters a lot."))
        let entries = try result(home)["answers"] as? [[String: Any]] ?? []
        let first = entries.first { $0["question"] as? String == "coding-5-years" }
        #expect((first?["importance"] as? Double ?? 1) > 1, "\(String(describing: first))")
    }

    @Test func theResultsSayHowRobustTheVerdictIs() throws {
        let (run, _) = try run(Self.eight)
        #expect(run.output.contains("Verdict: Flask is recommended"), "\(run.output)")
        #expect(run.output.contains("Robustness: "))
    }

    @Test func reviewChangesAnAnswerAfterTheResults() throws {
        // After the results: r lists the answers, 2 picks python-3-years, y changes it, Enter finishes.
        let (run, home) = try run(Self.eight + "r\n2\ny\n\n")
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("Your answers:\n  1. Have you been programming for more than five years? — Yes\n"))
        #expect(answers(try result(home))["python-3-years"] == "yes")
        #expect(run.output.components(separatedBy: "Results for ").count == 3, "the results again after the change")
    }

    @Test func reviewInTheMiddleReturnsToTheQuestionItLeft() throws {
        // On question 3: r, change 1 to n, then on from question 3.
        let (run, home) = try run("y\nn\nr\n1\nn\n" + "n\ny\ny\nn\ny\ny\n")
        #expect(run.status == 0, "\(run.errors)")
        let given = answers(try result(home))
        #expect(given["coding-5-years"] == "no")
        #expect(given["dynamic-html"] == "no")
        #expect(given.count == 8)
    }

    @Test func whatIfSaysTheOtherVerdictWithoutChangingTheAnswers() throws {
        let (run, home) = try run(Self.eight + "w\n4 2\n\n\n")
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("If “Will the product offer an API?” were “No”: Verdict:"), "\(run.output)")
        #expect(answers(try result(home))["api"] == "yes")
    }

    @Test func enterKeepsAnAnswerGivenBefore() throws {
        let home = try PipeRun.home()
        let (first, _) = try run("y\ny\n", home: home)
        #expect(first.status == 130)
        // Resumed at question 3: back to question 2, Enter keeps its answer, then the rest.
        let (second, _) = try run("b\n\nn\ny\ny\nn\ny\ny\n", ["--resume"], home: home)
        #expect(second.status == 0, "\(second.errors)")
        #expect(second.output.contains("Enter keeps it"))
        #expect(answers(try result(home))["python-3-years"] == "yes")
    }

    /// `q` is a normal exit in both modes (docs/run.md: exit 0, answers saved), and the
    /// hint names the worksheet (and `--output`, which resuming must write too); the end of
    /// input is an interruption (130).
    @Test func qExitsZeroAndNamesTheWorksheetToResume() throws {
        let (quit, home) = try run("y\nq\n")
        #expect(quit.status == 0, "\(quit.errors)")
        #expect(quit.errors.contains("to continue: verdict run wakatime-2015 --output out.json --resume"), "\(quit.errors)")
        #expect(FileManager.default.fileExists(atPath: home + "/state/verdict/wakatime-2015.json"))
        let (ended, _) = try run("y\n")
        #expect(ended.status == 130)
        #expect(ended.errors.contains("to continue: verdict run wakatime-2015 --output out.json --resume"), "\(ended.errors)")
    }

    /// A plain meeting stopped before its end prints the exact command that continues it,
    /// naming the worksheet and the members (a bare `verdict meeting --resume` opens the
    /// default worksheet), and that command continues it.
    @Test func aStoppedPlainMeetingNamesTheCommandThatResumesIt() throws {
        let home = try PipeRun.home()
        let stopped = try PipeRun(["meeting", "wakatime-2015", "--plain", "--members", "Ana, Ben"], home: home,
                                  input: "1\n2\n\n")
        #expect(stopped.status == 130)
        let hint = "meeting saved; to continue: verdict meeting wakatime-2015 --members Ana,Ben --resume"
        #expect(stopped.errors.contains(hint), "\(stopped.errors)")
        let command = hint.split(separator: " ").dropFirst(5).map(String.init)
        // Piped input without --resume or --fresh never wipes it (exit 73, as `run`).
        let piped = try PipeRun(["meeting", "wakatime-2015", "--plain", "--members", "Ana, Ben"], home: home, input: "2\n2\n")
        #expect(piped.status == 73)
        #expect(piped.errors == "verdict: an unfinished meeting exists and piped input does not discard it; to continue: "
            + "verdict meeting wakatime-2015 --members Ana,Ben --resume, or add --fresh to start over\n", "\(piped.errors)")
        // It stopped at the first reveal, a 1–1 tie (a bare Enter picks nothing there): the
        // facilitator types 1, then seven more questions.
        let resumed = try PipeRun(command + ["--plain"], home: home, input: "1\n" + String(repeating: "1\n2\n1\n", count: 7))
        #expect(resumed.status == 0, "\(resumed.errors)")
        #expect(!resumed.errors.contains("no unfinished meeting"), "\(resumed.errors)")
        let ana = try TmuxJSON.object(atPath: home + "/verdict-meeting-wakatime-2015/ana.json")
        #expect((ana["answers"] as? [Any])?.count == 8, "the first answer came back with the resumed meeting")
    }

    /// `meeting --plain` without `--export-folder` writes the results to the default folder
    /// and says so (the text alone would be lost).
    @Test func aPlainMeetingSaysWhereTheResultsWent() throws {
        let home = try PipeRun.home()
        let run = try PipeRun(["meeting", "wakatime-2015", "--plain", "--members", "Ana,Ben"], home: home,
                              input: String(repeating: "1\n2\n1\n", count: 8))
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("Wrote ./verdict-meeting-wakatime-2015/ana.json"), "\(run.output.suffix(300))")
        #expect(FileManager.default.fileExists(atPath: home + "/verdict-meeting-wakatime-2015/team.json"))
    }
}
