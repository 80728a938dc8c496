import Foundation
import NIOEmbedded
import Testing
import VerdictEngine
import VerdictTestSupport
import VerdictUI
@testable import MeetingServer

/// A member's program and the room behind it, without a network: naming, answering in
/// private, readiness, the reveal, saving and resuming.
@Suite struct MemberProgramTests {
    static let worksheet: Worksheet = {
        do { return try WorksheetCatalog.standard().resolve("wakatime-2015") } catch { fatalError("\(error)") }
    }()

    /// A link that records what the room told it.
    final class FakeLink: MemberLink {
        var changes = 0
        var admittedSlot: Int?
        var dismissed: String?
        var summary: String { "fake" }
        func roomChanged() { changes += 1 }
        func admitted(slot: Int) { admittedSlot = slot }
        func dismiss(_ reason: String) { dismissed = reason }
    }

    func room(roster: [String] = [], admit: Bool = false, folder: String) -> Room {
        Room(worksheet: Self.worksheet, roster: roster, admit: admit,
             record: MeetingRecordFile.fresh(path: folder + "/state.json", worksheet: Self.worksheet, exportFolder: folder + "/out").record,
             statePath: folder + "/state.json", log: MeetingLog(path: nil), loop: EmbeddedEventLoop())
    }

    /// Presses keys on a program, passing its requests to the room as the channel does.
    func press(_ keys: [Key], _ program: inout MemberProgram, room: Room, link: FakeLink, slot: inout Int?) {
        for key in keys {
            for request in program.handle(key) {
                switch request {
                case let .claim(name):
                    if case let .joined(index) = room.claim(name, fingerprint: nil, link: link) {
                        slot = index
                        let contents = room.slotContents(index)!
                        program.joined(name: contents.name, responses: contents.responses, questionID: contents.questionID,
                                       ready: contents.ready)
                    }
                case let .save(responses, questionID): room.save(slot: slot!, responses, questionID: questionID)
                case let .ready(responses): room.ready(slot: slot!, responses)
                case .notReady: room.notReady(slot: slot!)
                case let .vote(question, answer): room.vote(slot: slot!, question: question, answer: answer)
                case .release:
                    room.release(slot: slot!, link: link)
                    slot = nil
                case .leave, .sync: break
                }
            }
        }
        program.banner = room.banner(for: slot)
        if let results = room.results(for: slot) { program.reveal(results) }
    }

    /// A member who picked the wrong name goes back to the list with Esc on the welcome
    /// screen (footer and F1 say so) while nothing is answered under it: the name is free again.
    @Test func aMemberWhoPickedTheWrongNameGoesBackBeforeAnswering() throws {
        let folder = try ScratchFolders.make("member-other-name")
        let room = room(roster: ["Ana", "Ben", "Cy"], folder: folder)
        var program = MemberProgram(worksheet: Self.worksheet, theme: .mono, roster: ["Ana", "Ben", "Cy"])
        let link = FakeLink()
        var slot: Int?
        press([.character("3")], &program, room: room, link: link, slot: &slot)  // Cy, by mistake
        #expect(slot == 0 && room.absent == ["Ana", "Ben"])
        #expect(program.render(width: 80, height: 24).text.contains("Esc other name"))
        press([.function(1)], &program, room: room, link: link, slot: &slot)
        #expect(program.render(width: 80, height: 24).text.contains("Back to choosing your name"))
        press([.escape, .escape], &program, room: room, link: link, slot: &slot)
        #expect(slot == nil)
        #expect(program.render(width: 80, height: 24).text.contains("Who are you?"))
        #expect(room.absent == ["Ana", "Ben", "Cy"] && room.statuses.isEmpty)
        // The real Cy takes the name; this member takes theirs.
        #expect(room.claim("Cy", fingerprint: "SHA256:cy", link: FakeLink()) == .joined(slot: 1))
        press([.character("1"), .enter, .character("1")], &program, room: room, link: link, slot: &slot)
        #expect(slot == 2 && room.absent == ["Ben"])
        // With an answer given, the name stays: Esc on the welcome screen does not release it.
        program.joined(name: "Ana", responses: Responses(respondent: "Ana", answers: ["api": "yes"]), questionID: nil)
        #expect(program.session?.screen == .welcome)
        press([.escape], &program, room: room, link: link, slot: &slot)
        #expect(slot == 2 && program.name == "Ana")
        room.release(slot: 2, link: link)
        #expect(room.absent == ["Ben"], "a slot with answers is never released")
    }

