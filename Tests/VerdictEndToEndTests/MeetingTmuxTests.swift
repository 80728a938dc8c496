import Foundation
import VerdictTestSupport
import Testing

/// `verdict meeting` in a real terminal (tmux) with three members: hidden answers, the
/// reveal, the team results screen, the export read back by `verdict team`; Ctrl-C and
/// resume. And the plain meeting through a pipe.
@Suite(.serialized, .enabled(if: TmuxPane.skipReason == nil, "needs tmux and the built verdict binary (CI installs tmux)")) struct MeetingTmuxTests {
    static let members = ["Ana", "Ben", "Cy"]
    /// The answer number each member types (every question has at least two answers).
    static let picks = ["Ana": "1", "Ben": "2", "Cy": "1"]

    func withPane(_ body: (TmuxPane) throws -> Void) throws {
        let pane = try TmuxPane(width: 100, height: 30)
        defer { pane.close() }
        try body(pane)
    }

    func launch(_ pane: TmuxPane, _ arguments: String = "") throws {
        try pane.command("clear; '\(TmuxPane.verdict)' meeting\(TmuxPane.worksheetArguments) --members Ana,Ben,Cy "
            + "\(arguments); echo \"EXIT=$?\"")
    }

    /// The member whose turn it is, from "NAME, choose your answer".
    func turn(_ screen: String) -> String? {
        Self.members.first { screen.contains("\($0), choose your answer") }
    }

    /// Answers one member's turn or the facilitator's decision (`agree`: Enter on the
    /// highlighted answer, else `n`, no agreed answer); returns the next screen.
    func step(_ pane: TmuxPane, _ screen: String, agree: Bool = true) throws -> String {
        if screen.contains("Facilitator: set") {
            try pane.press(agree ? "Enter" : "n")
        } else if let member = turn(screen), let key = Self.picks[member] {
            try pane.type(key)
        } else {
            throw TmuxTimeout(what: "a member's turn or the reveal", screen: screen)
        }
        return try settled(pane, after: screen)
    }

    /// Launches the meeting and waits for Ana's first whole turn.
    func start(_ pane: TmuxPane, _ arguments: String = "") throws -> String {
        try launch(pane, arguments)
        return try pane.waitFor("Ana's turn", seconds: 15) { self.turn($0) == "Ana" && self.isWhole($0) }
    }

    /// Steps from `screen` until the team results show, at most `limit` steps.
    func playToResults(_ pane: TmuxPane, from screen: String, agree: Bool = true, limit: Int = 400) throws -> String {
        var screen = screen
        for _ in 0..<limit where !screen.contains("Team result ·") { screen = try step(pane, screen, agree: agree) }
        return screen
    }

    /// Whether a screen is a whole frame of one phase (curses may be caught mid-draw).
    func isWhole(_ screen: String) -> Bool {
        (turn(screen) != nil && screen.contains("Tab next member"))
            || (screen.contains("Facilitator: set") && screen.contains("n move on"))
            || (screen.contains("Team result ·") && screen.contains("Team") && screen.contains("e export"))
    }

    /// Waits for a whole frame different from `previous`, seen twice in a row.
    func settled(_ pane: TmuxPane, after previous: String) throws -> String {
        var last = ""
        return try pane.waitFor("a new whole frame") { current in
            defer { last = current }
            return current != previous && current == last && self.isWhole(current)
        }
    }

    // MARK: - The whole meeting

    @Test func threeMembersMeetAndTheExportReadsBackTheSame() throws {
        try withPane { pane in
            var screen = try start(pane)
            var reveals = 0
            for _ in 0..<400 {
                if screen.contains("Team result ·") { break }
                if turn(screen) != nil, !screen.contains("Facilitator") {
                    // Before the reveal nothing says who chose what.
                    #expect(!screen.contains("): Ana") && !screen.contains("): Ben") && !screen.contains("): Cy"),
                            "an answer shows before the reveal:\n\(screen)")
                }
                if screen.contains("Facilitator: set") {
                    reveals += 1
                    #expect(screen.contains("(2): Ana, Cy") || screen.contains("(2):"), "no distribution:\n\(screen)")
                }
                // The first reveal is agreed (it then counts for everyone); the rest stay open.
                screen = try step(pane, screen, agree: reveals == 1)
            }
            #expect(screen.contains("Team result ·"))
            #expect(reveals >= 3)
            let pickLine = screen.components(separatedBy: "\n").first { $0.contains("Team pick:") || $0.contains("Team: too close") }
            #expect(pickLine != nil, "no team verdict:\n\(screen)")

            // Drill into the first disagreement and back.
            try pane.press("Enter")
            let detail = try pane.waitFor("Disagreement 1 of")
            #expect(detail.contains("Why: "))
            #expect(detail.contains("Ana") && detail.contains("Ben"))
            try pane.press("Escape")
            try pane.waitFor("Disagreements, most important first")

            // Export into a folder of our choosing.
            let folder = pane.home + "/meeting"
            try Self.exportAndQuit(pane, to: folder)

            // Three member files, the team JSON and the decision record, in the folder
            // (the layout of `meeting serve`, DESIGN §8).
            let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
            #expect(files == ["ana.json", "ben.json", "cy.json", "decision.md", "team.json"])
            let exported = try TmuxJSON.object(atPath: folder + "/team.json")

            // `verdict team` reads the member files back to the same result.
            let team = try TmuxJSON.run([TmuxPane.verdict, "team", folder, "--format", "json"],
                                        environment: ["HOME": pane.home, "XDG_STATE_HOME": pane.home + "/state"])
            #expect(team.status == 0, "verdict team failed: \(team.errors)")
            let merged = try TmuxJSON.parse(team.output)
            #expect(Self.summary(merged) == Self.summary(exported))
            #expect(Self.picks(merged).count == 3)
            // The screen's verdict is the file's.
            if let name = Self.teamPickName(exported), let pickLine {
                #expect(pickLine.contains(name), "screen said \(pickLine), file says \(name)")
            }
            // An exported meeting leaves no autosave behind.
            #expect(!Self.savedMeeting(pane.home))
        }
    }

    /// A step after the export (accepting, with a note) is written into the folder at once:
    /// `q` then leaves a record that says what the screen said.
    @Test func aStepAfterTheExportIsWrittenAtOnce() throws {
        try withPane { pane in
            _ = try playToResults(pane, from: start(pane))
            let folder = pane.home + "/meeting"
            try Self.export(pane, to: folder)
            try pane.type("a")
            try pane.waitFor("Accept the decision")
            try pane.type("agreed in the room")
            try pane.press("Enter")
            try pane.waitFor("Decision accepted")
            try pane.press("q")
            #expect(try pane.exitCode() == 0)
            let record = try String(contentsOfFile: folder + "/decision.md", encoding: .utf8)
            #expect(record.contains("- Status: accepted") && record.contains("agreed in the room"), "\(record)")
            #expect(!Self.savedMeeting(pane.home))
        }
    }

    /// A re-vote after the export takes the meeting back to its questions; back on the
    /// results, they are not exported, and `q` keeps the meeting for `--resume`.
    @Test func aReVoteAfterTheExportKeepsTheMeetingUntilItIsWritten() throws {
        try withPane { pane in
            _ = try playToResults(pane, from: start(pane), agree: false)
            try Self.export(pane, to: pane.home + "/meeting")
            try pane.type("v")
            let round = try pane.waitFor("the re-vote's first turn") { self.turn($0) != nil && self.isWhole($0) }
            let screen = try playToResults(pane, from: round, agree: false, limit: 20)
            #expect(screen.contains("not exported"), "\(screen)")
            try pane.press("q")
            #expect(try pane.exitCode() == 0)
            #expect(Self.savedMeeting(pane.home))
        }
    }

    // MARK: - Interrupt and resume

    @Test func ctrlCKeepsTheAutosaveAndResumeContinues() throws {
        try withPane { pane in
            try launch(pane)
            var screen = try pane.waitFor("Ana's turn", seconds: 15) { self.turn($0) == "Ana" }
            screen = try step(pane, screen)
            #expect(turn(screen) == "Ben")
            try pane.press("C-c")
            #expect(try pane.exitCode() == 130)
            #expect(Self.savedMeeting(pane.home))
            // The terminal is sane again: the shell echoes what we type.
            let modes = try pane.shellOutput("stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e -icanon -e echo -e -echo")
            #expect(modes.split(separator: "\n").sorted() == ["echo", "icanon"], "stty: \(modes)")

            try launch(pane, "--resume")
            let resumed = try pane.waitFor("Ben's turn after Ana's answer", seconds: 15) {
                self.turn($0) == "Ben" && $0.contains("Ana  ✓ answered")
            }
            #expect(!resumed.contains("): Ana"))
            try pane.press("q")
            #expect(try pane.exitCode() == 0)
        }
    }

    @Test func sigtermRestoresTheTerminalKeepsProgressAndAsksToResume() throws {
        try withPane { pane in
            try launch(pane)
            let first = try pane.waitFor("Ana's turn", seconds: 15) { self.turn($0) == "Ana" }
            _ = try step(pane, first)
            kill(try pane.shellPIDOfVerdict(), SIGTERM)
            #expect(try pane.exitCode() == 143)
            let modes = try pane.shellOutput("stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e -icanon -e echo -e -echo")
            #expect(modes.split(separator: "\n").sorted() == ["echo", "icanon"], "stty: \(modes)")
            #expect(Self.savedMeeting(pane.home))

            // Without --resume or --fresh, the meeting asks.
            try launch(pane)
            let asked = try pane.waitFor("An unfinished meeting of Ana, Ben, Cy", seconds: 15)
            #expect(asked.contains("(1 answer)"))
            try pane.press("y")
            let resumed = try pane.waitFor("Ben's turn after Ana's answer") {
                self.turn($0) == "Ben" && $0.contains("Ana  ✓ answered")
            }
            #expect(resumed.contains("Cy   · waiting"))
            try pane.press("C-c")
            #expect(try pane.exitCode() == 130)
        }
    }

    /// SIGKILL after a re-vote, an agreed answer and accepting: `--resume` has them all back
    /// (the autosave carries the whole meeting decision), and the export records them.
    @Test func sigkillLosesNoRoundAgreedAnswerOrAcceptance() throws {
        try withPane { pane in
            var screen = try start(pane)
            var reveals = 0
            for _ in 0..<400 where !screen.contains("Team result ·") {
                if screen.contains("Facilitator: set") {
                    reveals += 1
                    // The first question is re-voted (the same answers again), then agreed.
                    if reveals == 1 {
                        try pane.type("v")
                        screen = try settled(pane, after: screen)
                        continue
                    }
                    screen = try step(pane, screen, agree: reveals == 2)
                } else {
                    screen = try step(pane, screen)
                }
            }
            try pane.type("a")
            try pane.waitFor("Accept the decision")
            try pane.type("Ship it")
            try pane.press("Enter")
            try pane.waitFor("Decision accepted: Ship it")
            kill(try pane.shellPIDOfVerdict(), SIGKILL)
            #expect(try pane.exitCode() == 137)
            // The killed program left the terminal raw: Ctrl-J ends the line that resets it.
            try pane.type("stty sane; tput rmcup; clear")
            try pane.press("C-j")
            try pane.waitFor("a clear terminal") { !$0.contains("Decision accepted") }

            try launch(pane, "--resume")
            let resumed = try pane.waitFor("the results after the resume", seconds: 15) {
                $0.contains("Decision accepted: Ship it") && $0.contains("e export")
            }
            #expect(resumed.contains("Team result ·"))
            // The re-voted and agreed question is listed as settled (below the disagreements),
            // with its outcome.
            try pane.press("NPage")
            try pane.waitFor("the settled question") { $0.contains("Settled in this meeting") && $0.contains("agreed ") }
            let folder = pane.home + "/after-kill"
            try Self.exportAndQuit(pane, to: folder)
            let meeting = try #require(try TmuxJSON.object(atPath: folder + "/team.json")["meeting"] as? [String: Any])
            #expect(meeting["accepted"] as? Bool == true && meeting["note"] as? String == "Ship it")
            let rounds = meeting["rounds"] as? [[String: Any]] ?? []
            #expect(rounds.count == 1 && rounds.first?["revealed"] as? Bool == true)
            #expect((meeting["agreed"] as? [[String: Any]])?.count == 1)
            let record = try String(contentsOfFile: folder + "/decision.md", encoding: .utf8)
            #expect(record.contains("- Status: accepted") && record.contains("re-vote 1: "))
        }
    }

    /// QA session 3: answers, `v` at once, then `q` printed no saved line and `--resume`
    /// started fresh (the autosave held no answers, only the round's `before`). Now q says how
    /// to continue, `--resume` reopens the round, and after a SIGKILL there the same.
    @Test func aReVoteOpenedAtOnceSurvivesQuitAndSIGKILL() throws {
        try withPane { pane in
            var screen = try start(pane)
            while !screen.contains("Facilitator: set") { screen = try step(pane, screen) }
            try pane.type("v")
            try pane.waitFor("the round's first turn") { self.turn($0) == "Ana" && $0.contains("Re-vote") }
            try pane.press("q")
            #expect(try pane.exitCode() == 0)
            try pane.waitFor("the saved line") { $0.contains("meeting saved; to continue:") }
            #expect(Self.savedMeeting(pane.home))

            try launch(pane, "--resume")
            screen = try pane.waitFor("the round again", seconds: 15) { self.turn($0) == "Ana" && self.isWhole($0) }
            #expect(!screen.contains("starting fresh"))
            kill(try pane.shellPIDOfVerdict(), SIGKILL)
            #expect(try pane.exitCode() == 137)
            try MeetingServeTests.resetTerminal(pane)

            try launch(pane, "--resume")
            screen = try pane.waitFor("the round after SIGKILL", seconds: 15) { self.turn($0) == "Ana" && self.isWhole($0) }
            #expect(!screen.contains("starting fresh"))
            while !screen.contains("Facilitator: set") { screen = try step(pane, screen) }
            // The same answers again: the round is revealed against the answers first given.
            try pane.waitFor("the round's outcome") { $0.contains("Revealed — re-vote 1:") && $0.contains("unchanged") }
            try pane.press("C-c")
            #expect(try pane.exitCode() == 130)
        }
    }

    // MARK: - verdict team --tui

    @Test func teamTUIShowsTheSameResultsScreenAndExports() throws {
        try withPane { pane in
            let environment = ["HOME": pane.home, "XDG_STATE_HOME": pane.home + "/state"]
            let input = String(repeating: "1\n2\n1\nn\n", count: 60)
            let made = try TmuxJSON.run([TmuxPane.verdict, "meeting"] + TmuxJSON.worksheetArgument
                + ["--members", "Ana,Ben,Cy", "--export-folder", pane.home + "/gathered"], environment: environment, input: input)
            #expect(made.status == 0, "meeting failed: \(made.errors)")
            try pane.command("clear; '\(TmuxPane.verdict)' team --tui '\(pane.home)/gathered'; echo \"EXIT=$?\"")
            let overview = try pane.waitFor("Team result ·", seconds: 15)
            #expect(overview.contains("Disagreements, most important first"))
            try pane.press("Enter")
            try pane.waitFor("Disagreement 1 of")
            try Self.exportAndQuit(pane, to: pane.home + "/again")
            let before = try TmuxJSON.object(atPath: pane.home + "/gathered/team.json")
            let after = try TmuxJSON.object(atPath: pane.home + "/again/team.json")
            #expect(Self.summary(before) == Self.summary(after))
        }
    }

    /// As a meeting's: the default folder is a new one (numbered past an earlier export's),
    /// and a typed folder that holds files is refused.
    @Test func teamTUIExportsIntoAFolderOfItsOwn() throws {
        try withPane { pane in
            let environment = ["HOME": pane.home, "XDG_STATE_HOME": pane.home + "/state"]
            let input = String(repeating: "1\n2\n1\nn\n", count: 60)
            let made = try TmuxJSON.run([TmuxPane.verdict, "meeting"] + TmuxJSON.worksheetArgument
                + ["--members", "Ana,Ben,Cy", "--export-folder", pane.home + "/gathered"], environment: environment, input: input)
            #expect(made.status == 0, "meeting failed: \(made.errors)")
            let sheet = try TmuxJSON.object(atPath: pane.home + "/gathered/team.json")["worksheet"] as? [String: Any]
            let taken = "verdict-team-" + (sheet?["id"] as? String ?? "?")
            try FileManager.default.createDirectory(atPath: pane.home + "/" + taken, withIntermediateDirectories: false)
            try Data("mine\n".utf8).write(to: URL(fileURLWithPath: pane.home + "/" + taken + "/notes.txt"))
            try pane.command("clear; cd '\(pane.home)' && '\(TmuxPane.verdict)' team --tui gathered; echo \"EXIT=$?\"")
            try pane.waitFor("Team result ·", seconds: 15)
            try pane.press("e")
            try pane.waitFor("the default past the taken folder") { $0.contains("./\(taken)-2/") }
            try pane.press("C-u")
            try pane.type(taken)
            try pane.press("Enter")
            try pane.waitFor("the taken folder refused") { $0.contains("holds files already") }
            try pane.press("C-u")
            try pane.type(taken + "-2")
            try pane.press("Enter")
            try pane.waitFor("· exported")
            // Exported again into the folder it made: rewritten, not refused.
            try pane.press("e")
            try pane.waitFor("Export the team's results")
            try pane.press("Enter")
            try pane.waitFor("exported again") { $0.contains("Wrote 3 member files") }
            try pane.press("q")
            #expect(try pane.exitCode() == 0)
            #expect(try FileManager.default.contentsOfDirectory(atPath: pane.home + "/" + taken) == ["notes.txt"])
            #expect(FileManager.default.fileExists(atPath: pane.home + "/" + taken + "-2/team.json"))
        }
    }

    /// From the team results: `e`, type `folder`, export.
    static func export(_ pane: TmuxPane, to folder: String) throws {
        try pane.press("e")
        try pane.waitFor("Export the team's results")
        try pane.press("C-u")
        try pane.type(folder)
        try pane.press("Enter")
        try pane.waitFor("· exported")
    }

    /// From the team results: `e`, type `folder`, export, `q`; the run ends with status 0.
    static func exportAndQuit(_ pane: TmuxPane, to folder: String) throws {
        try export(pane, to: folder)
        try pane.press("q")
        #expect(try pane.exitCode() == 0)
    }

    // MARK: - Plain, through a pipe

    @Test func plainMeetingThroughAPipeExportsTheSameResult() throws {
        let home = ScratchFolders.path("verdict-meeting-plain")
        try FileManager.default.createDirectory(atPath: home + "/state", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let environment = ["HOME": home, "XDG_STATE_HOME": home + "/state"]
        // The first question is re-voted (Ben and Cy swap), then agreed as highlighted.
        let input = "1\n2\n1\nv\n1\n1\n2\n\n" + String(repeating: "1\n2\n1\n\n", count: 60)
        let run = try TmuxJSON.run([TmuxPane.verdict, "meeting"] + TmuxJSON.worksheetArgument
            + ["--members", "Ana,Ben,Cy", "--export-folder", home + "/out"], environment: environment, input: input)
        #expect(run.status == 0, "meeting failed: \(run.errors)")
        #expect(run.output.contains("Team result:"))
        #expect(run.output.contains("Ana, your answer number (hidden)"))
        // The re-vote's reveal shows the answers before it; the result lists what was settled.
        #expect(run.output.contains("Answered first: Ana "), "\(run.output)")
        #expect(run.output.contains("Settled in this meeting") && run.output.contains("Re-vote 1: Ana "), "\(run.output)")
        let team = try TmuxJSON.run([TmuxPane.verdict, "team", home + "/out", "--format", "json"], environment: environment)
        #expect(team.status == 0, "verdict team failed: \(team.errors)")
        #expect(Self.summary(try TmuxJSON.parse(team.output)) == Self.summary(try TmuxJSON.object(atPath: home + "/out/team.json")))
    }

    // MARK: - Reading team JSON

    /// The team recommendation and each member's pick, as comparable text.
    static func summary(_ document: [String: Any]) -> String {
        let recommendation = document["recommendation"] as? [String: Any] ?? [:]
        let option = recommendation["option"] as? String ?? "none"
        let kind = recommendation["kind"] as? String ?? "?"
        return "\(option) \(kind) " + picks(document).joined(separator: ",")
    }

    /// "name=pick" per member, sorted.
    static func picks(_ document: [String: Any]) -> [String] {
        (document["members"] as? [[String: Any]] ?? []).map {
            "\($0["name"] as? String ?? "?")=\($0["pick"] as? String ?? "none")"
        }.sorted()
    }

    /// The team pick's option name, if any.
    static func teamPickName(_ document: [String: Any]) -> String? {
        guard let option = (document["recommendation"] as? [String: Any])?["option"] as? String else { return nil }
        let scores = document["scores"] as? [[String: Any]] ?? []
        return scores.first { $0["option"] as? String == option }?["name"] as? String
    }

    /// Whether a meeting of django-vs-flask is saved (its file is keyed by the members).
    static func savedMeeting(_ home: String) -> Bool {
        ((try? FileManager.default.contentsOfDirectory(atPath: home + "/state/verdict")) ?? [])
            .contains { $0.hasPrefix("meeting-django-vs-flask.") && $0.hasSuffix(".json") }
    }
}
