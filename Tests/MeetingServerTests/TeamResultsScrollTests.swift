import Foundation
import Testing
import VerdictEngine
import VerdictTestSupport
import VerdictUI
@testable import MeetingServer

/// A served meeting's results, on a member's and the facilitator's screens: ↓ past the last
/// disagreement scrolls on to the end of the screen at the size each terminal has.
@Suite struct TeamResultsScrollTests {
    typealias Link = MemberProgramTests.FakeLink
    let screens = MeetingScreensAt80Tests()

    /// Ana and Ben answered every question differently: eight disagreements.
    func revealed() throws -> TeamResultsState {
        let room = screens.room(folder: try ScratchFolders.make("scroll-team"))
        for (name, answer) in [("Ana", "1"), ("Ben", "2")] {
            guard case let .joined(slot) = room.claim(name, fingerprint: nil, link: Link()) else {
                throw MeetingError("\(name) could not join")
            }
            var walker = SessionState(worksheet: MeetingScreensAt80Tests.worksheet)
            _ = Session.update(&walker, .key(.enter))
            for _ in 0..<8 { _ = Session.update(&walker, .key(.character(Character(answer)))) }
            var responses = walker.responses
            responses.respondent = name
            room.ready(slot: slot, responses)
        }
        room.reveal()
        return try #require(room.results)
    }

    @Test func aMemberScrollsPastTheLastDisagreement() throws {
        var program = screens.ana([], size: (80, 20))
        program.reveal(try revealed())
        for _ in 0..<40 { _ = program.handle(.down) }
        let text = program.render(width: 80, height: 20).text
        #expect(text.contains("Agreed on 0 questions.") && !text.contains("↓ more"), "\(text)")
    }

    @Test func theFacilitatorScrollsPastTheLastDisagreement() throws {
        var facilitator = FacilitatorView(title: "WakaTime", invite: ["Join: ssh -p 40123 abcdefghij@127.0.0.1"])
        facilitator.revealed = true
        facilitator.results = try revealed()
        facilitator.size = (80, 20)
        for _ in 0..<40 { _ = facilitator.handle(.down) }
        let text = facilitator.render(width: 80, height: 20).text
        #expect(text.contains("Agreed on 0 questions.") && !text.contains("↓ more"), "\(text)")
    }

    /// At 60×16, the documented minimum, the facilitator's results fit: the join row takes
    /// their status row instead of a row of its own (which left them too small).
    @Test func theFacilitatorsResultsFitTheMinimumSize() throws {
        var facilitator = FacilitatorView(title: "WakaTime", invite: ["Join: ssh -p 40123 abcdefghij@127.0.0.1"])
        facilitator.revealed = true
        facilitator.results = try revealed()
        facilitator.size = (60, 16)
        var text = facilitator.render(width: 60, height: 16).text
        #expect(!text.contains("Enlarge") && text.contains("Team") && text.contains("Join: ssh -p 40123"), "\(text)")
        for _ in 0..<40 { _ = facilitator.handle(.down) }
        text = facilitator.render(width: 60, height: 16).text
        #expect(text.contains("Agreed on 0 questions."), "\(text)")
        // One row more: the join row has its own again.
        let lines = facilitator.render(width: 60, height: 17).text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.last?.contains("Join: ssh -p 40123") == true, "\(lines)")
    }
}
