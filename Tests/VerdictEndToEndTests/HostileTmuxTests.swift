import Foundation
import VerdictTestSupport
import Testing
import VerdictEngine

/// Terminal faults in a real terminal (tmux, a private `-L` socket per test): a storm of
/// resizes, a 1×1 pane, the pane killed under the process (SIGHUP). The process must
/// survive or exit cleanly, the autosave must stay intact, and a new run must resume.
@Suite("Hostile: terminal faults in tmux", .serialized, .enabled(if: TmuxPane.skipReason == nil, "needs tmux and the built verdict binary (CI installs tmux)"))
struct HostileTmuxTests {
    // MARK: - Resizes

    @Test("a storm of 60 resizes, down to 1×1 and up to 250×80: the session carries on where it was")
    func resizeStorm() throws {
        try withPane { pane in
            let screen = try pane.launchAndAnswerTheFirstQuestion()
            let header = try #require(pane.questionHeader(screen))
            let pid = try pane.shellPIDOfVerdict()
            var generator = SystemRandomNumberGenerator()
            for step in 0..<60 {
                let size = step % 10 == 0 ? (1, 1) : (Int.random(in: 1...250, using: &generator), Int.random(in: 1...80, using: &generator))
                try pane.resize(width: size.0, height: size.1)
            }
            try pane.resize(width: 80, height: 24)
            let after = try pane.waitFor(header)
            #expect(!after.contains("Enlarge"))
            #expect(kill(pid, 0) == 0, "verdict died during the resizes")
            try pane.press("1")
            try pane.waitFor("Question 3 of")
            #expect(try savedAnswers(pane).count == 2)
            try pane.press("C-c")
            #expect(try pane.exitCode() == 130)
        }
    }

    @Test("started in a 1×1 pane: no crash; growing the pane shows the welcome screen")
    func tinyPane() throws {
        try withPane(width: 1, height: 1) { pane in
            try pane.launch()
            let pid = try pane.shellPIDOfVerdict()
            try pane.resize(width: 2, height: 1)
            try pane.resize(width: 1, height: 1)
            #expect(kill(pid, 0) == 0, "verdict died in a 1×1 pane")
            try pane.resize(width: 80, height: 24)
            try pane.waitFor("Enter start", seconds: 15)
            try pane.press("C-c")
            #expect(try pane.exitCode() == 130)
        }
    }

    // MARK: - The terminal goes away

    @Test("the pane killed mid-session (SIGHUP): the process ends, the autosave is intact, a new run resumes")
    func paneKilled() throws {
        let home = ScratchFolders.path("verdict-hostile-tmux")
        try FileManager.default.createDirectory(atPath: home + "/state", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }

        let first = try TmuxPane(home: home)
        try first.launch()
        try first.waitFor("Enter start", seconds: 15)
        try first.press("Enter")
        try first.waitFor("Question 1 of")
        for number in 2...4 {
            try first.press("1")
            try first.waitFor("Question \(number) of")
        }
        let pid = try first.shellPIDOfVerdict()
        _ = try first.tmuxOutput(["kill-pane", "-t", "0"])
        #expect(waitUntilGone(pid), "verdict \(pid) still running after its pane was killed")
        first.close(keepHome: true)

        let saved = try SessionStore(directory: home + "/state/verdict").loadReporting(worksheetID: "django-vs-flask")
        #expect(saved?.notice == nil)
        #expect(saved?.snapshot.answers.count == 3)

        let second = try TmuxPane(home: home)
        defer { second.close(keepHome: true) }
        try second.launch("--resume")
        try second.waitFor("Question 4 of", seconds: 15)
        try second.press("C-c")
        #expect(try second.exitCode() == 130)
    }

    // MARK: - Signals with the terminal still there

    @Test("kill -HUP, -QUIT or -USR1 with the terminal alive: saved, exit 128+n, cooked and off the alternate screen (G03, G04)",
          arguments: [SIGHUP, SIGQUIT, SIGUSR1])
    func signalWithTheTerminalAlive(_ number: Int32) throws {
        try withPane { pane in
            try pane.launchAndAnswerTheFirstQuestion()
            let pid = try pane.shellPIDOfVerdict()
            kill(pid, number)
            #expect(try pane.exitCode() == 128 + number)
            let modes = try pane.shellOutput("stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e -icanon -e echo -e -echo -e isig -e -isig")
            #expect(modes.split(separator: "\n").sorted() == ["echo", "icanon", "isig"], "stty: \(modes)")
            let alternate = try pane.tmuxOutput(["display-message", "-p", "#{alternate_on}"])
            #expect(alternate.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
            #expect(try savedAnswers(pane).count == 1)
        }
    }

    // MARK: - Helpers

    private func withPane(width: Int = 80, height: Int = 24, _ body: (TmuxPane) throws -> Void) throws {
        let pane = try TmuxPane(width: width, height: height)
        defer { pane.close() }
        try body(pane)
    }

    /// The answers in the pane's autosave.
    private func savedAnswers(_ pane: TmuxPane) throws -> [String: String] {
        try SessionStore(directory: pane.home + "/state/verdict").load(worksheetID: "django-vs-flask")?.answers ?? [:]
    }

    /// Polls `/proc` until the process is gone or a zombie (5 s deadline).
    private func waitUntilGone(_ pid: pid_t) -> Bool {
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline {
            let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
            if stat.isEmpty || stat.split(separator: ")").last?.trimmingCharacters(in: .whitespaces).hasPrefix("Z") == true {
                return true
            }
            usleep(20_000)
        }
        return false
    }
}
