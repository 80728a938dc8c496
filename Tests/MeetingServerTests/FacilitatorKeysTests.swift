import Testing
import VerdictEngine
import VerdictUI
@testable import MeetingServer

/// The facilitator's keys come from one table: F1 lists them (admit and refuse included
/// while someone waits), the footer fits 80 columns and always offers F1 and q, and the
/// end question says whether anything is kept.
@Suite struct FacilitatorKeysTests {
    static func member(answered: Int) -> FacilitatorView.Member {
        FacilitatorView.Member(slot: 0, name: "Ana", identity: "password", answered: answered, questions: 8,
                               ready: false, observer: false, connected: true)
    }

    @Test func f1ListsTheFacilitatorsKeysAndAnyKeyClosesIt() {
        var view = FacilitatorView(title: "WakaTime", invite: [])
        view.waiting = ["Ana · password · 127.0.0.1"]
        #expect(view.handle(.function(1)) == nil)
        let list = view.render(width: 80, height: 24).text
        for sentence in ["Let in the newcomer", "Turn the newcomer", "Reveal the answers", "Take the highlighted member out",
                         "observer", "End the meeting"] {
            #expect(list.contains(sentence), "F1 does not list '\(sentence)':\n\(list)")
        }
        #expect(view.handle(.character("x")) == nil, "a key that closes the list does nothing else")
        #expect(view.confirming == nil && !view.render(width: 80, height: 24).text.contains("Let in the newcomer"))
        #expect(view.handle(.character("?")) == nil && view.showingKeys)
    }

    @Test func theFooterFits80ColumnsAndKeepsF1AndQ() {
        var view = FacilitatorView(title: "WakaTime", invite: [])
        let plain = view.render(width: 80, height: 24).text.split(separator: "\n").last.map(String.init) ?? ""
        #expect(plain.contains("r reveal") && plain.contains("o observer") && plain.hasSuffix("F1 keys · q end"), "\(plain)")
        view.waiting = ["Ana · password · 127.0.0.1"]
        let waiting = view.render(width: 80, height: 24).text.split(separator: "\n").last.map(String.init) ?? ""
        #expect(waiting.hasPrefix(" a admit · d refuse") && waiting.hasSuffix("F1 keys · q end"), "\(waiting)")
        #expect(DisplayWidth.of(waiting) <= 80)
    }

    @Test func underASCIITheFooterAndListSayUpDownAndStillFit() {
        var view = FacilitatorView(title: "WakaTime", invite: [])
        view.waiting = ["Ana · password · 127.0.0.1"]
        Charset.$current.withValue(.ascii) {
            let footer = view.render(width: 80, height: 24).text.split(separator: "\n").last.map(String.init) ?? ""
            #expect(!footer.contains("↑") && footer.hasSuffix("F1 keys · q end") && DisplayWidth.of(footer) <= 80, "\(footer)")
            _ = view.handle(.function(1))
            #expect(view.render(width: 80, height: 24).text.contains("Up/Down  Highlight another member."))
        }
    }

    @Test func aNewcomerIsAnsweredFirstAlsoAfterTheReveal() {
        var view = FacilitatorView(title: "WakaTime", invite: [])
        view.revealed = true
        view.waiting = ["Zed · password · 127.0.0.1"]
        #expect(view.handle(.character("a")) == .admit(true))
        #expect(view.handle(.character("d")) == .admit(false))
    }

    /// Without a full screen (TERM=dumb) the same commands are typed as lines, each asking
    /// its question as a line (was: r, ? and q echoed and ignored; QA s6).
    @Test func thePlainFacilitatorTakesTheKeysAsLines() {
        var view = FacilitatorView(title: "WakaTime", invite: [])
        view.members = [Self.member(answered: 3)]
        #expect(view.handle(line: "?") == (nil, FacilitatorView.plainCommands))
        #expect(FacilitatorView.plainCommands.contains("r and Enter reveals") && FacilitatorView.plainCommands.contains("q and Enter ends"))
        #expect(view.handle(line: "") == (nil, nil))
        // Ana is not ready: r asks first, as on the full screen; anything but y or n asks again.
        #expect(view.handle(line: "r") == (nil, "Not everyone is ready. Reveal now? y/n"))
        #expect(view.handle(line: "maybe") == (nil, "Type y or n. Not everyone is ready. Reveal now? y/n"))
        #expect(view.handle(line: " Y ") == (.reveal, nil))
        view.members[0].ready = true
        #expect(view.handle(line: "r") == (.reveal, nil), "everyone ready: no question")
        #expect(view.handle(line: "a") == (nil, "Nobody is waiting to be let in."))
        #expect(view.handle(line: "zap") == (nil, "Unknown command 'zap'. " + FacilitatorView.plainCommands))
        #expect(view.handle(line: "q") == (nil, "End the meeting before the reveal? Answers are kept for --resume. y/n"))
        #expect(view.handle(line: "n") == (nil, nil))
        _ = view.handle(line: "q")
        #expect(view.handle(line: "y") == (.end, nil))
        view.revealed = true
        #expect(view.handle(line: "r") == (nil, "Revealed already; q ends the meeting."))
    }

    @Test func theEndQuestionSaysWhetherAnythingIsKept() {
        var view = FacilitatorView(title: "WakaTime", invite: [])
        view.members = [Self.member(answered: 0)]
        _ = view.handle(.character("q"))
        #expect(view.render(width: 80, height: 24).text.contains("Nobody has answered, so nothing is kept. y/n"))
        #expect(view.handle(.character("n")) == nil)
        view.members = [Self.member(answered: 2)]
        _ = view.handle(.character("q"))
        #expect(view.render(width: 80, height: 24).text.contains("Answers are kept for --resume. y/n"))
        #expect(view.handle(.character("y")) == .end)
    }
}

/// After the reveal (and after a resume, which starts there) the facilitator's last row
/// gives this run's join command, so members can come back.
@Suite struct FacilitatorRevealedRowTests {
    @Test func theJoinCommandStaysOnScreenAfterTheReveal() {
        let view = FacilitatorView(title: "WakaTime", invite: ["Join: ssh -p 43005 edbphrh5e2@127.0.0.1", "Host key: SHA256:x"])
        #expect(view.revealedRow(width: 78) == "Join: ssh -p 43005 edbphrh5e2@127.0.0.1 · revealed on every screen · q end")
        #expect(view.revealedRow(width: 50) == "Join: ssh -p 43005 edbphrh5e2@127.0.0.1 · q end")
        #expect(view.revealedRow(width: 40) == "Join: ssh -p 43005 edbphrh5e2@127.0.0.1")
        #expect(FacilitatorView(title: "T", invite: []).revealedRow(width: 78) == "Revealed on every member's screen · q end the meeting")
    }
}
