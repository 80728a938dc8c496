import Foundation
import NIOEmbedded
import Testing
import VerdictEngine
import VerdictTestSupport
import VerdictUI
@testable import MeetingServer

/// The meeting's screens at 80×24 (QA, issue 16): nothing the facilitator or a member
/// needs is cut or drawn over, and a member is offered no key that does nothing.
@Suite struct MeetingScreensAt80Tests {
    static let worksheet: Worksheet = {
        do { return try WorksheetCatalog.standard().resolve("wakatime-2015") } catch { fatalError("\(error)") }
    }()

    final class Link: MemberLink {
        var summary: String { "test" }
        func roomChanged() {}
        func admitted(slot: Int) {}
        func dismiss(_ reason: String) {}
    }

    static func member(_ name: String, answered: Int, ready: Bool, slot: Int = 0) -> FacilitatorView.Member {
        .init(slot: slot, name: name, identity: "password", answered: answered, questions: 8, ready: ready, observer: false, connected: true)
    }

    // MARK: - The facilitator

    @Test func theKnownHostsLineIsWrappedWholeAt80Columns() throws {
        let folder = try ScratchFolders.make("screens-host-key")
        let key = try HostKey.loadOrCreate(at: folder + "/host_key")
        let line = key.knownHostsLine(host: "127.0.0.1", port: 40_123)
        let view = FacilitatorView(title: "WakaTime", invite: ["Join: ssh -p 40123 code@127.0.0.1", "known_hosts: " + line])
        let grid = view.render(width: 80, height: 24)
        let rows = (0..<grid.height).map { grid.line($0).trimmingCharacters(in: .whitespaces) }
        let base64 = try #require(line.split(separator: " ").last.map(String.init))
        #expect(rows.contains { $0.contains(base64) }, "the key is cut: \(grid.text)")
        #expect(rows.joined(separator: " ").contains("known_hosts: " + line))
    }

    @Test func memberRowsLineUpByDisplayWidth() {
        var view = FacilitatorView(title: "WakaTime", invite: [])
        view.members = [Self.member("Ａｎａ", answered: 3, ready: false), Self.member("Ben", answered: 5, ready: false, slot: 1)]
        let text = view.render(width: 80, height: 24).text.split(separator: "\n").map(String.init)
        let columns = ["3/8 answered", "5/8 answered"].map { state in
            text.first { $0.contains(state) }.map { row in DisplayWidth.of(String(row[..<row.range(of: state)!.lowerBound])) }
        }
        #expect(columns[0] != nil && columns[0] == columns[1], "\(text.joined(separator: "\n"))")
    }

    @Test func whenEveryoneIsReadyTheFacilitatorIsToldToReveal() {
        var view = FacilitatorView(title: "WakaTime", invite: [])
        view.members = [Self.member("Ana", answered: 8, ready: true), Self.member("Ben", answered: 5, ready: false, slot: 1)]
        #expect(!view.render(width: 80, height: 24).text.contains("r to reveal"))
        view.members[1].ready = true
        #expect(view.render(width: 80, height: 24).text.contains("Members (2 of 2 ready) · everyone is ready — r to reveal"))
        view.absent = ["Cy"]
        let text = view.render(width: 80, height: 24).text
        #expect(text.contains("Members (2 of 3 ready) · Cy not joined"), "\(text)")
        #expect(text.contains("  Cy                   not joined"), "\(text)")
        // Cy, on the list, is not ready either: r asks first (QA s6).
        #expect(view.handle(.character("r")) == nil)
        #expect(view.render(width: 80, height: 24).text.contains("Not joined: Cy. Reveal without them? y/n"))
        #expect(view.handle(.character("y")) == .reveal)
        view.absent = []
        #expect(view.handle(.character("r")) == .reveal)
    }

    @Test func theRosterIsListedFromTheStartAndCountsWhoIsMissing() {
        var view = FacilitatorView(title: "WakaTime", invite: [])
        view.absent = ["Ana", "Ben", "Cy"]
        var text = view.render(width: 80, height: 24).text
        #expect(text.contains("Members (0 of 3 ready)") && !text.contains("Nobody has joined"), "\(text)")
        #expect(text.contains("  Ana                  not joined") && text.contains("  Cy                   not joined"), "\(text)")
        view.members = [Self.member("Ana", answered: 2, ready: false)]
        view.absent = ["Ben", "Cy"]
        text = view.render(width: 80, height: 24).text
        #expect(text.contains("Members (0 of 3 ready)") && text.contains("2/8 answered"), "\(text)")
    }

    @Test func theFingerprintIsWholeAt60By16() {
        let fingerprint = "SHA256:" + String(repeating: "k", count: 43)
        var view = FacilitatorView(title: "WakaTime", invite: ["Join: ssh -p 40123 abcdefghij@127.0.0.1", "Host key: " + fingerprint])
        view.members = [Self.member("Ana", answered: 2, ready: false)]
        let text = view.render(width: 60, height: 16).text
        #expect(text.contains(fingerprint), "\(text)")
    }

