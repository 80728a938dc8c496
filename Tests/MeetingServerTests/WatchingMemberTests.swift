import Testing
import VerdictTestSupport
import VerdictEngine
import VerdictUI
@testable import MeetingServer

/// QA session 6: a name on `--members` who joins after the reveal watches (their screen says
/// so), and the facilitator hears of the late arrival.
@Suite struct WatchingMemberTests {
    typealias FakeLink = MemberProgramTests.FakeLink

    /// Ana and Ben answered and are in the result; Cy joined with nothing answered.
    func revealed(_ folder: String) -> Room {
        let room = MemberProgramTests().room(roster: ["Ana", "Ben", "Cy", "Dee"], folder: folder)
        for (index, (name, answer)) in [("Ana", "yes"), ("Ben", "no")].enumerated() {
            #expect(room.claim(name, fingerprint: nil, link: FakeLink()) == .joined(slot: index))
            room.ready(slot: index, Responses(respondent: name, answers: ["api": answer]))
        }
        #expect(room.claim("Cy", fingerprint: nil, link: FakeLink()) == .joined(slot: 2))
        room.reveal()
        return room
    }

    @Test func aRosterNameJoiningAfterTheRevealWatchesAndTheFacilitatorIsTold() throws {
        let room = revealed(try ScratchFolders.make("watching-late"))
        var view = FacilitatorView(title: "WakaTime", invite: [])
        view.update(from: RoomControl(room: room))
        #expect(view.results?.notice == nil)
        #expect(room.claim("Dee", fingerprint: nil, link: FakeLink()) == .joined(slot: 3))
        view.update(from: RoomControl(room: room))
        let facilitator = view.render(width: 80, height: 24).text
        #expect(facilitator.contains("Dee joined after the reveal: watching, not counted."), "\(facilitator)")
        let dee = try #require(room.results(for: 3))
        #expect(!dee.voting && TeamResultsRenderer.render(dee, width: 80, height: 24).text.contains("you are watching"))
        // Said once: the next look at the room does not repeat it over the facilitator's own steps.
        view.results?.showNotice("x")
        view.update(from: RoomControl(room: room))
        #expect(view.results?.notice == "x")
    }
}
