import Foundation
import Testing
import VerdictEngine

/// The failing cases of the December 2026 hostile-input probe (docs in
/// `docs/security.md`), through the built binary: output paths, device files and FIFOs as
/// inputs, escape sequences in file names and flag values, unbounded error output.
@Suite("Hostile: the probe's failing cases through the binary", .serialized)
struct HostileProbeTests {
    static let result = #"{"schemaVersion":1,"tool":{"name":"verdict"},"worksheet":{"id":"wakatime-2015","version":"1.0.0","title":"t","sha256":"SHA"},"respondent":"NAME","answers":[{"question":"api","answer":"yes"}]}"#

    /// A result file answering the bundled wakatime-2015 as the probe wrote them.
    static func resultFile(_ name: String) throws -> String {
        let sha = try #require(HostileBinary.run(["score", "wakatime-2015", "--answer", "api=yes", "--format", "json"])
            .output.firstMatch(of: /"sha256" *: *"([0-9a-f]{64})"/)?.1)
        return result.replacing("SHA", with: String(sha)).replacing("NAME", with: name)
    }

    static func kind(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
    }

    // MARK: - Output paths (D1)

    @Test("O03: --output through a symbolic link writes the file it points to; the link stays")
    func outputThroughLink() throws {
        let folder = try HostileFolder.make("probe-o03")
        defer { HostileFolder.remove(folder) }
        try HostileFolder.write("OLD\n", to: folder + "/real.json")
        symlink("real.json", folder + "/link.json")
        let run = try HostileBinary.run(["score", "wakatime-2015", "--answer", "api=yes", "--format", "json", "--output", "link.json"],
                                        directory: folder)
        #expect(run.status == 0, "\(run.errors)")
        #expect(Self.kind(folder + "/link.json") == S_IFLNK)
        #expect(String(decoding: HostileFolder.read(folder + "/real.json") ?? [], as: UTF8.self).contains("\"schemaVersion\""))
    }

    @Test("DEV1/DEV2: --output onto a link to /dev/null succeeds and replaces nothing; --output - is standard output")
    func outputToDevices() throws {
        let folder = try HostileFolder.make("probe-dev")
        defer { HostileFolder.remove(folder) }
        symlink("/dev/null", folder + "/null")
        let run = try HostileBinary.run(["score", "wakatime-2015", "--answer", "api=yes", "--output", "null"], directory: folder)
        #expect(run.status == 0, "\(run.errors)")
        #expect(Self.kind(folder + "/null") == S_IFLNK)
        #expect(HostileFolder.entries(folder) == ["null"])
        let dash = try HostileBinary.run(["score", "wakatime-2015", "--answer", "api=yes", "--format", "json", "--output", "-"],
                                         directory: folder)
        #expect(dash.status == 0, "\(dash.errors)")
        #expect(dash.output.contains("\"schemaVersion\""))
        #expect(!FileManager.default.fileExists(atPath: folder + "/-"))
    }

    @Test("new -o onto a dangling link is refused (exit 73) and creates nothing")
    func newOntoDanglingLink() throws {
        let folder = try HostileFolder.make("probe-dangling")
        defer { HostileFolder.remove(folder) }
        symlink(folder + "/elsewhere.yaml", folder + "/sheet.yaml")
        let run = try HostileBinary.run(["new", "my-sheet", "-o", folder + "/sheet.yaml", "--force"])
        #expect(run.status == 73)
        #expect(run.errors.contains("a symbolic link to a missing file"), "\(run.errors)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/elsewhere.yaml"))
    }

    // MARK: - Device files and FIFOs as inputs (D3, D12)

    @Test("S06/C02: validate /dev/zero names a character device, not '0 bytes'")
    func validateDevZero() throws {
        let run = try HostileBinary.run(["validate", "/dev/zero"])
        #expect(run.status == 66)
        #expect(run.errors == "verdict: /dev/zero: is a character device; expected a file\n")
    }

    @Test("T22/T31: a device link in the results folder is named and refused at once")
    func teamDeviceLink() throws {
        let folder = try HostileFolder.make("probe-t31")
        defer { HostileFolder.remove(folder) }
        try HostileFolder.write(try Self.resultFile("Ana"), to: folder + "/ana.json")
        symlink("/dev/zero", folder + "/zz.json")
        let run = try HostileBinary.run(["team", folder])
        #expect(run.status == 66)
        #expect(run.errors.contains("zz.json: is a character device; expected a file"), "\(run.errors)")
    }

    @Test("P10: a device link in ./worksheets does not stop list")
    func listDeviceLink() throws {
        let folder = try HostileFolder.make("probe-p10")
        defer { HostileFolder.remove(folder) }
        try FileManager.default.createDirectory(atPath: folder + "/worksheets", withIntermediateDirectories: true)
        symlink("/dev/zero", folder + "/worksheets/zz.yaml")
        let run = try HostileBinary.run(["list"], directory: folder, environment: ["HOME": folder, "XDG_CONFIG_HOME": folder + "/config"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("wakatime-2015"))
    }

    @Test("S10: validate on a FIFO whose writer never writes ends at once")
    func validateSilentFIFO() throws {
        let folder = try HostileFolder.make("probe-s10")
        defer { HostileFolder.remove(folder) }
        let pipe = folder + "/fifo.yaml"
        try #require(mkfifo(pipe, 0o600) == 0)
        let writer = open(pipe, O_RDWR | O_NONBLOCK)
        try #require(writer >= 0)
        defer { close(writer) }
        let process = try HostileBinary.start(["validate", pipe])
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning { process.terminate() }
        #expect(!process.isRunning)
        #expect(process.terminationStatus == 66)
    }

    // MARK: - Escape sequences in names and values (D2, D10)

    @Test("T18/P09: a result file whose name is an escape sequence is named only as placeholders")
    func hostileFileName() throws {
        let folder = try HostileFolder.make("probe-t18")
        defer { HostileFolder.remove(folder) }
        try HostileFolder.write("{", to: folder + "/\u{1B}]52;c;cHduZWQ=\u{07}\u{1B}]0;PWNED\u{07}x.json")
        for arguments in [["team", folder], ["validate", folder + "/\u{1B}]52;c;cHduZWQ=\u{07}\u{1B}]0;PWNED\u{07}x.json"]] {
            let run = try HostileBinary.run(arguments)
            #expect(run.status == 65, "\(run.errors)")
            #expect(HostileTerminalText.unsafeCharacters(in: run.stderr).isEmpty, "\(run.errors.debugDescription)")
            #expect(run.errors.contains("␛]0;PWNED␇x.json"), "\(run.errors)")
        }
    }

    @Test("A09/A10: --what-if values are echoed only as placeholders",
          arguments: ["\u{1B}]0;PWNED\u{07}=yes", "api=\u{1B}]0;PWNED\u{07}"])
    func whatIfValues(_ value: String) throws {
        let run = try HostileBinary.run(["score", "wakatime-2015", "--answer", "api=yes", "--what-if", value])
        #expect(run.status == 64)
        #expect(HostileTerminalText.unsafeCharacters(in: run.stderr).isEmpty, "\(run.errors.debugDescription)")
        #expect(run.errors.contains("␛]0;PWNED␇"))
    }

    // MARK: - Bounds (D13)

    @Test("A20: 100,000 unknown answer ids give 21 lines, not 39 MB")
    func unknownIdsFlood() throws {
        let folder = try HostileFolder.make("probe-a20")
        defer { HostileFolder.remove(folder) }
        try HostileFolder.write("answers:\n" + (0..<100_000).map { "  nope\($0): yes\n" }.joined(), to: folder + "/a.yaml")
        let run = try HostileBinary.run(["score", "wakatime-2015", "--answers", folder + "/a.yaml"])
        #expect(run.status == 65)
        #expect(run.errorLines.count == 21)
        #expect(run.errorLines.last == "verdict: … and 99,980 more problems")
        #expect(run.stderr.count < 5_000)
    }

    // MARK: - Identity (D8)

    @Test("T04/T06: members named Ana and Ana+U+200B or full-width Ａｎａ are not two people")
    func invisibleTwins() throws {
        for twin in ["Ana\\u200b", "\u{FF21}\u{FF4E}\u{FF41}", "\u{1D400}\u{1D427}\u{1D41A}"] {
            let folder = try HostileFolder.make("probe-t04")
            defer { HostileFolder.remove(folder) }
            try HostileFolder.write(try Self.resultFile("Ana"), to: folder + "/a.json")
            try HostileFolder.write(try Self.resultFile(twin), to: folder + "/b.json")
            let run = try HostileBinary.run(["team", folder])
            #expect(run.status == 65, "\(twin): \(run.output)")
        }
    }

    @Test("MT2: the hot seat and meeting serve refuse invisible, twin and empty --members alike (one roster check)",
          arguments: [["meeting", "wakatime-2015", "--plain"], ["meeting", "serve", "wakatime-2015"]])
    func meetingTwins(_ command: [String]) throws {
        func refused(_ members: String, saying message: String) throws {
            let run = try HostileBinary.run(command + ["--members", members])
            #expect(run.status == 64, "\(members): \(run.errors)")
            #expect(run.errors.contains(message), "\(members): \(run.errors)")
        }
        try refused("Ana,Ana\u{200B}", saying: "invisible character U+200B")
        try refused("Ana,An\u{200B}a", saying: "invisible character U+200B")
        for members in ["Ana,\u{1D400}\u{1D427}\u{1D41A}", "Ana,\u{FF21}\u{FF4E}\u{FF41}", "Ana,ana", "Fiona,\u{FB01}ona"] {
            try refused(members, saying: "the same name")
        }
        try refused("\u{C1}na,A\u{301}na", saying: "twice")  // equal once normalised
        try refused("Ana,,Ben", saying: "an empty name at position 2")
    }

    // MARK: - Sessions (D6)

    @Test("ST17, P06, P07: a file borrowing a built-in's id, and another name, get sessions of their own; list says who shadows")
    func sessionsAreKeyed() throws {
        let folder = try HostileFolder.make("probe-st17")
        defer { HostileFolder.remove(folder) }
        let environment = ["HOME": folder, "XDG_STATE_HOME": folder + "/state", "XDG_CONFIG_HOME": folder + "/config"]
        let first = try HostileBinary.run(["run", "django-vs-flask", "--plain"], input: Array("1\n1\n1\n".utf8),
                                          directory: folder, environment: environment)
        #expect(first.status == 130, "\(first.errors)")
        let store = SessionStore(directory: folder + "/state/verdict")
        #expect(try store.load(worksheetID: "django-vs-flask")?.answers.count == 3)

        let wakatime = try String(contentsOfFile: HostileBinary.packageRoot + "/worksheets/wakatime-2015.yaml", encoding: .utf8)
        try HostileFolder.write(wakatime.replacing("\nid: wakatime-2015\n", with: "\nid: django-vs-flask\n"), to: folder + "/other.yaml")
        let impostor = try HostileBinary.run(["run", "other.yaml", "--plain", "--fresh"], input: Array("1\n".utf8),
                                             directory: folder, environment: environment)
        #expect(impostor.status == 130, "\(impostor.errors)")
        #expect(try store.load(worksheetID: "django-vs-flask")?.answers.count == 3, "the built-in session was overwritten")

        let ben = try HostileBinary.run(["run", "django-vs-flask", "--plain", "--name", "Ben", "--resume"],
                                        directory: folder, environment: environment)
        #expect(ben.errors.contains("no unfinished session to resume"), "\(ben.errors)")
        #expect(try store.load(worksheetID: "django-vs-flask")?.answers.count == 3)

        try FileManager.default.createDirectory(atPath: folder + "/worksheets", withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: folder + "/other.yaml", toPath: folder + "/worksheets/django-vs-flask.yaml")
        let list = try HostileBinary.run(["list"], directory: folder, environment: environment)
        #expect(list.output.contains("worksheets/django-vs-flask.yaml replaces the built-in worksheet django-vs-flask"), "\(list.output)")
        let shadowed = try HostileBinary.run(["run", "--plain"], input: Array("1\n".utf8), directory: folder, environment: environment)
        #expect(shadowed.errors.contains("replaces the built-in worksheet django-vs-flask"), "\(shadowed.errors)")
    }

    @Test("MT1: a meeting of other members (a typo in --members) keeps the unfinished meeting")
    func meetingsAreKeyedByMembers() throws {
        let folder = try HostileFolder.make("probe-mt1")
        defer { HostileFolder.remove(folder) }
        let environment = ["HOME": folder, "XDG_STATE_HOME": folder + "/state", "XDG_CONFIG_HOME": folder + "/config"]
        _ = try HostileBinary.run(["meeting", "wakatime-2015", "--members", "Ana,Ben", "--plain"],
                                  input: Array("1\n2\n1\n2\n".utf8), directory: folder, environment: environment)
        let other = try HostileBinary.run(["meeting", "wakatime-2015", "--members", "Cy,Di", "--plain"],
                                          input: Array("1\n".utf8), directory: folder, environment: environment)
        #expect(!other.errors.contains("replaced"), "\(other.errors)")
        let resumed = try HostileBinary.run(["meeting", "wakatime-2015", "--members", "Ana,Ben", "--plain", "--resume"],
                                            directory: folder, environment: environment)
        #expect(!resumed.errors.contains("no unfinished meeting"), "\(resumed.errors)")
    }
}