    /// Enter on the welcome screen, then `answer` (1 or 2) for each question; after the
    /// eighth, Enter on the review's "See results".
    func walk(_ answers: [Character]) -> [Key] {
        [.enter] + answers.map { .character($0) } + (answers.count == 8 ? [.enter] : [])
    }

    @Test func membersScreenBeforeTheRevealIsTheSameWhateverTheOthersAnswered() throws {
        var screens: [String] = []
        for other in [Array("11111111"), Array("22222222"), Array("12121212")] {
            let folder = try ScratchFolders.make("member-privacy")
            let room = room(roster: ["Ana", "Ben"], folder: folder)
            var ana = MemberProgram(worksheet: Self.worksheet, theme: .mono, roster: ["Ana", "Ben"])
            var ben = MemberProgram(worksheet: Self.worksheet, theme: .mono, roster: ["Ana", "Ben"])
            var anaSlot: Int?, benSlot: Int?
            let anaLink = FakeLink(), benLink = FakeLink()
            press([.character("1")] + walk(Array("1212")), &ana, room: room, link: anaLink, slot: &anaSlot)
            press([.character("2")] + walk(other), &ben, room: room, link: benLink, slot: &benSlot)
            press([.character("1")], &ana, room: room, link: anaLink, slot: &anaSlot)
            #expect(room.results == nil, "revealed before Ana finished")
            screens.append(ana.render(width: 80, height: 24).text)
        }
        #expect(screens.count == 3)
        #expect(Set(screens).count == 1, "Ana's screen changed with Ben's answers")
        #expect(screens[0].contains("1 of 2 ready"))
    }

    @Test func theRevealComesWhenEveryoneIsReadyAndShowsTheTeam() throws {
        let folder = try ScratchFolders.make("member-reveal")
        let room = room(roster: ["Ana", "Ben"], folder: folder)
        var ana = MemberProgram(worksheet: Self.worksheet, theme: .mono, roster: ["Ana", "Ben"])
        var ben = MemberProgram(worksheet: Self.worksheet, theme: .mono, roster: ["Ana", "Ben"])
        var anaSlot: Int?, benSlot: Int?
        let anaLink = FakeLink(), benLink = FakeLink()
        press([.character("1")] + walk(Array("11111111")), &ana, room: room, link: anaLink, slot: &anaSlot)
        #expect(FileManager.default.fileExists(atPath: folder + "/out/ana.json"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/out/team.json"))
        press([.character("2")] + walk(Array("22222222")), &ben, room: room, link: benLink, slot: &benSlot)
        #expect(room.record.revealed)
        press([], &ana, room: room, link: anaLink, slot: &anaSlot)
        guard case .revealed = ana.stage else {
            Issue.record("Ana does not see the reveal")
            return
        }
        #expect(ana.render(width: 100, height: 40).text == ben.render(width: 100, height: 40).text)
        for file in ["ana.json", "ben.json", "team.json", "decision.md"] {
            #expect(FileManager.default.fileExists(atPath: folder + "/out/" + file), "\(file) missing")
        }
    }

    /// The facilitator's keys on their results screen, passed to the room as the server does.
    func facilitate(_ keys: [Key], room: Room) throws {
        var screen = try #require(room.results)
        for key in keys {
            for case let .decided(decision) in TeamResults.update(&screen, .key(key)) { room.decide(decision) }
        }
    }