    @Test func whileSomeoneWaitsTheFooterSaysHowToAdmit() {
        var view = FacilitatorView(title: "WakaTime", invite: [])
        view.waiting = ["Ana · SHA256:" + String(repeating: "x", count: 43) + " · 127.0.0.1:50123"]
        let text = view.render(width: 80, height: 24).text
        #expect(text.split(separator: "\n").last?.hasPrefix(" a admit · d refuse") == true, "\(text)")
        #expect(text.contains("127.0.0.1:50123"), "the address is cut: \(text)")
    }

    @Test func anObserverIsToldTheirAnswersDoNotCount() throws {
        let folder = try ScratchFolders.make("screens-observer")
        let room = room(roster: ["Ana", "Ben", "Cy"], folder: folder)
        guard case let .joined(ana) = room.claim("Ana", fingerprint: nil, link: Link()),
              case let .joined(cy) = room.claim("Cy", fingerprint: nil, link: Link()) else {
            Issue.record("could not join")
            return
        }
        room.toggleObserver(slot: cy)
        #expect(room.banner(for: ana) == "0 of 2 ready")
        #expect(room.banner(for: cy) == "0 of 2 ready · you are observing: your answers are not counted")
    }

    @Test func theRoomNamesWhoOnTheRosterHasNotJoined() throws {
        let folder = try ScratchFolders.make("screens-absent")
        let room = room(roster: ["Ana", "Ben"], folder: folder)
        #expect(room.absent == ["Ana", "Ben"])
        _ = room.claim("ben", fingerprint: nil, link: Link())
        #expect(room.absent == ["Ana"])
    }

    // MARK: - A member

    func room(roster: [String] = [], folder: String) -> Room {
        Room(worksheet: Self.worksheet, roster: roster, admit: false,
             record: MeetingRecordFile.fresh(path: folder + "/state.json", worksheet: Self.worksheet, exportFolder: folder + "/out").record,
             statePath: folder + "/state.json", log: MeetingLog(path: nil), loop: EmbeddedEventLoop())
    }

    /// A member who joined as Ana, with the banner the room shows, after `keys`.
    func ana(_ keys: [Key], size: (width: Int, height: Int) = (80, 24)) -> MemberProgram {
        var program = MemberProgram(worksheet: Self.worksheet, theme: .mono, roster: [])
        program.resize(width: size.width, height: size.height)
        program.joined(name: "Ana", responses: Responses(), questionID: nil)
        program.banner = "0 of 2 ready"
        for key in keys { _ = program.handle(key) }
        return program
    }

