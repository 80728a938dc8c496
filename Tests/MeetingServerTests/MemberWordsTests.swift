import Foundation
import Testing
import VerdictEngine
import VerdictTestSupport
import VerdictUI
@testable import MeetingServer

/// What a member is told, in a member's words (QA s6): leaving is not "quitting without
/// exporting".
@Suite struct MemberWordsTests {
    let screens = MeetingScreensAt80Tests()

    @Test func qAsksToLeaveTheMeetingNotToQuitWithoutExporting() {
        let text = screens.ana([.enter, .character("1"), .character("q")]).render(width: 80, height: 24).text
        #expect(text.contains("Leave the meeting? y/n") && text.contains("Your answers are kept on the host; join again the same"),
                "\(text)")
        #expect(!text.contains("export"), "\(text)")
    }

    /// A refusal is wrapped on the name screen, never cut at 80 columns before it says why.
    @Test func aLongRefusalIsShownWhole() throws {
        let room = screens.room(folder: try ScratchFolders.make("words-invisible"))
        guard case let .refused(reason) = room.claim("Anabella\u{200B}", fingerprint: nil, link: MeetingScreensAt80Tests.Link()) else {
            Issue.record("a name with U+200B was taken")
            return
        }
        var program = MemberProgram(worksheet: MeetingScreensAt80Tests.worksheet, theme: .mono, roster: [])
        program.refused(reason, roster: [])
        let text = program.render(width: 80, height: 24).text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(reason.count > 78 && text.joined(separator: " ").contains(reason), "\(text)")
    }

    @Test func teamIsRefusedWithItsReason() throws {
        let room = screens.room(folder: try ScratchFolders.make("words-team"))
        #expect(room.claim("Team", fingerprint: nil, link: MeetingScreensAt80Tests.Link())
            == .refused("\"team\" names the team's own file (team.json): choose another name."))
    }

    /// Cy joined without answering (or after the reveal): her results screen says she watches.
    @Test func aMemberWithoutAnswersIsToldTheyWatch() throws {
        let room = try MeetingOpenRoundTests().roundOpen(try ScratchFolders.make("words-watcher"), watcher: true)
        let watching = "Revealed before you answered: you are watching; the result is the others'."
        #expect(room.results(for: 2)?.headline == watching)
        #expect(room.results(for: 0)?.headline == nil)
        var program = MemberProgram(worksheet: MeetingScreensAt80Tests.worksheet, theme: .mono, roster: [])
        program.joined(name: "Cy", responses: Responses(), questionID: nil)
        program.reveal(try #require(room.results(for: 2)))
        #expect(program.render(width: 80, height: 24).text.contains(watching))
    }
}
