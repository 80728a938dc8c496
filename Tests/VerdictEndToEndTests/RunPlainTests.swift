import Foundation
import VerdictTestSupport
import Testing

/// `verdict run --plain` and runs through pipes (no terminal at all).
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: TmuxPane.verdict), "needs the built verdict binary")) struct RunPlainTests {
    func home() throws -> String {
        let path = ScratchFolders.path("verdict-plain")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func environment(_ home: String) -> [String: String] {
        ["HOME": home, "XDG_STATE_HOME": home + "/state", "TERM": "xterm-256color"]
    }

    @Test func pipedAnswersFinishAndWriteTheOutput() throws {
        let home = try home()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let answers = String(repeating: "1\n", count: 80)
        let run = try TmuxJSON.run(
            [TmuxPane.verdict, "run", "--plain", "--name", "Ada", "--output", home + "/out.json"] + TmuxJSON.worksheetArgument,
            environment: environment(home), input: answers)
        #expect(run.status == 0, "stderr: \(run.errors)")
        #expect(run.output.contains("Question 1 of"))
        let document = try TmuxJSON.object(atPath: home + "/out.json")
        #expect(document["respondent"] as? String == "Ada")
        #expect(TmuxJSON.recommendedName(document) != nil)
        try TmuxJSON.validate(home + "/out.json")
        #expect(!FileManager.default.fileExists(atPath: home + "/state/verdict/django-vs-flask.json"))
    }

    @Test func pipeEndingEarlyKeepsTheAutosaveAndResumeContinues() throws {
        let home = try home()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let first = try TmuxJSON.run(
            [TmuxPane.verdict, "run"] + TmuxJSON.worksheetArgument,
            environment: environment(home), input: "1\n1\n")
        #expect(first.status == 130)
        #expect(first.errors.contains("to continue: verdict run "), "\(first.errors)")
        #expect(FileManager.default.fileExists(atPath: home + "/state/verdict/django-vs-flask.json"))

        // QA session 5 (HIGH): piped answers never wipe the unfinished session; they are
        // refused (exit 73) with the two commands that choose.
        let piped = try TmuxJSON.run(
            [TmuxPane.verdict, "run"] + TmuxJSON.worksheetArgument, environment: environment(home), input: "2\n")
        #expect(piped.status == 73, "stderr: \(piped.errors)")
        let sheet = TmuxJSON.worksheetArgument.first ?? "django-vs-flask"
        #expect(piped.errors.contains("an unfinished session (2 answers) exists and piped input does not discard it; "
            + "to continue: verdict run \(sheet) --resume, or add --fresh to start over"), "\(piped.errors)")
        #expect(!piped.output.contains("Question 1 of"))

        let resumed = try TmuxJSON.run(
            [TmuxPane.verdict, "run", "--resume"] + TmuxJSON.worksheetArgument,
            environment: environment(home), input: "")
        // Plain prompts continue at the question after the last one answered; the two
        // answers are kept (and marked when the user goes back to them).
        #expect(resumed.output.contains("Resuming at question 3 with 2 answers kept"), "output: \(resumed.output)")
        #expect(resumed.output.contains("Question 3 of"))
        #expect(!resumed.output.contains("Question 1 of"))
        let back = try TmuxJSON.run(
            [TmuxPane.verdict, "run", "--resume"] + TmuxJSON.worksheetArgument,
            environment: environment(home), input: "b\n")
        #expect(back.output.contains("Question 2 of"))
        #expect(back.output.contains("(your answer)"))
    }

    /// QA i18: Ana's unfinished session is not lost on someone who runs `verdict run
    /// --resume` (or `verdict`) without her name: they are told of it and of its command.
    @Test func resumingWithoutTheNameNamesAnothersSessionAndItsCommand() throws {
        let home = try home()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let first = try TmuxJSON.run(
            [TmuxPane.verdict, "run", "--name", "Ana"] + TmuxJSON.worksheetArgument, environment: environment(home), input: "1\n1\n")
        #expect(first.status == 130, "stderr: \(first.errors)")
        let sheet = TmuxJSON.worksheetArgument.first ?? "django-vs-flask"
        let hint = "Ana's session is unfinished (2 answers); to continue it instead: verdict run \(sheet) --name Ana --resume"
        for extra in [["--resume"], []] {
            let run = try TmuxJSON.run(
                [TmuxPane.verdict, "run"] + extra + TmuxJSON.worksheetArgument, environment: environment(home), input: "")
            #expect(run.errors.contains(hint), "\(extra) stderr: \(run.errors)")
        }
        let resumed = try TmuxJSON.run(
            [TmuxPane.verdict, "run", "--name", "Ana", "--resume"] + TmuxJSON.worksheetArgument,
            environment: environment(home), input: "")
        #expect(resumed.output.contains("Resuming at question 3 with 2 answers kept"), "output: \(resumed.output)")
        #expect(!resumed.errors.contains("session is unfinished"))
    }

    @Test func resumeAndFreshTogetherIsAUsageError() throws {
        let home = try home()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let run = try TmuxJSON.run([TmuxPane.verdict, "run", "--resume", "--fresh"], environment: environment(home))
        #expect(run.status == 64)
        #expect(run.errors.contains("--resume and --fresh"))
    }

    @Test func missingWorksheetExits66() throws {
        let home = try home()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let run = try TmuxJSON.run([TmuxPane.verdict, "run", home + "/nope.yaml"], environment: environment(home))
        #expect(run.status == 66)
    }

    @Test func hiddenFrameBenchmarkDrawsWithoutATerminal() throws {
        let home = try home()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let run = try TmuxJSON.run([TmuxPane.verdict, "run", "--benchmark-frames", "5"], environment: environment(home))
        #expect(run.status == 0, "stderr: \(run.errors)")
        #expect(run.output.contains("frames 5 at 200x60"))
        #expect(run.output.contains("diff_draw median_ms "))
    }

    @Test func unwritableStateFolderCostsOnlyTheAutosave() throws {
        let home = try home()
        defer { try? FileManager.default.removeItem(atPath: home) }
        _ = FileManager.default.createFile(atPath: home + "/file", contents: Data())
        var env = environment(home)
        env["XDG_STATE_HOME"] = home + "/file/state"
        let run = try TmuxJSON.run(
            [TmuxPane.verdict, "run", "--plain"] + TmuxJSON.worksheetArgument,
            environment: env, input: String(repeating: "1\n", count: 80))
        #expect(run.status == 0, "stderr: \(run.errors)")
        let lines = run.errors.split(separator: "\n")
        #expect(lines.count == 3, "stderr: \(run.errors)")
        #expect(lines.first?.contains("cannot save the session: Not a directory") == true)
        #expect(lines.dropFirst().first == "verdict: continuing without autosave")
        // Said on stdout before the first question, and the answers given back at the end (QA s6).
        #expect(run.output.contains("Answers cannot be saved (" + home + "/file/state: Not a directory); "
            + "they are kept only until you quit."), "\(run.output)")
        #expect(lines.last?.hasPrefix("verdict: your answers were not saved; to score them again: verdict score ") == true)
    }

    /// Stopped early with nowhere to save: no "kept", and the command that scores the answers.
    @Test func unwritableStateFolderStoppedEarlyGivesTheAnswersBack() throws {
        let home = try home()
        defer { try? FileManager.default.removeItem(atPath: home) }
        _ = FileManager.default.createFile(atPath: home + "/file", contents: Data())
        var env = environment(home)
        env["XDG_STATE_HOME"] = home + "/file"
        let run = try TmuxJSON.run([TmuxPane.verdict, "run", "--plain", "wakatime-2015"], environment: env, input: "1\n2\n")
        #expect(run.status == 130, "stderr: \(run.errors)")
        #expect(run.output.contains("Input ended. Your answers were not saved."), "\(run.output)")
        #expect(!run.output.contains("kept."), "\(run.output)")
        #expect(run.errors.hasSuffix("verdict: your answers were not saved; to score them again: verdict score wakatime-2015 "
            + "--answer 'coding-5-years=yes' --answer 'python-3-years=no'\n"), "\(run.errors)")
    }

    @Test func badWorksheetExits65WithALocatedError() throws {
        let home = try home()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let path = home + "/bad.yaml"
        try Data("id: broken\n".utf8).write(to: URL(fileURLWithPath: path))
        let run = try TmuxJSON.run([TmuxPane.verdict, "run", path], environment: environment(home))
        #expect(run.status == 65)
        #expect(run.errors.hasPrefix("verdict: \(path):1:1: "))
        #expect(run.output.isEmpty)
    }

    @Test func noArgumentsRunsTheDefaultWorksheet() throws {
        let home = try home()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let run = try TmuxJSON.run([TmuxPane.verdict], environment: environment(home), input: "q\n")
        #expect(run.output.contains("Django or Flask?"))
        #expect(run.output.contains("Question 1 of"))
    }

    @Test func damagedAutosaveIsReportedAndTheRunStartsFresh() throws {
        let home = try home()
        defer { try? FileManager.default.removeItem(atPath: home) }
        try FileManager.default.createDirectory(atPath: home + "/state/verdict", withIntermediateDirectories: true)
        try Data("{\"format\":1,\"checksum\":\"".utf8)
            .write(to: URL(fileURLWithPath: home + "/state/verdict/django-vs-flask.json"))
        let run = try TmuxJSON.run(
            [TmuxPane.verdict, "run", "--resume"] + TmuxJSON.worksheetArgument,
            environment: environment(home), input: "q\n")
        #expect(run.errors.contains("the autosave is damaged (not a Verdict autosave, or truncated); starting fresh"))
        #expect(run.output.contains("Question 1 of"))
    }
}
