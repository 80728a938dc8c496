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

    @Test func teamIsRefusedWithItsReason() throws {
        let room = screens.room(folder: try ScratchFolders.make("words-team"))
        #expect(room.claim("Team", fingerprint: nil, link: MeetingScreensAt80Tests.Link())
            == .refused("\"team\" names the team's own file (team.json): choose another name."))
    }
}
