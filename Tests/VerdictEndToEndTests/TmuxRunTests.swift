import Foundation
import Testing

/// `verdict run` in a real terminal (tmux): answering, results vs `verdict score`, export,
/// resize, Ctrl-C with a sane terminal afterwards, resume, SIGTERM, a second process.
@Suite(.serialized, .enabled(if: TmuxPane.skipReason == nil, "needs tmux and the built verdict binary (CI installs tmux)")) struct TmuxRunTests {
    /// Runs a test body with a fresh pane.
    func withPane(width: Int = 80, height: Int = 24, _ body: (TmuxPane) throws -> Void) throws {
        let pane = try TmuxPane(width: width, height: height)
        defer { pane.close() }
        try body(pane)
    }

    // MARK: - Answering

    @Test func answeringByKeysMatchesVerdictScoreAndExportsValidJSON() throws {
        try withPane { pane in
            let output = pane.home + "/out.json"
            try pane.launch("--output '\(output)'")
            let results = try pane.answerEverything(with: "1")
            let shown = try #require(pane.recommendation(results), "no recommendation on:\n\(results)")

            // Export from the results screen (accept the suggested path, then check it).
            try pane.press("e")
            try pane.waitFor("Enter export")
            try pane.press("C-u")
            try pane.type(pane.home + "/exported.json")
            try pane.press("Enter")
            try pane.waitFor("Exported JSON")
            try pane.press("q")
            #expect(try pane.exitCode() == 0)

            let exported = try TmuxJSON.object(atPath: pane.home + "/exported.json")
            #expect(exported["schemaVersion"] as? Int == 2)
            let written = try TmuxJSON.object(atPath: output)
            #expect(TmuxJSON.recommendedName(written) == shown)

            // `verdict score` on the same answers agrees with the screen.
            let score = try TmuxJSON.run([TmuxPane.verdict, "score"] + TmuxJSON.worksheetArgument
                + ["--answers", output, "--format", "json"])
            #expect(score.status == 0, "verdict score failed: \(score.errors)")
            let scored = try TmuxJSON.parse(score.output)
            #expect(TmuxJSON.recommendedName(scored) == shown)

            try TmuxJSON.validate(pane.home + "/exported.json")
            try TmuxJSON.validate(output)
            // A finished session leaves no autosave behind.
            #expect(!FileManager.default.fileExists(atPath: pane.home + "/state/verdict/django-vs-flask.json"))
        }
    }

    /// The quit question on the results says "Your answers are saved; the result has not been
    /// exported": saying yes must not then delete the only copy of a finished session.
    @Test func quittingTheResultsWithoutExportingKeepsTheAnswers() throws {
        try withPane { pane in
            try pane.launch()
            try pane.answerEverything(with: "1")
            try pane.press("q")
            try pane.waitFor("Your answers are saved")
            try pane.press("y")
            #expect(try pane.exitCode() == 0)
            #expect(FileManager.default.fileExists(atPath: pane.home + "/state/verdict/django-vs-flask.json"))
        }
    }

    /// A state folder that is a file: the screens never say "saved" (QA s6), and after `y` the
    /// answers come back as a `verdict score` command.
    @Test func anUnusableStateFolderIsSaidOnScreenFromTheStart() throws {
        try withPane(width: 160, height: 30) { pane in
            _ = FileManager.default.createFile(atPath: pane.home + "/file", contents: Data())
            try pane.command("clear; XDG_STATE_HOME='\(pane.home)/file' '\(TmuxPane.verdict)' run wakatime-2015; echo \"EXIT=$?\"")
            let welcome = try pane.waitFor("Answers cannot be saved", seconds: 15)
            #expect(!welcome.contains("saved as you go"), "\(welcome)")
            try pane.press("Enter")
            try pane.press("1")
            try pane.waitFor("Question 2 of")
            try pane.waitFor("Not saved, lost at quit unless exported: \(pane.home)/file/verdict")
            try pane.press("q")
            try pane.waitFor("Quit and lose your answers? y/n")
            try pane.press("y")
            #expect(try pane.exitCode() == 0)
            try pane.waitFor("to score them again: verdict score wakatime-2015 --answer 'coding-5-years=yes'", history: true)
        }
    }

    // MARK: - Resize

    @Test func shrinkingShowsTheEnlargeMessageAndGrowingRestores() throws {
        try withPane { pane in
            try pane.launch()
            try pane.waitFor("Enter start", seconds: 15)
            try pane.press("Enter")
            let before = try pane.waitFor("the first question") { pane.questionHeader($0) != nil }
            let header = try #require(pane.questionHeader(before))
            try pane.resize(width: 40, height: 10)
            try pane.waitFor("Enlarge")
            try pane.resize(width: 80, height: 24)
            let after = try pane.waitFor(header)
            #expect(!after.contains("Enlarge"))
            try pane.press("q")
            let asked = try pane.waitFor("quit confirmation or exit") { $0.contains("y quit") || $0.contains("EXIT=") }
            if asked.contains("y quit") { try pane.press("y") }
            #expect(try pane.exitCode() == 0)
        }
    }

    // MARK: - Interrupting

    @Test func ctrlCExits130WithASaneTerminalAndResumeContinues() throws {
        try withPane { pane in
            try pane.launch()
            try pane.waitFor("Enter start", seconds: 15)
            try pane.press("Enter")
            var screen = try pane.waitFor("Question 1 of")
            for number in 2...4 {
                try pane.press("1")
                screen = try pane.waitFor("Question \(number) of")
            }
            let header = try #require(pane.questionHeader(screen))
            try pane.press("C-c")
            #expect(try pane.exitCode() == 130)
            let modes = try pane.shellOutput("stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e -icanon -e echo -e -echo")
            #expect(modes.split(separator: "\n").sorted() == ["echo", "icanon"], "stty: \(modes)")

            try pane.launch("--resume")
            let resumed = try pane.waitFor(header)
            #expect(resumed.contains(header))
            try pane.press("C-c")
            #expect(try pane.exitCode() == 130)
        }
    }

    @Test func ctrlZSuspendsWithASaneTerminalAndFgRedraws() throws {
        try withPane { pane in
            try pane.launchAndAnswerTheFirstQuestion()
            try pane.press("C-z")
            try pane.waitFor("Stopped", history: true)
            let modes = try pane.shellOutput("stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e -icanon -e echo -e -echo")
            #expect(modes.split(separator: "\n").sorted() == ["echo", "icanon"], "stty: \(modes)")
            try pane.command("clear; fg; echo \"AFTER=$?\"")
            let back = try pane.waitFor("Question 2 of")
            #expect(back.contains("1-9 pick"))
            try pane.press("C-c")
            try pane.waitFor("AFTER=130", history: true)
        }
    }

    @Test func sigtermSavesRestoresAndExits143() throws {
        try withPane { pane in
            try pane.launchAndAnswerTheFirstQuestion()
            let pid = try pane.shellPIDOfVerdict()
            kill(pid, SIGTERM)
            #expect(try pane.exitCode() == 143)
            let modes = try pane.shellOutput("stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e -icanon -e echo -e -echo")
            #expect(modes.split(separator: "\n").sorted() == ["echo", "icanon"], "stty: \(modes)")
            #expect(FileManager.default.fileExists(atPath: pane.home + "/state/verdict/django-vs-flask.json"))
        }
    }

    @Test func closingTheTerminalSavesAndEndsTheProcess() throws {
        try withPane { pane in
            try pane.launchAndAnswerTheFirstQuestion()
            let pid = try pane.shellPIDOfVerdict()
            _ = try pane.tmuxOutput(["kill-server"])  // the terminal goes away: SIGHUP
            let deadline = Date().addingTimeInterval(5)
            var gone = false
            while Date() < deadline, !gone {
                let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
                gone = stat.isEmpty || stat.split(separator: ")").last?.trimmingCharacters(in: .whitespaces).hasPrefix("Z") == true
                if !gone { usleep(20_000) }
            }
            #expect(gone, "verdict \(pid) still running after its terminal closed")
            #expect(FileManager.default.fileExists(atPath: pane.home + "/state/verdict/django-vs-flask.json"))
        }
    }

    @Test func aSecondProcessOnTheSameSessionIsRefused() throws {
        try withPane { pane in
            try pane.launch()
            try pane.waitFor("Enter start", seconds: 15)
            let second = try TmuxJSON.run(
                [TmuxPane.verdict, "run", "--plain"] + TmuxJSON.worksheetArgument,
                environment: ["HOME": pane.home, "XDG_STATE_HOME": pane.home + "/state"])
            #expect(second.status == 73)
            #expect(second.errors.contains("another verdict is using this session (pid "))
            try pane.press("C-c")
            #expect(try pane.exitCode() == 130)
        }
    }

    @Test func unknownTermFallsBackToPlainPrompts() throws {
        try withPane { pane in
            try pane.command("clear; TERM=no-such-terminal '\(TmuxPane.verdict)' run\(TmuxPane.worksheetArguments); echo \"EXIT=$?\"")
            let screen = try pane.waitFor("Question 1 of", seconds: 15)
            let squeezed = screen.filter { !$0.isWhitespace }
            let expected = "verdict: cannot start the full-screen UI for TERM=no-such-terminal; using plain prompts"
            #expect(squeezed.contains(expected.filter { !$0.isWhitespace }))
            try pane.command("q")
            _ = try pane.exitCode()
        }
    }
}

extension TmuxPane {
    /// The pid of the `verdict` process running in this pane (child of the pane's shell).
    func shellPIDOfVerdict() throws -> pid_t {
        let panePID = try Int32(tmuxOutput(["display-message", "-p", "#{pane_pid}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline {
            let children = (try? String(contentsOfFile: "/proc/\(panePID)/task/\(panePID)/children", encoding: .utf8)) ?? ""
            for child in children.split(separator: " ").compactMap({ Int32($0) }) {
                let name = (try? String(contentsOfFile: "/proc/\(child)/comm", encoding: .utf8)) ?? ""
                if name.hasPrefix("verdict") { return child }
            }
            usleep(20_000)
        }
        throw TmuxTimeout(what: "the verdict process", screen: "")
    }
}
