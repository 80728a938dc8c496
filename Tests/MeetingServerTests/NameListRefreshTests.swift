import Foundation
import NIOEmbedded
import Testing
import VerdictEngine
import VerdictTestSupport
import VerdictUI
@testable import MeetingServer

/// "Who are you?" follows the room: a member still choosing sees names taken since the
/// list was drawn marked "(joined)", the highlight stays where the member left it, and Enter
/// on a taken name says why it cannot be taken.
@Suite struct NameListRefreshTests {
    typealias FakeLink = MemberProgramTests.FakeLink

    @Test func theHighlightStaysWhereTheMemberLeftItWhenOthersJoin() {
        var prompt = NamePrompt(choices: ["Ana", "Ben", "Cy"])
        #expect(prompt.cursor == 0)
        prompt.update(taken: ["Ana"])
        #expect(prompt.cursor == 0, "the highlight jumped as Ana joined")
        let screen = prompt.render(title: "T", width: 80, height: 24).text
        #expect(screen.contains("› 1. Ana  (joined)"), "\(screen)")
        // Ben's ↓ from Ana lands on Ben, not on Cy.
        _ = prompt.handle(.down)
        prompt.update(taken: ["Ana", "Cy"])
        #expect(prompt.handle(.enter) == .claim("Ben"))
        prompt.update(taken: ["Cy"])
        #expect(!prompt.render(title: "T", width: 80, height: 24).text.contains("Ana  (joined)"), "a freed name is not marked")
    }

    @Test func aMemberOnTheNameScreenIsToldWhenOthersJoin() throws {
        let folder = try ScratchFolders.make("name-refresh")
        let room = MemberProgramTests().room(roster: ["Ana", "Ben", "Cy"], folder: folder)
        // Ben connects first and sees the list while nobody holds a name.
        let benLink = FakeLink()
        room.arrived(benLink)
        var ben = MemberProgram(worksheet: MemberProgramTests.worksheet, theme: .mono, roster: room.roster, taken: room.namesHere())
        #expect(ben.render(width: 80, height: 24).text.contains("› 1. Ana"))
        // Ana joins: the room tells Ben's connection, whose program asks for the room's view.
        #expect(room.claim("Ana", fingerprint: nil, link: FakeLink()) == .joined(slot: 0))
        #expect(benLink.changes > 0, "the member on the name screen was not told")
        _ = MemberSession.update(&ben, .room(RoomView(banner: room.banner(for: nil), taken: room.namesHere())))
        let screen = ben.render(width: 80, height: 24).text
        #expect(screen.contains("› 1. Ana  (joined)"), "\(screen)")
        // Enter on Ana says why nothing happens.
        #expect(ben.handle(.enter).isEmpty)
        #expect(ben.render(width: 80, height: 24).text.contains("Ana is connected already"))
        // Once Ben has a slot, the room no longer counts him as choosing.
        #expect(room.claim("Ben", fingerprint: nil, link: benLink) == .joined(slot: 1))
        let before = benLink.changes
        room.disconnected(FakeLink())
        #expect(benLink.changes == before + 1, "told once, as a member with a slot")
    }

    @Test func theMeetingsEndClosesTheNameScreenToo() throws {
        let folder = try ScratchFolders.make("name-end")
        let room = MemberProgramTests().room(roster: ["Ana"], folder: folder)
        let choosing = FakeLink()
        room.arrived(choosing)
        room.end()
        #expect(choosing.dismissed == "The meeting has ended.")
    }
}
