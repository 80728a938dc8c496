import Foundation
import Testing
import VerdictEngine
import VerdictTestSupport
import VerdictUI

/// The saved welcome frame (`EarlyWelcome`): a launch draws the frame the previous one kept
/// before the session exists, the session's own frame always has the last word, and no
/// welcome is drawn where the run opens on something else.
///
/// Everything the program writes to the terminal is recorded with tmux's `pipe-pane`, so a
/// test can tell what was drawn on the way, not only what the screen shows at the end.
@Suite(.serialized) struct StartupWelcomeFrameTests {
    func withPane(width: Int = 80, height: Int = 24, _ body: (TmuxPane) throws -> Void) throws {
        if let reason = TmuxPane.skipReason {
            print("skipped: \(reason)")
            return
        }
        // The default worksheet: VERDICT_TEST_WORKSHEET runs would name another.
        if ProcessInfo.processInfo.environment["VERDICT_TEST_WORKSHEET"] != nil {
            print("skipped: runs on the default worksheet only")
            return
        }
        let pane = try TmuxPane(width: width, height: height)
        defer { pane.close() }
        try body(pane)
    }

    /// The one saved frame file.
    func frameFile(_ pane: TmuxPane) throws -> String {
        let folder = pane.home + "/.cache/verdict/frames"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".vfc") }
        #expect(names.count == 1, "frame files: \(names)")
        return folder + "/" + (try #require(names.first))
    }

    /// A frame file's key line, worksheet id and frame.
    func readFrame(_ path: String) throws -> (key: [UInt8], id: String, grid: CellGrid) {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let newline = try #require(bytes.firstIndex(of: 0x0A))
        let payload = Array(bytes[(newline + 9)...])
        let idLength = Int(payload[0])
        let grid = try #require(FrameCodec.decode(payload[(1 + idLength)...]))
        return (Array(bytes[..<newline]), String(decoding: payload[1...idLength], as: UTF8.self), grid)
    }

    /// Writes a frame file as the program would (key, newline, fingerprint, payload).
    func writeFrame(_ path: String, key: [UInt8], id: String, grid: CellGrid) throws {
        let payload = [UInt8(id.utf8.count)] + Array(id.utf8) + (try #require(FrameCodec.encode(grid)))
        let fingerprint = CacheEntryFile.fingerprint(payload)
        let bytes = key + [0x0A] + (0..<8).map { UInt8(truncatingIfNeeded: fingerprint >> UInt64($0 * 8)) } + payload
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    /// Launches `verdict run ARGUMENTS` with its output recorded; returns the recording's path.
    func launchRecorded(_ pane: TmuxPane, _ arguments: String = "", name: String) throws -> String {
        let recording = pane.home + "/\(name).out"
        _ = try pane.tmuxOutput(["pipe-pane", "cat >> '\(recording)'"])
        try pane.launch(arguments)
        return recording
    }

    /// Quits from the welcome screen and stops recording.
    func quit(_ pane: TmuxPane) throws {
        try pane.press("q")
        let asked = try pane.waitFor("quit confirmation or exit") { $0.contains("y quit") || $0.contains("EXIT=") }
        if asked.contains("y quit") { try pane.press("y") }
        #expect(try pane.exitCode() == 0)
        _ = try pane.tmuxOutput(["pipe-pane"])
    }

    /// Launches `verdict run`, waits for the welcome screen and quits; returns the screen.
    @discardableResult
    func welcomeAndQuit(_ pane: TmuxPane) throws -> String {
        try pane.launch()
        let screen = try pane.waitFor("Enter start", seconds: 15)
        try quit(pane)
        return screen
    }

    func recorded(_ path: String) -> String {
        String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
    }

    // MARK: - Saved and shown

    @Test func theNextLaunchDrawsTheSavedFrameAndTheSessionCorrectsIt() throws {
        try withPane { pane in
            let first = try welcomeAndQuit(pane)
            let path = try frameFile(pane)
            let saved = try readFrame(path)
            #expect(saved.id == "django-vs-flask")
            #expect(saved.grid.width == 80 && saved.grid.height == 24)
            #expect(saved.grid.text.contains("Press Enter to start."))

            // A frame that differs from what the session draws, under the right key.
            var stale = saved.grid
            stale.put("STALEFRAME", row: 2, column: 1, slot: .title)
            try writeFrame(path, key: saved.key, id: saved.id, grid: stale)
            let recording = try launchRecorded(pane, name: "second")
            let second = try pane.waitFor("the session's welcome") { $0.contains("Enter start") && !$0.contains("STALEFRAME") }
            try quit(pane)
            // It was drawn before the session's frame, which replaced it, and the session's
            // frame is what is kept now.
            #expect(recorded(recording).contains("STALEFRAME"))
            #expect(second == first)
            let kept = try readFrame(path)
            #expect(kept.grid == saved.grid)
            #expect(kept.key == saved.key)
        }
    }

    @Test func aMatchingFrameIsKeptAsItIs() throws {
        try withPane { pane in
            try welcomeAndQuit(pane)
            let path = try frameFile(pane)
            let before = try FileManager.default.attributesOfItem(atPath: path)
            try welcomeAndQuit(pane)
            let after = try FileManager.default.attributesOfItem(atPath: path)
            // Not written again: same file (a rewrite renames a new one into place).
            #expect(before[.systemFileNumber] as? Int == after[.systemFileNumber] as? Int)
        }
    }

    @Test func anotherSizeIsNotDrawnEarlyAndIsSavedInstead() throws {
        try withPane { pane in
            try welcomeAndQuit(pane)
            let path = try frameFile(pane)
            try pane.resizeAndSettle(width: 100, height: 30)
            let recording = try launchRecorded(pane, name: "wider")
            try pane.waitFor("Enter start", seconds: 15)
            try quit(pane)
            let kept = try readFrame(path)
            #expect(kept.grid.width == 100 && kept.grid.height == 30)
            // One welcome frame was drawn, the session's: the 80-column one never was.
            #expect(recorded(recording).components(separatedBy: "Press Enter to start.").count == 2)
            // Below the minimum size the "enlarge" frame is drawn, and not kept.
            try pane.resizeAndSettle(width: 30, height: 8)
            try pane.launch()
            try pane.waitFor("Enlarge", seconds: 15)
            try quit(pane)
            #expect(try readFrame(path).grid == kept.grid)
        }
    }

    // MARK: - The shell's screen

    /// Whether the pane shows the alternate screen.
    func onAlternateScreen(_ pane: TmuxPane) throws -> Bool {
        try pane.tmuxOutput(["display-message", "-p", "#{alternate_on}"]).trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    /// Start-up leaves curses and resumes it once with the alternate screen's strings
    /// blanked: the frame must still be on the alternate screen, and every way out must
    /// bring the shell's screen back, with and without a saved frame.
    @Test(arguments: ["q", "C-c"])
    func theShellsScreenComesBackOnEveryExit(_ key: String) throws {
        try withPane { pane in
            for round in 1...2 {
                try pane.command("clear; echo BEFORE-\(round); '\(TmuxPane.verdict)' run; echo \"DONE-\(round)=$?\"")
                try pane.waitFor("Enter start", seconds: 15)
                #expect(try onAlternateScreen(pane))
                try pane.press(key)
                let after = try pane.waitFor("the shell again") { $0.contains("DONE-\(round)=") || $0.contains("y quit") }
                if after.contains("y quit") { try pane.press("y") }
                let screen = try pane.waitFor("DONE-\(round)=")
                #expect(screen.contains("DONE-\(round)=\(key == "q" ? 0 : 130)"), "screen:\n\(screen)")
                #expect(try !onAlternateScreen(pane))
                #expect(screen.contains("BEFORE-\(round)") && !screen.contains("Enter start"), "screen:\n\(screen)")
            }
            _ = try frameFile(pane)
        }
    }

    // MARK: - Not shown

    @Test func anUnfinishedSessionGetsTheResumeQuestionWithoutAWelcomeFirst() throws {
        try withPane { pane in
            try pane.launchAndAnswerTheFirstQuestion()
            try pane.press("C-c")
            #expect(try pane.exitCode() == 130)
            _ = try frameFile(pane)
            try pane.command("clear")
            let recording = try launchRecorded(pane, name: "resume-question")
            try pane.waitFor("An unfinished session", seconds: 15)
            try pane.press("C-c")
            _ = try pane.exitCode()
            _ = try pane.tmuxOutput(["pipe-pane"])
            #expect(!recorded(recording).contains("Press Enter to start."))
        }
    }

    @Test func resumeWithNothingToResumeShowsItsNoticeWithoutAWelcomeFirst() throws {
        try withPane { pane in
            try welcomeAndQuit(pane)
            _ = try frameFile(pane)
            try pane.command("clear")
            let recording = try launchRecorded(pane, "--resume", name: "resume-nothing")
            try pane.waitFor("no unfinished session to resume", seconds: 15)
            try quit(pane)
            #expect(!recorded(recording).contains("Press Enter to start."))
        }
    }
}
