import Foundation
import Testing
import VerdictTestSupport

/// Every meeting writes into a folder of its own and keeps a save of its own: a second
/// meeting started in the same minute (served) or in the same place (hot seat) never
/// writes into an earlier meeting's folder, a second `serve` of a worksheet being served is
/// refused, and an export folder that is a file or a device is refused before listening.
@Suite(.serialized, .enabled(if: PipeRun.available, "needs the verdict binary"))
struct MeetingExportFolderTests {
    static var noServer: String? {
        FileManager.default.isExecutableFile(atPath: MeetingServeTests.server) ? nil : "no verdict-meeting beside \(VerdictBinary.path)"
    }

    @Test(.enabled(if: noServer == nil, "\(noServer ?? "")"))
    func aServedMeetingHasAFolderAndASaveOfItsOwn() throws {
        let home = try PipeRun.home()
        // Earlier meetings' folders of this minute and the next (the default's name).
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmm"
        let earlier = [Date(), Date().addingTimeInterval(60)].map { "meeting-" + formatter.string(from: $0) }
        for name in earlier {
            try FileManager.default.createDirectory(atPath: home + "/" + name, withIntermediateDirectories: false)
            try Data("earlier\n".utf8).write(to: URL(fileURLWithPath: home + "/" + name + "/ana.json"))
        }
        let serve = ["meeting", "serve", "wakatime-2015", "--listen", "127.0.0.1:0", "--code", MeetingServeTests.code]
        let first = try Self.start(serve, home: home)
        defer { kill(first.process.processIdentifier, SIGKILL); first.process.waitUntilExit() }
        let invite = try first.output()
        #expect(earlier.contains { invite.contains("Exports: ./\($0)-2\n") }, "\(invite)")
        for name in earlier {
            #expect(try FileManager.default.contentsOfDirectory(atPath: home + "/" + name) == ["ana.json"], "\(name)")
        }
        // The same worksheet served again at once: refused, it would share the save.
        let second = try Self.run(serve + ["--export-folder", "meet4"], home: home)
        #expect(second.status == 73)
        #expect(second.errors == "verdict: a meeting of wakatime-2015 is being served (pid \(first.process.processIdentifier))\n",
                "\(second.errors)")
        #expect(!FileManager.default.fileExists(atPath: home + "/meet4"))
        // An export folder that is a file or a device: refused before listening.
        try Data().write(to: URL(fileURLWithPath: home + "/afile"))
        for folder in ["afile", "/dev/null"] {
            let refused = try Self.run(["meeting", "serve", "django-vs-flask", "--listen", "127.0.0.1:0", "--export-folder", folder],
                                       home: home)
            #expect(refused.status == 73, "\(folder)")
            #expect(refused.errors == "verdict: \(folder): cannot write: \(folder) is not a folder\n", "\(refused.errors)")
            #expect(!refused.output.contains("Join:"), "\(refused.output)")
        }
    }

    @Test(.enabled(if: noServer == nil, "\(noServer ?? "")"))
    func resumingWithNothingSavedExits66() throws {
        let home = try PipeRun.home()
        let resumed = try Self.run(["meeting", "serve", "wakatime-2015", "--listen", "127.0.0.1:0", "--resume"], home: home)
        #expect(resumed.status == 66)
        #expect(resumed.errors.hasSuffix("meeting-serve-wakatime-2015.json: no unfinished meeting of wakatime-2015 to resume\n"),
                "\(resumed.errors)")
        #expect(!resumed.output.contains("Join:"), "\(resumed.output)")
    }

    /// A server that cannot listen (the port is taken) leaves no export folder behind.
    @Test(.enabled(if: noServer == nil, "\(noServer ?? "")"))
    func aServerThatCannotListenLeavesNoFolder() throws {
        let home = try PipeRun.home()
        let first = try Self.start(["meeting", "serve", "wakatime-2015", "--listen", "127.0.0.1:0", "--export-folder", "first"],
                                   home: home)
        defer { kill(first.process.processIdentifier, SIGKILL); first.process.waitUntilExit() }
        let invite = try first.output()
        let port = try #require(invite.split(separator: "\n").first { $0.hasPrefix("Join: ssh -p ") }?
            .split(separator: " ").dropFirst(3).first.flatMap { Int($0) }, "\(invite)")
        let before = try FileManager.default.contentsOfDirectory(atPath: home).sorted()
        let refused = try Self.run(["meeting", "serve", "django-vs-flask", "--listen", "127.0.0.1:\(port)"], home: home)
        #expect(refused.status == 73, "\(refused.errors)")
        #expect(refused.errors.contains("cannot listen on 127.0.0.1:\(port)"), "\(refused.errors)")
        let after = try FileManager.default.contentsOfDirectory(atPath: home).filter { !$0.hasSuffix(".out") && !$0.hasSuffix(".err") }
        #expect(after.sorted() == before.filter { !$0.hasSuffix(".out") && !$0.hasSuffix(".err") }, "\(after)")
    }

    @Test func aSecondHotSeatMeetingNeverWritesIntoTheFirstOnesFolder() throws {
        let home = try PipeRun.home()
        let answers = String(repeating: "1\n2\n1\n", count: 8)
        let first = try PipeRun(["meeting", "wakatime-2015", "--plain", "--members", "Cy,Di"], home: home, input: answers)
        #expect(first.status == 0, "\(first.errors)")
        let folder = home + "/verdict-meeting-wakatime-2015"
        let team = try Data(contentsOf: URL(fileURLWithPath: folder + "/team.json"))
        let second = try PipeRun(["meeting", "wakatime-2015", "--plain", "--members", "Ana,Bo"], home: home, input: answers)
        #expect(second.status == 0, "\(second.errors)")
        #expect(second.output.contains("Wrote ./verdict-meeting-wakatime-2015-2/ana.json"), "\(second.output.suffix(300))")
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/team.json")) == team)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["cy.json", "decision.md", "di.json", "team.json"])
        // Named, a folder that holds files is refused before the first question.
        let named = try PipeRun(["meeting", "wakatime-2015", "--plain", "--members", "Ana,Bo", "--export-folder", "verdict-meeting-wakatime-2015"],
                                home: home, input: answers)
        #expect(named.status == 73)
        #expect(named.errors == "verdict: verdict-meeting-wakatime-2015: cannot write: holds files already (another export?); "
                + "expected a new or empty folder\n", "\(named.errors)")
        #expect(!named.output.contains("Question 1 of"), "\(named.output)")
    }

    // MARK: - A server without a terminal

    /// A `verdict` process writing its output to files in `home`.
    struct Started {
        let process: Process
        let out: String
        let err: String

        /// Standard output once the server printed where its exports go (or exited).
        func output(seconds: Double = 30) throws -> String {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                let text = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
                if text.contains("Exports: ") || !process.isRunning { return text }
                usleep(50_000)
            }
            throw TmuxTimeout(what: "the exports line", screen: (try? String(contentsOfFile: out, encoding: .utf8)) ?? "")
        }
    }

    /// Starts `verdict ARGUMENTS` in `home` with no terminal: a server runs the plain facilitator.
    static func start(_ arguments: [String], home: String) throws -> Started {
        let name = UUID().uuidString
        let started = Started(process: Process(), out: home + "/\(name).out", err: home + "/\(name).err")
        for path in [started.out, started.err] { try Data().write(to: URL(fileURLWithPath: path)) }
        let process = started.process
        process.executableURL = URL(fileURLWithPath: VerdictBinary.path)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: home)
        process.environment = ["HOME": home, "XDG_STATE_HOME": home + "/state", "XDG_CONFIG_HOME": home + "/config",
                               "XDG_CACHE_HOME": home + "/cache", "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
        process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        process.standardOutput = FileHandle(forWritingAtPath: started.out)
        process.standardError = FileHandle(forWritingAtPath: started.err)
        try process.run()
        return started
    }

    /// Runs `verdict ARGUMENTS` to its end (killed after 20 s: a server that should have refused).
    static func run(_ arguments: [String], home: String) throws -> (status: Int32, output: String, errors: String) {
        let started = try start(arguments, home: home)
        let deadline = Date().addingTimeInterval(20)
        while started.process.isRunning, Date() < deadline { usleep(20_000) }
        if started.process.isRunning { kill(started.process.processIdentifier, SIGKILL) }
        started.process.waitUntilExit()
        return (started.process.terminationStatus, try String(contentsOfFile: started.out, encoding: .utf8),
                try String(contentsOfFile: started.err, encoding: .utf8))
    }
}
