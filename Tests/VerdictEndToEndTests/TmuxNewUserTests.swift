import Foundation
import Testing

/// What a new user ran into (issue 18), in a real terminal (tmux): resume hints, lists that
/// are not cut off, the respondent's name, and a result that cannot be written refused early.
@Suite(.serialized, .enabled(if: TmuxPane.skipReason == nil, "needs tmux and the verdict binary"))
struct TmuxNewUserTests {
    /// Runs a test body with a fresh pane.
    func withPane(width: Int = 80, height: Int = 24, _ body: (TmuxPane) throws -> Void) throws {
        let pane = try TmuxPane(width: width, height: height)
        defer { pane.close() }
        try body(pane)
    }

    // MARK: - Fail early

    /// `--output` into a folder that does not exist is refused before the welcome screen
    /// (exit 73), not after the last question.
    @Test func anUnwritableOutputIsRefusedBeforeTheFirstQuestion() throws {
        try withPane { pane in
            let target = pane.home + "/no-such-folder/ana.json"
            try pane.launch("--output '\(target)'")
            #expect(try pane.exitCode(seconds: 8) == 73)
            let screen = try pane.screen()
            #expect(screen.replacingOccurrences(of: "\n", with: "").contains("\(target): cannot write"), "\(screen)")
            #expect(!screen.contains("Enter start") && !screen.contains("Question 1"))
        }
    }

    // MARK: - Resume hints

    /// Ctrl-C and `q` in the full-screen UI print the exact command that resumes, naming
    /// the worksheet (a bare `verdict run --resume` would open the default one).
    @Test func ctrlCAndQPrintTheCommandThatResumesThisWorksheet() throws {
        try withPane { pane in
            try pane.command("clear; '\(TmuxPane.verdict)' run wakatime-2015; echo \"EXIT=$?\"")
            try pane.waitFor("Enter start", seconds: 15)
            try pane.press("Enter")
            try pane.waitFor("Question 1 of")
            try pane.press("y")
            try pane.waitFor("Question 2 of")
            try pane.press("C-c")
            #expect(try pane.exitCode() == 130)
            let hint = "to continue: verdict run wakatime-2015 --resume"
            let stopped = try pane.screen()
            #expect(stopped.replacingOccurrences(of: "\n", with: "").contains(hint), "\(stopped)")

            try pane.command("clear; '\(TmuxPane.verdict)' run wakatime-2015 --resume; echo \"EXIT=$?\"")
            try pane.waitFor("Question 2 of")
            try pane.press("q")
            try pane.waitFor("Quit without exporting? y/n")
            try pane.press("y")
            #expect(try pane.exitCode() == 0)
            let quit = try pane.screen()
            #expect(quit.replacingOccurrences(of: "\n", with: "").contains(hint), "\(quit)")
        }
    }

    /// With `--output`, the quit question says where the result will be written instead
    /// of "not exported", and quitting writes it and says so.
    @Test func theQuitQuestionKnowsAboutOutput() throws {
        try withPane { pane in
            try pane.command("clear; cd '\(pane.home)'; '\(TmuxPane.verdict)' run wakatime-2015 --output ana.json; echo \"EXIT=$?\"")
            try pane.waitFor("Enter start", seconds: 15)
            try pane.press("Enter")
            try pane.waitFor("Question 1 of")
            try pane.press("y")
            try pane.waitFor("Question 2 of")
            try pane.press("q")
            let asked = try pane.waitFor("Quit? y/n")
            #expect(asked.contains("the result will be written to") && asked.contains("│ ana.json"), "\(asked)")
            #expect(!asked.contains("not exported"))
            try pane.press("y")
            #expect(try pane.exitCode() == 0)
            #expect(try pane.screen().contains("Wrote ana.json."))
            #expect(FileManager.default.fileExists(atPath: pane.home + "/ana.json"))
        }
    }
}