    @Test func theReadyCountHasARowOfItsOwnBelowTheFooter() {
        for keys: [Key] in [[.enter], [.enter] + Array(repeating: .character("1"), count: 8) + [.enter]] {
            let grid = ana(keys).render(width: 80, height: 24)
            let text = grid.text
            #expect(grid.line(23) == " Meeting · 0 of 2 ready", "\(text)")
            #expect(text.components(separatedBy: "0 of 2 ready").count == 2, "\(text)")
            // The session's own frame is whole above it: its footer ends on row 22.
            let session = ScreenRenderer.render(ana(keys).session!, width: 80, height: 23)
            for row in 0..<23 { #expect(grid.line(row) == session.line(row)) }
        }
        let question = ana([.enter]).render(width: 80, height: 24).text
        #expect(question.contains("s skip") && question.contains("? why"), "\(question)")
    }

    @Test func theSessionIsToldTheRowsItHas() {
        let program = ana([.enter])
        #expect(program.session?.size.height == 23)
        let small = ana([.enter], size: (80, 16))
        #expect(small.session?.size.height == 16)
        #expect(!small.render(width: 80, height: 16).text.contains("Enlarge"))
    }

    @Test func theJoinScreenStartsOnAFreeNameAndSaysWhyATakenOneIsNot() {
        var prompt = NamePrompt(choices: ["Ana", "Ben", "Cy"], taken: ["Ana", "Ben"])
        #expect(prompt.cursor == 2)
        #expect(prompt.handle(.character("1")) == .none)
        #expect(prompt.notice?.hasPrefix("Ana is connected already") == true)
        #expect(prompt.render(title: "T", width: 80, height: 24).text.contains("Ana is connected already"))
        #expect(prompt.handle(.down) == .none && prompt.handle(.down) == .none)
        #expect(prompt.handle(.enter) == .claim("Cy"))
    }

    @Test func aTypedNameSaysItsLimitAndCtrlUClearsIt() {
        var prompt = NamePrompt(choices: [])
        for _ in 0..<70 { _ = prompt.handle(.character("a")) }
        #expect(prompt.text.count == PersonName.maxLength)
        #expect(prompt.notice == "A name has at most \(PersonName.maxLength) characters.")
        _ = prompt.handle(.control("u"))
        #expect(prompt.text.isEmpty)
        #expect(prompt.render(title: "T", width: 80, height: 24).text.contains("Ctrl-U clear"))
    }

    @Test func aMembersResultsSayTheHostSavedThemAndOfferNoNameKey() {
        let results = ana([.enter] + Array(repeating: .character("1"), count: 8) + [.enter]).render(width: 80, height: 24).text
        #expect(results.contains("Results · saved on the host"), "\(results)")
        #expect(results.contains("Your name: Ana.") && !results.contains("n changes it"), "\(results)")
    }

    @Test func aMembersResultsOfferNoExportKeys() {
        var program = ana([.enter] + Array(repeating: .character("1"), count: 8) + [.enter])
        let results = program.render(width: 80, height: 24).text
        #expect(results.contains("w what-if"), "\(results)")
        #expect(!results.contains("e JSON") && !results.contains("Markdown"), "\(results)")
        _ = program.handle(.function(1))
        let keys = program.render(width: 80, height: 24).text
        #expect(keys.contains("what-if") || keys.contains("Try another answer"), "\(keys)")
        #expect(!keys.contains("Export") && !keys.contains("Ctrl-Z"), "\(keys)")
    }

    @Test func aMembersTeamResultsOfferNoExportKey() throws {
        let folder = try ScratchFolders.make("screens-team")
        let room = room(folder: folder)
        for (name, answer) in [("Ana", "1"), ("Ben", "2")] {
            guard case let .joined(slot) = room.claim(name, fingerprint: nil, link: Link()) else {
                Issue.record("\(name) could not join")
                return
            }
            var responses = Responses()
            responses.respondent = name
            var walker = SessionState(worksheet: Self.worksheet)
            _ = Session.update(&walker, .key(.enter))
            for _ in 0..<8 { _ = Session.update(&walker, .key(.character(Character(answer)))) }
            responses.answers = walker.responses.answers
            room.ready(slot: slot, responses)
        }
        room.reveal()
        // The meeting wrote the files at the reveal: the results say so (one member: singular).
        #expect(room.results?.exportedTo == folder + "/out")
        var program = ana([])
        program.reveal(try #require(room.results))
        let screen = program.render(width: 80, height: 24).text
        #expect(screen.contains("F1/? keys"), "\(screen)")
        #expect(!screen.contains("e export"), "\(screen)")
        _ = program.handle(.function(1))
        let keys = program.render(width: 80, height: 24).text
        #expect(!keys.contains("Write each member's result") && !keys.contains("Ctrl-Z"), "\(keys)")
        #expect(program.handle(.character("e")).isEmpty)
        // The facilitator's copy of the results does not offer it either (the meeting exports itself).
        var facilitator = FacilitatorView(title: "WakaTime", invite: ["Join: ssh -p 40123 abcdefghij@127.0.0.1"])
        facilitator.revealed = true
        facilitator.results = room.results
        let shown = facilitator.render(width: 80, height: 24).text
        #expect(!shown.contains("e export") && shown.contains("2 members · exported"), "\(shown)")
        #expect(shown.split(separator: "\n").last?.contains("Join: ssh -p 40123 abcdefghij@127.0.0.1") == true, "\(shown)")
        // Resumed after the reveal (a crash): the exports are written again at once, and said so.
        try FileManager.default.removeItem(atPath: folder + "/out/team.json")
        let saved = try MeetingRecordFile.resume(path: folder + "/state.json", worksheet: Self.worksheet, exportFolder: nil)
        let resumed = Room(worksheet: Self.worksheet, roster: [], admit: false, record: saved.record,
                           statePath: folder + "/state.json", log: MeetingLog(path: nil), loop: EmbeddedEventLoop())
        #expect(resumed.results?.exportedTo == folder + "/out")
        #expect(FileManager.default.fileExists(atPath: folder + "/out/team.json"))
    }

    @Test func aTeamOfOneIsSingular() throws {
        let folder = try ScratchFolders.make("screens-one")
        let room = room(folder: folder)
        guard case let .joined(slot) = room.claim("Ana", fingerprint: nil, link: Link()) else {
            Issue.record("Ana could not join")
            return
        }
        var walker = SessionState(worksheet: Self.worksheet)
        _ = Session.update(&walker, .key(.enter))
        for _ in 0..<8 { _ = Session.update(&walker, .key(.character("1"))) }
        var responses = walker.responses
        responses.respondent = "Ana"
        room.ready(slot: slot, responses)
        room.reveal()
        let text = TeamResultsRenderer.render(try #require(room.results), width: 100, height: 40).text
        #expect(text.contains("1 of 1 member's own pick"), "\(text)")
    }
}