    @Test func afterTheRevealARoundAnAgreedAnswerAndAcceptingReachEveryScreenAndTheExports() throws {
        let folder = try ScratchFolders.make("member-decision")
        let names = ["Ana", "Ben", "Cy"]
        let room = room(roster: names, folder: folder)
        var programs = names.map { _ in MemberProgram(worksheet: Self.worksheet, theme: .mono, roster: names) }
        var slots: [Int?] = [nil, nil, nil]
        let links = names.map { _ in FakeLink() }
        for (index, answers) in ["11111111", "22222222", "12121212"].enumerated() {
            press([.character(Character("\(index + 1)"))] + walk(Array(answers)), &programs[index], room: room, link: links[index], slot: &slots[index])
        }
        #expect(room.record.revealed)
        let question = try #require(room.results?.report.disagreements.first?.question)
        try facilitate([.character("v")], room: room)
        for index in 0..<3 { press([], &programs[index], room: room, link: links[index], slot: &slots[index]) }
        let cyBefore = programs[2].render(width: 80, height: 24).text
        press([.character("1")], &programs[0], room: room, link: links[0], slot: &slots[0])
        press([.character("1")], &programs[1], room: room, link: links[1], slot: &slots[1])
        press([], &programs[2], room: room, link: links[2], slot: &slots[2])
        #expect(programs[2].render(width: 80, height: 24).text == cyBefore, "Cy's screen changed with the others' votes")
        #expect(room.record.decision?.openRound?.votes.count == 2)
        let hidden = try JSONDecoder().decode(TeamDocument.self, from: Data(contentsOf: URL(fileURLWithPath: folder + "/out/team.json")))
        #expect(hidden.meeting?.rounds.first?.revealed == false)
        #expect(hidden.meeting?.rounds.first?.votes.isEmpty == true, "votes exported before the reveal")

        try facilitate([.character("r"), .character("r")], room: room)
        #expect(room.record.decision?.rounds.first?.revealed == true)
        // The round's outcome on every screen: the status row, the overview's row, and the
        // question's view with who kept their answer (Cy did not vote).
        let outcome = try #require(room.results.flatMap { TeamResultsState.outcome(of: question, $0.decision, Self.worksheet) })
        #expect(outcome.hasPrefix("re-vote 1: "))
        for index in 0..<3 {
            press([], &programs[index], room: room, link: links[index], slot: &slots[index])
            let screen = programs[index].render(width: 80, height: 24).text
            #expect(screen.contains("Revealed — re-vote 1: "), "\(screen)")
            #expect(!screen.contains("Your vote is in"))
            #expect(screen.contains(String(outcome.prefix(20))), "\(screen)")
        }
        let place = try #require(room.results?.listed.firstIndex { $0.question == question })
        press(Array(repeating: .down, count: place) + [.enter], &programs[2], room: room, link: links[2], slot: &slots[2])
        let drill = programs[2].render(width: 80, height: 40).text
        #expect(drill.contains("Answered first: ") && drill.contains("Re-vote 1: ") && drill.contains("Cy kept "), "\(drill)")
        // The facilitator's highlight stayed on the re-voted question: agree on it.
        let settled = question
        try facilitate([.enter, .character("1")], room: room)
        // Still too close to call: the served facilitator's `a` is refused, as in the hot seat.
        #expect(room.results?.report.recommendation.kind == .tooClose)
        var refused = try #require(room.results)
        #expect(TeamResults.update(&refused, .key(.character("a"))) == [.bell])
        #expect(refused.notice == MeetingDecision.nothingToAccept && room.record.decision?.accepted == false)
        // Flask 14, Django 10 points (margin 0.17 < the worksheet's 0.2). An API agreed (Yes,
        // Flask's point, which Ben and Cy had given Django) tips it; then `a` accepts.
        let tipping = "api"
        let row = try #require(room.results?.listed.firstIndex { $0.question == tipping })
        let top = Array(repeating: Key.up, count: room.results?.listed.count ?? 0)
        try facilitate(top + Array(repeating: .down, count: row) + [.enter, .character("1")], room: room)
        #expect(room.results?.report.recommendation.kind != .tooClose)
        try facilitate([.character("a")] + "Ship it".map { .character($0) } + [.enter], room: room)
        let decision = try #require(room.record.decision)
        #expect(decision.accepted && decision.note == "Ship it")
        #expect(decision.agreed.keys.contains(settled))
        #expect(room.results?.report.disagreements.contains { $0.question == settled || $0.question == question } == false)
        press([], &programs[1], room: room, link: links[1], slot: &slots[1])
        #expect(programs[1].render(width: 100, height: 40).text.contains("Decision accepted: Ship it"))

        let team = try JSONDecoder().decode(TeamDocument.self, from: Data(contentsOf: URL(fileURLWithPath: folder + "/out/team.json")))
        #expect(team.meeting?.accepted == true)
        #expect(team.meeting?.rounds.first?.votes.count == 2)
        #expect(Set(team.meeting?.agreed.map(\.question) ?? []) == [settled, tipping])
        let record = try String(contentsOfFile: folder + "/out/decision.md", encoding: .utf8)
        #expect(record.contains("- Status: accepted"))
        #expect(record.contains("The team accepted this decision: Ship it"))
        // `verdict team FOLDER` reads the member files back to team.json's combined scores.
        let again = try TeamMerger(worksheet: Self.worksheet).merge(TeamReader().read(paths: [folder + "/out"]))
        #expect(again.scores.map(\.mean) == team.scores.map(\.mean))
        #expect(again.disagreements.map(\.question) == team.disagreements.map(\.question))
        #expect(try SchemaCheck.problems([Data(contentsOf: URL(fileURLWithPath: folder + "/out/team.json"))], schema: "team") == nil)
        // The host killed now and resumed (`--resume`): the round, the agreed answer and the
        // acceptance are back, on the facilitator's screen and every member's.
        let saved = try MeetingRecordFile.resume(path: folder + "/state.json", worksheet: Self.worksheet, exportFolder: nil)
        let resumed = Room(worksheet: Self.worksheet, roster: [], admit: false, record: saved.record,
                           statePath: folder + "/state.json", log: MeetingLog(path: nil), loop: EmbeddedEventLoop())
        #expect(resumed.record.decision == decision)
        #expect(resumed.results?.decision == decision)
        #expect(resumed.results?.report.scores == room.results?.report.scores)
        #expect(resumed.results(for: slots[1])?.decision.rounds.first?.votes.count == 2)
    }

