import Testing
import VerdictEngine
import VerdictUI
@testable import MeetingServer

/// The facilitator's and a member's screens at the smallest sizes, and the remove question.
@Suite struct FacilitatorSmallScreenTests {
    @Test func belowTheMinimumTheFacilitatorIsAskedToEnlargeAndOnlyQActs() {
        var view = FacilitatorView(title: "WakaTime", invite: ["Join: ssh -p 2222 code@127.0.0.1"])
        view.members = [FacilitatorKeysTests.member(answered: 8)]
        view.members[0].ready = true
        view.size = (50, 12)
        let screen = view.render(width: 50, height: 12).text
        #expect(screen.contains("Enlarge the terminal to 60×16 (now 50×12)"), "\(screen)")
        #expect(view.handle(.character("r")) == nil && view.confirming == nil, "r revealed below the minimum size")
        #expect(view.handle(.character("q")) == nil && view.confirming == .end)
        #expect(view.render(width: 50, height: 12).text.contains("End the meeting"))
        view.confirming = nil
        view.size = (60, 16)
        #expect(view.handle(.character("r")) == .reveal)
    }

    @Test func theRemoveQuestionSaysTheNameIsFreedAndFits80Columns() {
        var view = FacilitatorView(title: "WakaTime", invite: [])
        view.members = [FacilitatorKeysTests.member(answered: 3)]
        #expect(view.handle(.character("x")) == nil)
        let last = view.render(width: 80, height: 24).line(23)
        #expect(last.contains("the name is free again. y/n"), "\(last)")
    }

    @Test func aMembersScreenAtTheMinimumSizeKeepsTheMeetingLine() {
        // On a question and on the results (the welcome's status row holds its own hint).
        for keys: [Key] in [[.enter], [.enter, .character("1")], [.enter] + Array(repeating: .character("1"), count: 8) + [.enter]] {
            let ana = MeetingScreensAt80Tests().ana(keys, size: (60, 16))
            let screen = ana.render(width: 60, height: 16).text
            #expect(screen.contains("Meeting · 0 of 2 ready"), "\(screen)")
            #expect(!screen.contains("Enlarge"), "\(screen)")
        }
    }
}
