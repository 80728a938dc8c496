import Foundation
@testable import MeetingOptions
import Testing
import VerdictEngine
import VerdictTestSupport
import VerdictUI
@testable import MeetingServer

/// Codes, host keys, the facilitator's screen.
@Suite struct MeetingPiecesTests {
    @Test func generatedCodesHaveFiftyBits() {
        let codes = (0..<200).map { _ in MeetingCode.generate() }
        #expect(codes.allSatisfy { $0.count == 10 && MeetingCode.problem(with: $0) == nil })
        #expect(Set(codes).count == 200)
        // 10 letters of 32: 50 bits.
        #expect(MeetingCode.alphabet.count == 32)
    }

    /// VERDICT_MEETING_CONNECTIONS_PER_ADDRESS is a whole number from 1 to the limit, or
    /// refused naming itself (was: 'abc' and '0' silently the default; QA s6).
    @Test func theConnectionsVariableIsAWholeNumberInRange() throws {
        let name = ServeOptions.connectionsVariable
        #expect(try ServeOptions.connectionsPerAddress([:]) == nil)
        #expect(try ServeOptions.connectionsPerAddress([name: "60"]) == 60)
        #expect(try ServeOptions.connectionsPerAddress([name: "1000"]) == 1_000)
        for bad in ["abc", "0", "-3", "1001", "", " 5", "5\u{1B}[2J"] {
            do {
                _ = try ServeOptions.connectionsPerAddress([name: bad])
                Issue.record("'\(bad)' accepted")
            } catch {
                let expected = "VERDICT_MEETING_CONNECTIONS_PER_ADDRESS: expected a whole number from 1 to 1000, found '"
                #expect("\(error)".hasPrefix(expected), "\(error)")
                #expect(!"\(error)".contains("\u{1B}"))
            }
        }
    }

    @Test func shortOrOddCodesAreRefused() {
        #expect(MeetingCode.problem(with: "short") != nil)
        #expect(MeetingCode.problem(with: "abcdefghi") != nil)
        #expect(MeetingCode.problem(with: "kq7x-mt29wb") == nil)
        #expect(MeetingCode.problem(with: "kq7x- mt29wb") != nil)
        #expect(MeetingCode.problem(with: "kq7x-mt29wb\u{1B}") != nil)
    }

    @Test func codesWithNoVarietyAreRefused() {
        for weak in ["1234567890", "aaaaaaaaaa", "abcdefghij", "0987654321", "abababababab", "aabbccddee", "xyxyxyzzzz1"] {
            #expect(MeetingCode.problem(with: weak)?.contains("too little variety") == true, "\(weak) accepted")
        }
        #expect(MeetingCode.problem(with: "e2e-meeting-code") == nil)
    }

    @Test func codeComparison() {
        #expect(MeetingCode.matches("abcdefghij", "abcdefghij"))
        #expect(!MeetingCode.matches("abcdefghi", "abcdefghij"))
        #expect(!MeetingCode.matches("abcdefghijk", "abcdefghij"))
        #expect(!MeetingCode.matches("", "abcdefghij"))
    }

    @Test func hostKeyIsKeptWithMode0600AndItsFingerprintMatchesSshKeygen() throws {
        let folder = try ScratchFolders.make("hostkey") + "/state/verdict"
        let first = try HostKey.loadOrCreate(at: folder + "/key")
        let second = try HostKey.loadOrCreate(at: folder + "/key")
        #expect(first.fingerprint == second.fingerprint)
        var info = stat()
        #expect(stat(folder + "/key", &info) == 0 && info.st_mode & 0o777 == 0o600)
        #expect(first.fingerprint.hasPrefix("SHA256:") && first.fingerprint.count == 50)
        #expect(first.knownHostsLine(host: "127.0.0.1", port: 2222).hasPrefix("[127.0.0.1]:2222 ssh-ed25519 AAAA"))
        chmod(folder + "/key", 0o644)
        #expect(throws: MeetingError.self) { try HostKey.loadOrCreate(at: folder + "/key") }
        // ssh-keygen computes the same fingerprint from the public line, when it is here.
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/ssh-keygen") else { return }
        try Data((first.publicLine + "\n").utf8).write(to: URL(fileURLWithPath: folder + "/key.pub"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/ssh-keygen")
        process.arguments = ["-l", "-f", folder + "/key.pub"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        process.waitUntilExit()
        let printed = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(printed.contains(first.fingerprint))
    }

    @Test func facilitatorSeesProgressNeverAnswers() {
        var view = FacilitatorView(title: "Django or Flask", invite: ["Join: ssh -p 2222 code@127.0.0.1"])
        view.members = [
            .init(slot: 0, name: "Ana", identity: "SHA256:abc", answered: 3, questions: 8, ready: false, observer: false, connected: true),
            .init(slot: 1, name: "Ben\u{1B}[2J", identity: "password", answered: 8, questions: 8, ready: true, observer: false, connected: false),
        ]
        let text = view.render(width: 100, height: 20).text
        #expect(text.contains("3/8 answered"))
        #expect(text.contains("1 of 2 ready"))
        #expect(!text.contains("\u{1B}"))
        #expect(!text.lowercased().contains("yes") && !text.lowercased().contains("flask:"))
    }

    @Test func facilitatorKeys() {
        var view = FacilitatorView(title: "T", invite: [])
        view.members = [
            .init(slot: 0, name: "Ana", identity: "password", answered: 1, questions: 8, ready: false, observer: false, connected: true),
            .init(slot: 4, name: "Ben", identity: "password", answered: 8, questions: 8, ready: true, observer: false, connected: true),
        ]
        // Forcing the reveal before everyone is ready asks first.
        #expect(view.handle(.character("r")) == nil)
        #expect(view.handle(.character("y")) == .reveal)
        #expect(view.handle(.down) == nil)
        #expect(view.handle(.character("o")) == .toggleObserver(slot: 4))
        #expect(view.handle(.character("x")) == nil)
        #expect(view.handle(.character("n")) == nil)
        #expect(view.handle(.character("x")) == nil)
        #expect(view.handle(.character("y")) == .remove(slot: 4))
        #expect(view.handle(.character("q")) == nil)
        #expect(view.handle(.character("y")) == .end)
        view.waiting = ["Cy · password · 127.0.0.1:5"]
        #expect(view.handle(.character("a")) == .admit(true))
        #expect(view.handle(.character("d")) == .admit(false))
    }

    @Test func exportFileNamesNeverCollideWithTheTeamFile() {
        #expect(TeamExport.memberFiles(["Ana", "ana", "Team", ""]) == ["ana.json", "ana-2.json", "team-2.json", "member-4.json"])
        #expect(TeamExport.memberFiles(["Zoë Ö", "Ana María", "李 明", "x\u{1B}[2J"]) == ["zoë-ö.json", "ana-maría.json", "李-明.json", "x-2j.json"])
        #expect(MeetingRecordFile.defaultExportFolder(now: Date(timeIntervalSince1970: 0)) == "./meeting-19700101-0000")
    }
}