    @Test func answersAreSavedAfterEveryKeyAndComeBackOnResume() throws {
        let folder = try ScratchFolders.make("member-resume")
        let first = room(folder: folder)
        var ana = MemberProgram(worksheet: Self.worksheet, theme: .mono, roster: [])
        var slot: Int?
        let link = FakeLink()
        press(Array("Ana").map { .character($0) } + [.enter] + walk(Array("12")), &ana, room: first, link: link, slot: &slot)
        let saved = try MeetingRecordFile.resume(path: folder + "/state.json", worksheet: Self.worksheet, exportFolder: nil)
        #expect(saved.record.slots.map(\.name) == ["Ana"])
        #expect(saved.record.slots[0].answers.count == 2)
        var info = stat()
        #expect(stat(folder + "/state.json", &info) == 0 && info.st_mode & 0o777 == 0o600)
        // Keyless Ana comes back with her name and the code: same slot, same answers.
        let second = Room(worksheet: Self.worksheet, roster: [], admit: false, record: saved.record,
                          statePath: folder + "/state.json", log: MeetingLog(path: nil), loop: EmbeddedEventLoop())
        #expect(second.claim("ana", fingerprint: nil, link: FakeLink()) == .joined(slot: 0))
        #expect(second.slotContents(0)?.answers.count == 2)
    }

    @Test func aResumedMeetingKeepsItsRoster() throws {
        let folder = try ScratchFolders.make("member-roster")
        let first = room(roster: ["Ana", "Ben"], folder: folder)
        #expect(first.claim("Ana", fingerprint: "SHA256:one", link: FakeLink()) == .joined(slot: 0))
        // Resumed without --members (as the hint says): still Ana and Ben only, no stranger.
        let saved = try MeetingRecordFile.resume(path: folder + "/state.json", worksheet: Self.worksheet, exportFolder: nil)
        let second = Room(worksheet: Self.worksheet, roster: [], admit: false, record: saved.record,
                          statePath: folder + "/state.json", log: MeetingLog(path: nil), loop: EmbeddedEventLoop())
        #expect(second.roster == ["Ana", "Ben"])
        #expect(second.claim("Zed", fingerprint: "SHA256:two", link: FakeLink()) != .joined(slot: 1))
        // A roster given again on resume wins.
        let third = Room(worksheet: Self.worksheet, roster: ["Ana", "Ben", "Cy"], admit: false, record: saved.record,
                         statePath: folder + "/state.json", log: MeetingLog(path: nil), loop: EmbeddedEventLoop())
        #expect(third.roster == ["Ana", "Ben", "Cy"])
    }

