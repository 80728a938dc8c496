import Foundation
import NIOEmbedded
import Testing
import VerdictEngine
import VerdictTestSupport
import VerdictUI
@testable import MeetingServer

/// A served meeting ended while a re-vote is open: the end question says so, and the votes
/// given are kept with the meeting for `--resume` instead of lost with a "finished" end.
@Suite struct MeetingOpenRoundTests {
    typealias Link = MemberProgramTests.FakeLink

    /// Ana and Ben ready with different answers to `api` (and Cy joined with none, a
    /// `watcher`), revealed, a re-vote open on it and Ana's vote in.
    func roundOpen(_ folder: String, watcher: Bool = false) throws -> Room {
        let room = MemberProgramTests().room(folder: folder)
        #expect(room.claim("Ana", fingerprint: "SHA256:ana", link: Link()) == .joined(slot: 0))
        #expect(room.claim("Ben", fingerprint: "SHA256:ben", link: Link()) == .joined(slot: 1))
        if watcher { #expect(room.claim("Cy", fingerprint: "SHA256:cy", link: Link()) == .joined(slot: 2)) }
        room.ready(slot: 0, Responses(respondent: "Ana", answers: ["api": "yes"]))
        room.ready(slot: 1, Responses(respondent: "Ben", answers: ["api": "no"]))
        room.reveal()
        var decision = try #require(room.results).decision
        decision.openRound(on: "api", members: room.voterResponses)
        room.decide(decision)
        room.vote(slot: 0, question: "api", answer: "no")
        return room
    }

    @Test func theEndQuestionNamesTheOpenRound() throws {
        let room = try roundOpen(try ScratchFolders.make("round-question"))
        var facilitator = FacilitatorView(title: "WakaTime", invite: ["Join: ssh -p 40123 abcdefghij@127.0.0.1"])
        facilitator.revealed = true
        facilitator.results = room.results
        #expect(facilitator.handle(.character("q")) == nil)
        let text = facilitator.render(width: 80, height: 24).text
        #expect(text.contains("A re-vote is open (1 of 2 voted; r reveals it). End? Kept for --resume. y/n"), "\(text)")
    }

    @Test func endingWithARoundOpenKeepsTheMeetingAndItsVotes() throws {
        let folder = try ScratchFolders.make("round-kept")
        let room = try roundOpen(folder)
        #expect(room.end() == .kept)
        guard case .unfinished = try MeetingRecordFile.inspect(path: folder + "/state.json", worksheet: MemberProgramTests.worksheet) else {
            Issue.record("the meeting with an open round is not offered for --resume")
            return
        }
        let saved = try MeetingRecordFile.resume(path: folder + "/state.json", worksheet: MemberProgramTests.worksheet, exportFolder: nil)
        let resumed = Room(worksheet: MemberProgramTests.worksheet, roster: [], admit: false, record: saved.record,
                           statePath: folder + "/state.json", log: MeetingLog(path: nil), loop: EmbeddedEventLoop())
        #expect(resumed.results?.decision.openRound?.votes == ["Ana": "no"])
        // Revealed, the round is closed: the end is final.
        var decision = try #require(resumed.results).decision
        let revealed = decision.revealRound()
        #expect(revealed)
        resumed.decide(decision)
        #expect(resumed.end() == .finished)
    }

    /// Cy joined and answered nothing before the reveal: the result is Ana's and Ben's, and
    /// so is the round; Cy watches, and a vote from her is not counted.
    @Test func aMemberWithoutAnswersWatchesTheRound() throws {
        let room = try roundOpen(try ScratchFolders.make("round-watcher"), watcher: true)
        #expect(room.results(for: 0)?.voting == true)
        #expect(room.results(for: 2)?.voting == false)
        room.vote(slot: 2, question: "api", answer: "yes")
        #expect(room.results?.decision.openRound?.votes == ["Ana": "no"])
    }

    /// Back on the results while a second round is open (a dropped connection), a member's
    /// status row is their own, not the facilitator's word on the first round's reveal.
    @Test func aMemberBackDuringASecondRoundIsNotToldOfTheFirst() throws {
        let room = try roundOpen(try ScratchFolders.make("round-second"))
        var decision = try #require(room.results).decision
        let revealed = decision.revealRound()
        #expect(revealed)
        room.decide(decision)
        #expect(room.results?.notice?.hasPrefix("Revealed — ") == true)
        decision.openRound(on: "api", members: room.voterResponses)
        room.decide(decision)
        #expect(room.results(for: 1)?.notice == nil)
        #expect(room.results(for: 1)?.voting == true)
    }

    /// An observer watches a round too: no vote screen, no vote counted.
    @Test func anObserverDoesNotVote() throws {
        let room = try roundOpen(try ScratchFolders.make("round-observer"))
        room.toggleObserver(slot: 1)
        #expect(room.results(for: 1)?.voting == false)
        room.vote(slot: 1, question: "api", answer: "yes")
        #expect(room.results?.decision.openRound?.votes == ["Ana": "no"])
    }

    /// A round is put only to the members who had answered its question (hidden for them by
    /// a condition, or skipped, they watch, told why); the count is of those (QA s6).
    @Test func aRoundIsForThoseWhoAnsweredItsQuestion() throws {
        let room = MemberProgramTests().room(folder: try ScratchFolders.make("round-answered"))
        for (slot, (name, answers)) in [("Ana", ["api": "yes"]), ("Ben", ["api": "no"]), ("Cy", ["soa": "yes"])].enumerated() {
            #expect(room.claim(name, fingerprint: "SHA256:\(name)", link: Link()) == .joined(slot: slot))
            room.ready(slot: slot, Responses(respondent: name, answers: answers))
        }
        room.reveal()
        var decision = try #require(room.results).decision
        decision.openRound(on: "api", members: room.voterResponses)
        room.decide(decision)
        #expect(room.results(for: 2)?.voting == false && room.results(for: 0)?.voting == true)
        room.vote(slot: 2, question: "api", answer: "yes")
        room.vote(slot: 0, question: "api", answer: "no")
        #expect(room.results?.decision.openRound?.votes == ["Ana": "no"])
        let facilitator = TeamResultsRenderer.render(try #require(room.results), width: 100, height: 30).text
        #expect(facilitator.contains("1 of 2 voted"), "\(facilitator)")
        let cy = TeamResultsRenderer.render(try #require(room.results(for: 2)), width: 100, height: 30).text
            .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(cy.contains("you did not, so you watch"), "\(cy)")
    }
}
