import Foundation
import Testing
import VerdictEngine

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

    /// QA session 5: a final `--output` write that fails (/dev/full) after `q`, `y` on the
    /// results prints the command that continues; the answers stay saved.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "needs /dev/full"))
    func aFailedFinalWriteSaysHowToContinue() throws {
        try withPane { pane in
            try pane.command("clear; '\(TmuxPane.verdict)' run wakatime-2015 --output /dev/full; echo \"EXIT=$?\"")
            try pane.waitFor("Enter start", seconds: 15)
            try pane.press("Enter")
            for number in 1...8 {
                try pane.waitFor("Question \(number) of")
                try pane.press("y")
            }
            try pane.waitFor("the results") { !$0.contains("Question 8 of") }
            try pane.press("q")
            try pane.waitFor("Quit? y/n")
            try pane.press("y")
            #expect(try pane.exitCode() == 73)
            let screen = try pane.screen().replacingOccurrences(of: "\n", with: "")
            #expect(screen.contains("/dev/full: cannot write: No space left on device"), "\(screen)")
            #expect(screen.contains("to continue: verdict run wakatime-2015 --output /dev/full --resume"), "\(screen)")
        }
    }

    /// QA session 5: at 60×16, the smallest size, ↓ from the last answer scrolls a long help
    /// text (question 1 of django-flask-fastapi) on to its end.
    @Test func theHelpScrollsToItsEndAt60x16() throws {
        let question = try #require(try WorksheetCatalog(folders: []).resolve("django-flask-fastapi").sections.first?.questions.first)
        let lastWord = try #require(question.help.split(separator: " ").last.map(String.init))
        try withPane(width: 60, height: 16) { pane in
            try pane.command("clear; '\(TmuxPane.verdict)' run django-flask-fastapi; echo \"EXIT=$?\"")
            try pane.waitFor("Enter start", seconds: 15)
            try pane.press("Enter")
            try pane.waitFor("Question 1 of")
            try pane.press("?")
            try pane.waitFor("Why it matters")
            #expect(!(try pane.screen().contains(lastWord)), "the help's end fits at once: the test proves nothing")
            for _ in 0..<(question.answers.count + 30) { try pane.press("Down") }
            try pane.waitFor("the help's end '\(lastWord)'") { $0.contains(lastWord) && !$0.contains("↓ more") }
            try pane.press("q")
            #expect(try pane.exitCode() == 0)
        }
    }

    // MARK: - Your name

    /// Two yes/no questions, for the name tests.
    static let twoQuestions = """
        format: 1
        id: two
        title: Two questions
        version: "1.0.0"
        description: Two questions for the tests.
        options:
          - {id: django, name: Django}
          - {id: flask, name: Flask}
        sections:
          - id: main
            title: Main
            questions:
              - {id: q1, prompt: First question, help: Help., kind: yesno, weight: 1, answers: [{id: "yes", label: "Yes", points: {django: 1}, reason: R.}, {id: "no", label: "No", points: {flask: 1}, reason: R.}]}
              - {id: q2, prompt: Second question, help: Help., kind: yesno, weight: 1, answers: [{id: "yes", label: "Yes", points: {django: 1}, reason: R.}, {id: "no", label: "No", points: {flask: 1}, reason: R.}]}

        """

    /// The session files of the two-question worksheet in the pane's state folder.
    func sessionFiles(_ pane: TmuxPane) -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: pane.home + "/state/verdict")) ?? []
        return files.filter { $0.hasPrefix("two.") && $0.hasSuffix(".json") }.sorted()
    }

    /// A name typed on the welcome screen: a name with an unfinished session of its own is
    /// refused (its answers untouched); another moves the session to that name (the printed
    /// resume command carries `--name`, and resumes it); a second name typed on the results
    /// screen reaches the exported file, and the finished session is removed.
    @Test func aNameTypedInTheUIReachesTheExportAndKeepsTheSession() throws {
        try withPane { pane in
            try Data(Self.twoQuestions.utf8).write(to: URL(fileURLWithPath: pane.home + "/two.yaml"))
            let run = "clear; cd '\(pane.home)'; '\(TmuxPane.verdict)' run two.yaml"
            // Ana's own unfinished session.
            try pane.command(run + " --name Ana; echo \"EXIT=$?\"")
            try pane.waitFor("Enter start", seconds: 15)
            try pane.press("Enter")
            try pane.waitFor("Question 1 of")
            try pane.press("y")
            try pane.waitFor("Question 2 of")
            try pane.press("C-c")
            #expect(try pane.exitCode() == 130)
            let anas = sessionFiles(pane)
            #expect(anas.count == 1, "\(anas)")

            try pane.command(run + "; echo \"EXIT=$?\"")
            try pane.waitFor("No name yet: press n", seconds: 15)
            try pane.press("n")
            try pane.waitFor("Your name, saved with your answers")
            try pane.type("ana")
            try pane.press("Enter")
            let refused = try pane.waitFor("ana has another unfinished session")
            #expect(refused.contains("Your name was not changed"), "\(refused)")
            try pane.press("C-u")
            try pane.type("Ana Lee")
            try pane.press("Enter")
            try pane.waitFor("Your name: Ana Lee (n changes it).")
            try pane.press("Enter")
            try pane.waitFor("Question 1 of")
            try pane.press("n")
            try pane.waitFor("Question 2 of")
            try pane.press("C-c")
            #expect(try pane.exitCode() == 130)
            let hint = "to continue: verdict run two.yaml --name 'Ana Lee' --resume"
            let stopped = try pane.screen().replacingOccurrences(of: "\n", with: "")
            #expect(stopped.contains(hint), "\(stopped)")
            #expect(sessionFiles(pane).count == 2 && sessionFiles(pane).contains(anas[0]), "\(sessionFiles(pane))")

            try pane.command(run + " --name 'Ana Lee' --resume; echo \"EXIT=$?\"")
            try pane.waitFor("Question 2 of", seconds: 15)
            try pane.press("y")
            try pane.waitFor("See results")
            try pane.press("v")
            try pane.waitFor("Your name: Ana Lee (n changes it).")
            try pane.press("n")
            try pane.waitFor("Your name, saved with your answers")
            try pane.press("C-u")
            try pane.type("Ben")
            try pane.press("Enter")
            try pane.waitFor("Your name: Ben (n changes it).")
            // Quitting a finished result without exporting keeps it, under Ben's name: the
            // command that brings it back is printed.
            try pane.press("q")
            try pane.waitFor("Quit without exporting? y/n")
            try pane.press("y")
            #expect(try pane.exitCode() == 0)
            let kept = try pane.screen().replacingOccurrences(of: "\n", with: "")
            #expect(kept.contains("to continue: verdict run two.yaml --name Ben --resume"), "\(kept)")
            try pane.command(run + " --name Ben --resume; echo \"EXIT=$?\"")
            try pane.waitFor("Question 2 of", seconds: 15)
            try pane.press("Enter")
            try pane.waitFor("See results")
            try pane.press("v")
            try pane.waitFor("Your name: Ben (n changes it).")
            try pane.press("e")
            try pane.waitFor("verdict-two-ben.json")
            try pane.press("Enter")
            try pane.waitFor("Exported JSON")
            try pane.press("m")
            try pane.waitFor("verdict-two-ben.md")
            try pane.press("Enter")
            try pane.waitFor("Exported Markdown")
            try pane.press("q")
            #expect(try pane.exitCode() == 0)
            let markdown = try String(contentsOfFile: pane.home + "/verdict-two-ben.md", encoding: .utf8)
            #expect(markdown.contains("- Respondent: Ben\n"), "\(markdown)")
            let exported = try TmuxJSON.object(atPath: pane.home + "/verdict-two-ben.json")
            #expect(exported["respondent"] as? String == "Ben")
            #expect((exported["answers"] as? [Any])?.count == 2)
            #expect(sessionFiles(pane) == anas, "the finished session is removed, Ana's is kept: \(sessionFiles(pane))")
        }
    }

    /// A name whose session another Verdict has open is refused, saying so: its lock is
    /// taken before anything is written.
    @Test func aNameInUseByAnotherRunIsRefused() throws {
        try withPane { first in
            try Data(Self.twoQuestions.utf8).write(to: URL(fileURLWithPath: first.home + "/two.yaml"))
            try first.command("clear; cd '\(first.home)'; '\(TmuxPane.verdict)' run two.yaml --name Ana; echo \"EXIT=$?\"")
            try first.waitFor("Your name: Ana", seconds: 15)
            let second = try TmuxPane(home: first.home)
            defer { second.close(keepHome: true) }
            try second.command("clear; cd '\(first.home)'; '\(TmuxPane.verdict)' run two.yaml; echo \"EXIT=$?\"")
            try second.waitFor("No name yet", seconds: 15)
            try second.press("n")
            try second.waitFor("Your name, saved with your answers")
            try second.type("Ana")
            try second.press("Enter")
            try second.waitFor("another verdict is answering this worksheet as Ana")
            try second.press("Escape")
            try second.waitFor("No name yet")  // the name is unchanged
            try second.press("C-c")
            #expect(try second.exitCode() == 130)
            try first.press("q")
            #expect(try first.exitCode() == 0)
        }
    }

    // MARK: - Nothing cut off

    /// Eleven yes/no questions of equal weight with long prompts: six "yes" (Django) and
    /// five "no" (Flask) make a lean where each "yes" alone would change the verdict (six
    /// pivotal answers), and the review has rows numbered 10 and 11.
    static let elevenQuestions: String = {
        var text = """
            format: 1
            id: eleven
            title: Eleven questions
            version: "1.0.0"
            description: Eleven equal questions for the tests.
            options:
              - {id: django, name: Django}
              - {id: flask, name: Flask}
            sections:
              - id: main
                title: Main
                questions:

            """
        for number in 1...11 {
            text += """
                      - id: q\(number)
                        prompt: Question number \(number), worded at length so that the review must shorten it somewhere
                        help: Help.
                        kind: yesno
                        weight: 1
                        answers:
                          - {id: "yes", label: "Yes", points: {django: 1}, reason: Reason yes \(number).}
                          - {id: "no", label: "No", points: {flask: 1}, reason: Reason no \(number).}

                """
        }
        return text
    }()

    /// Starts `verdict run` on the eleven-question worksheet and answers y×6, n×5.
    func answerEleven(_ pane: TmuxPane) throws {
        try Data(Self.elevenQuestions.utf8).write(to: URL(fileURLWithPath: pane.home + "/eleven.yaml"))
        try pane.command("clear; '\(TmuxPane.verdict)' run '\(pane.home)/eleven.yaml'; echo \"EXIT=$?\"")
        try pane.waitFor("Enter start", seconds: 15)
        try pane.press("Enter")
        for (index, key) in (Array(repeating: "y", count: 6) + Array(repeating: "n", count: 5)).enumerated() {
            try pane.waitFor("Question \(index + 1) of 11")
            try pane.press(key)
        }
    }

    /// The results list every pivotal answer (six), scrolling to the end of the page.
    @Test func theResultsListEveryPivotalAnswer() throws {
        try withPane { pane in
            try answerEleven(pane)
            try pane.waitFor("See results")
            try pane.press("v")
            var screen = try pane.waitFor("the results") { $0.contains("Results ·") && $0.contains("Scores") }
            var pivots = Set<String>()
            var robustness = false
            for _ in 0..<40 {
                robustness = robustness || screen.contains("6 answers could each change it")
                for line in screen.split(separator: "\n") where line.contains("Answering “Question number") {
                    pivots.insert(String(line))
                }
                guard screen.contains("↓ more") else { break }
                let before = screen
                try pane.press("j")
                screen = try pane.waitFor("the page to scroll") { $0 != before }
            }
            #expect(robustness)
            #expect(pivots.count == 6, "\(pivots.sorted())")
            try pane.press("C-c")
            _ = try pane.exitCode()
        }
    }

    /// Review rows 10 and up line up with rows 1–9 and are shortened with "…", not clipped.
    @Test func reviewRowsTenAndUpAreAlignedAndEllipsised() throws {
        try withPane { pane in
            try answerEleven(pane)
            let screen = try pane.waitFor("row 11") { $0.contains("11. Question") }
            let rows = screen.split(separator: "\n").filter { $0.contains("Question number") }
            #expect(rows.count == 11, "\(screen)")
            let columns = Set(rows.map { row in row.distance(from: row.startIndex, to: row.range(of: "Question number")?.lowerBound ?? row.startIndex) })
            #expect(columns.count == 1, "prompts start in different columns:\n\(rows.joined(separator: "\n"))")
            for row in rows {
                #expect(row.contains("…"), "not shortened with …: \(row)")
                #expect(row.hasSuffix("Yes") || row.hasSuffix("No"), "answer cut off: \(row)")
            }
            try pane.press("C-c")
            _ = try pane.exitCode()
        }
    }

    /// The F1 list at 60 columns keeps every word of every key's help, wrapped.
    @Test func theKeysListIsNotCutAtSixtyColumns() throws {
        try withPane(width: 60, height: 40) { pane in
            try pane.command("clear; '\(TmuxPane.verdict)' run wakatime-2015; echo \"EXIT=$?\"")
            try pane.waitFor("Enter start", seconds: 15)
            try pane.press("Enter")
            try pane.waitFor("Question 1 of")
            try pane.press("F1")
            let screen = try pane.waitFor("the keys") { $0.contains("Keys:") }
            let box = screen.split(separator: "\n").filter { $0.contains("│") }
            #expect(box.count > 10 && !box.contains { $0.contains("…") }, "\(screen)")
            let joined = screen.split(separator: "\n").map { $0.replacingOccurrences(of: "│", with: " ") }
                .joined(separator: " ").split(separator: " ").joined(separator: " ")
            #expect(joined.contains("On a yes/no question: answer yes and go on."), "\(screen)")
            try pane.press("C-c")
            _ = try pane.exitCode()
        }
    }
}