    @Test func aNameHeldByAKeyIsNotTakenByAnotherKey() throws {
        let folder = try ScratchFolders.make("member-names")
        let room = room(folder: folder)
        let ana = FakeLink()
        #expect(room.claim("Ana", fingerprint: "SHA256:one", link: ana) == .joined(slot: 0))
        // What to do is said: the same key, or the facilitator's x (which frees the name).
        let held = "Ana joined with a key: use that key, or ask the facilitator to free Ana (x)."
        #expect(room.claim("ANA", fingerprint: "SHA256:two", link: FakeLink()) == .refused(held))
        #expect(room.claim("ANA", fingerprint: nil, link: FakeLink()) == .refused(held))
        #expect(DisplayWidth.of(Room.heldByKey("Cy")) <= 78)
        room.disconnected(ana)
        #expect(room.slot(forFingerprint: "SHA256:one") == 0)
        #expect(room.claim("team", fingerprint: nil, link: FakeLink())
            == .refused("\"team\" names the team's own file (team.json): choose another name."))
    }

    /// Two people whose ssh offers one key (a shared account, two terminals): the second is
    /// not put in the first's seat; the name list says why, and only picking that name takes
    /// the seat over, the other terminal told so (was: silently seated, the first thrown out
    /// with "You joined from another connection."; QA s6).
    @Test func aSecondConnectionWithTheSameKeyPicksItsName() throws {
        let folder = try ScratchFolders.make("member-same-key")
        let room = room(roster: ["Ana", "Ben"], folder: folder)
        let ana = FakeLink()
        #expect(room.slot(forFingerprint: "SHA256:one") == nil)
        #expect(room.keyNotice(for: "SHA256:one") == nil)
        #expect(room.claim("Ana", fingerprint: "SHA256:one", link: ana) == .joined(slot: 0))
        // The second connection with that key: no seat of its own, the name list with a notice.
        #expect(room.slot(forFingerprint: "SHA256:one") == nil)
        #expect(room.keyNotice(for: "SHA256:one") == "Ana is connected with this key from another terminal: "
            + "pick your own name, or Ana to take that seat over (the other terminal is closed).")
        #expect(room.namesHere(except: "SHA256:one").isEmpty, "Ana can be picked by her key")
        #expect(room.namesHere() == ["Ana"] && room.namesHere(except: "SHA256:two") == ["Ana"])
        // Picking Ben: a seat of its own, Ana untouched.
        let ben = FakeLink()
        #expect(room.claim("Ben", fingerprint: "SHA256:one", link: ben) == .joined(slot: 1))
        #expect(ana.dismissed == nil)
        // Both gone: the key holds two seats, so the next connection picks which.
        room.disconnected(ana)
        room.disconnected(ben)
        #expect(room.slot(forFingerprint: "SHA256:one") == nil)
        #expect(room.keyNotice(for: "SHA256:one") == "This key joined as Ana, Ben: pick which one you are.")
        // Picking a seat of the key that is connected takes it over, and the other terminal is told why.
        let again = FakeLink()
        #expect(room.claim("Ana", fingerprint: "SHA256:one", link: again) == .joined(slot: 0))
        #expect(room.claim("Ana", fingerprint: "SHA256:one", link: FakeLink()) == .joined(slot: 0))
        #expect(again.dismissed == "A new connection with the same key took over Ana's seat.")
    }

    @Test func aConnectedKeylessMemberCannotBeTakenOverByName() throws {
        let folder = try ScratchFolders.make("member-takeover")
        let room = room(folder: folder)
        let ana = FakeLink()
        #expect(room.claim("Ana", fingerprint: nil, link: ana) == .joined(slot: 0))
        // Another member who knows the code types Ana's name while she is connected.
        #expect(room.claim("ana ", fingerprint: nil, link: FakeLink()) == .refused("Ana is connected already; if that is you, close the other connection first."))
        #expect(ana.dismissed == nil)
        // Once her connection drops, name and code bring her back to her slot.
        room.disconnected(ana)
        #expect(room.claim("Ana", fingerprint: nil, link: FakeLink()) == .joined(slot: 0))
    }

    @Test func namesThatLookAlikeAreOneSlotAndInvisibleCharactersAreRefused() throws {
        let folder = try ScratchFolders.make("member-lookalike")
        let room = room(folder: folder)
        #expect(room.claim("Ana", fingerprint: "SHA256:one", link: FakeLink()) == .joined(slot: 0))
        #expect(room.claim("\u{FF21}\u{FF4E}\u{FF41}", fingerprint: nil, link: FakeLink()) == .refused(Room.heldByKey("Ana")))
        #expect(room.claim("\u{1D400}\u{1D427}\u{1D41A}", fingerprint: nil, link: FakeLink())
            == .refused(Room.heldByKey("Ana")))
        guard case .refused = room.claim("Ben\u{200B}", fingerprint: nil, link: FakeLink()) else {
            Issue.record("a name with a zero-width space was accepted")
            return
        }
        #expect(room.record.slots.count == 1)
    }

    @Test func admissionWaitsForTheFacilitator() throws {
        let folder = try ScratchFolders.make("member-admit")
        let room = room(admit: true, folder: folder)
        let link = FakeLink()
        #expect(room.claim("Ana", fingerprint: nil, link: link) == .waitForAdmission)
        #expect(room.record.slots.isEmpty)
        room.decideAdmission(true) { _ in nil }
        #expect(link.admittedSlot == 0)
        let refused = FakeLink()
        _ = room.claim("Ben", fingerprint: nil, link: refused)
        room.decideAdmission(false) { _ in nil }
        #expect(refused.dismissed != nil)
        #expect(room.record.slots.count == 1)
    }

    @Test func withoutARosterTheFacilitatorReveals() throws {
        let folder = try ScratchFolders.make("member-no-roster")
        let room = room(folder: folder)
        var ana = MemberProgram(worksheet: Self.worksheet, theme: .mono, roster: [])
        var slot: Int?
        press(Array("Ana").map { .character($0) } + [.enter] + walk(Array("11111111")), &ana, room: room, link: FakeLink(), slot: &slot)
        #expect(room.allReady)
        #expect(!room.record.revealed)
        room.reveal()
        #expect(room.record.revealed)
    }

    @Test func observersDoNotHoldUpTheReveal() throws {
        let folder = try ScratchFolders.make("member-observer")
        let room = room(roster: ["Ana", "Olga"], folder: folder)
        var ana = MemberProgram(worksheet: Self.worksheet, theme: .mono, roster: ["Ana", "Olga"])
        var slot: Int?
        press([.character("1")], &ana, room: room, link: FakeLink(), slot: &slot)
        _ = room.claim("Olga", fingerprint: nil, link: FakeLink())
        room.toggleObserver(slot: 1)
        press(walk(Array("11111111")), &ana, room: room, link: FakeLink(), slot: &slot)
        #expect(room.record.revealed)
    }

    @Test func anObserversAnswersNeverReachTheExportFolder() throws {
        let folder = try ScratchFolders.make("member-observer-files")
        let room = room(folder: folder)
        var ana = MemberProgram(worksheet: Self.worksheet, theme: .mono, roster: [])
        var cy = MemberProgram(worksheet: Self.worksheet, theme: .mono, roster: [])
        var anaSlot: Int?, cySlot: Int?
        let anaLink = FakeLink(), cyLink = FakeLink()
        for character in "Ana" { press([.character(character)], &ana, room: room, link: anaLink, slot: &anaSlot) }
        press([.enter], &ana, room: room, link: anaLink, slot: &anaSlot)
        for character in "Cy" { press([.character(character)], &cy, room: room, link: cyLink, slot: &cySlot) }
        press([.enter], &cy, room: room, link: cyLink, slot: &cySlot)
        room.toggleObserver(slot: try #require(cySlot))
        press(walk(Array("11111111")), &ana, room: room, link: anaLink, slot: &anaSlot)
        room.reveal()
        // The observer finishes after the reveal: still no file of theirs.
        press(walk(Array("22222222")), &cy, room: room, link: cyLink, slot: &cySlot)
        #expect(!FileManager.default.fileExists(atPath: folder + "/out/cy.json"), "an observer's file in the folder")
        let team = try JSONDecoder().decode(TeamDocument.self, from: Data(contentsOf: URL(fileURLWithPath: folder + "/out/team.json")))
        let again = try TeamMerger(worksheet: Self.worksheet).merge(TeamReader().read(paths: [folder + "/out"]))
        #expect(again.members.map(\.name) == team.members.map(\.name))
        #expect(again.scores.map(\.mean) == team.scores.map(\.mean))
    }

    @Test func memberKeysNeverExportOrSuspend() throws {
        var ana = MemberProgram(worksheet: Self.worksheet, theme: .mono, roster: [])
        ana.joined(name: "Ana", responses: Responses(), questionID: nil)
        for key in [Key.control("z"), .character("e"), .character("m")] {
            #expect(ana.handle(key).isEmpty)
        }
        #expect(ana.handle(.control("c")) == [.leave])
    }

    @Test func everyScreenDrawsAtOneByOne() {
        var ana = MemberProgram(worksheet: Self.worksheet, theme: .mono, roster: ["Ana"])
        #expect(ana.render(width: 1, height: 1).width == 1)
        ana.joined(name: "Ana", responses: Responses(), questionID: nil)
        ana.resize(width: 1, height: 1)
        #expect(ana.render(width: 1, height: 1).height == 1)
        ana.end("bye")
        #expect(ana.render(width: 0, height: 0).width == 1)
    }
}
