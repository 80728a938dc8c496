import Foundation
import Testing
import VerdictEngine

/// Faults in a running session, through the built binary in plain mode: a second
/// `verdict run` on the same session, `kill -9` in the middle of an autosave, and the
/// worksheet file deleted while the session runs. No answer may be lost.
@Suite("Hostile: session faults through the binary", .serialized)
struct HostileSessionFaultTests {
    // MARK: - Two processes

    @Test("a second run on the same session: exit 73 and a clear line naming the first")
    func twoProcesses() throws {
        let state = try HostileFolder.make("two")
        defer { HostileFolder.remove(state) }
        let first = try Session(arguments: ["run", "wakatime-2015", "--plain", "--fresh"], state: state)
        defer { first.finish() }
        let lockFile = state + "/verdict/wakatime-2015.lock"
        #expect(waitUntil { (HostileFolder.read(lockFile)?.count ?? 0) > 0 }, "the first run never took the lock")

        let second = try HostileBinary.run(["run", "wakatime-2015", "--plain", "--fresh"],
                                           environment: ["XDG_STATE_HOME": state])

        #expect(second.status == 73)
        #expect(second.errors == "verdict: another verdict is using this session (pid \(first.process.processIdentifier))\n")
    }

    // MARK: - kill -9 while saving

    @Test("kill -9 during autosaves: the autosave always loads (main or previous copy)")
    func killDuringAutosave() throws {
        let state = try HostileFolder.make("kill9")
        defer { HostileFolder.remove(state) }
        let store = SessionStore(directory: state + "/verdict")
        let input = state + "/answers.txt"
        try HostileFolder.write(String(repeating: "1\n", count: 8), to: input)
        var interrupted = 0
        for round in 0..<25 {
            let process = try HostileBinary.start(
                ["run", "wakatime-2015", "--plain", round == 0 ? "--fresh" : "--resume"], environment: ["XDG_STATE_HOME": state],
                stdin: input)
            let sawSave = waitUntil(while: process) {
                HostileFolder.entries(state + "/verdict").contains { $0.hasSuffix(".tmp") }
            }
            if sawSave { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal { interrupted += 1 }
            let loaded = try store.loadReporting(worksheetID: "wakatime-2015")
            if let answers = loaded?.snapshot.answers {
                #expect(answers.values.allSatisfy { $0 == "yes" }, "round \(round): \(answers)")
            }
        }
        #expect(interrupted > 0, "no autosave was interrupted; the test proved nothing")
    }

    // MARK: - Worksheet deleted mid-session

    @Test("the worksheet deleted mid-session: the run finishes and keeps the answers; resuming says the file is gone")
    func worksheetDeleted() throws {
        let state = try HostileFolder.make("deleted")
        defer { HostileFolder.remove(state) }
        let sheet = state + "/sheet.yaml"
        let bundled = try #require(BundledFiles.worksheets.first { $0.name == "wakatime-2015.yaml" })
        try HostileFolder.write(bytes: bundled.bytes, to: sheet)
        let session = try Session(arguments: ["run", sheet, "--plain", "--fresh"], state: state)
        defer { session.finish() }
        let autosave = state + "/verdict/wakatime-2015.json"
        session.send("1\n1\n")
        #expect(waitUntil { (try? SessionStore(directory: state + "/verdict").load(worksheetID: "wakatime-2015"))??.answers.count == 2 })

        try FileManager.default.removeItem(atPath: sheet)
        session.send("2\nq\n")
        session.closeInput()
        session.process.waitUntilExit()

        #expect(session.process.terminationReason == .exit)
        let saved = try #require(try SessionStore(directory: state + "/verdict").load(worksheetID: "wakatime-2015"))
        #expect(saved.answers.count == 3, "\(saved.answers)")
        #expect(FileManager.default.fileExists(atPath: autosave))
        let resumed = try HostileBinary.run(["run", sheet, "--plain", "--resume"], environment: ["XDG_STATE_HOME": state])
        #expect(resumed.status == 66)
        #expect(resumed.errors == "verdict: \(sheet): no such file\n")
        #expect(FileManager.default.fileExists(atPath: autosave), "the autosave must survive a missing worksheet")
    }

    // MARK: - Helpers

    /// A `verdict run` whose standard input the test writes to.
    final class Session {
        let process = Process()
        private let input = Pipe()

        init(arguments: [String], state: String) throws {
            process.executableURL = URL(fileURLWithPath: HostileBinary.path)
            process.arguments = arguments
            var environment = ProcessInfo.processInfo.environment
            environment["XDG_STATE_HOME"] = state
            environment["TERM"] = "dumb"
            process.environment = environment
            process.standardInput = input
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
        }

        func send(_ text: String) { input.fileHandleForWriting.write(Data(text.utf8)) }

        func closeInput() { try? input.fileHandleForWriting.close() }

        /// Ends the process if it still runs.
        func finish() {
            closeInput()
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
    }

    /// Polls `condition` until it holds or 10 seconds pass; true when it held.
    private func waitUntil(_ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if condition() { return true }
            usleep(2_000)
        }
        return condition()
    }

    /// Spins while the process runs until `condition` holds; true when it held.
    private func waitUntil(while process: Process, _ condition: () -> Bool) -> Bool {
        while process.isRunning {
            if condition() { return true }
        }
        return false
    }
}
