import Foundation
import NIOEmbedded
import Testing
import VerdictEngine
import VerdictTestSupport
@testable import MeetingServer

/// What a served meeting's folder and save say about its files: team.json names the member
/// files written, and a resume's new export folder is the one the next resume uses.
@Suite struct MeetingExportFilesTests {
    typealias Link = MemberProgramTests.FakeLink

    @Test func teamJSONNamesTheMemberFilesWritten() throws {
        let folder = try ScratchFolders.make("meeting-files")
        let room = MemberProgramTests().room(folder: folder)
        // Ben joined as Cy by mistake and was taken out; the real Cy joins after him.
        #expect(room.claim("Cy", fingerprint: "SHA256:ben", link: Link()) == .joined(slot: 0))
        room.remove(slot: 0)
        #expect(room.claim("Cy", fingerprint: "SHA256:cy", link: Link()) == .joined(slot: 1))
        #expect(room.claim("Ana", fingerprint: "SHA256:ana", link: Link()) == .joined(slot: 2))
        room.ready(slot: 1, Responses(respondent: "Cy", answers: ["api": "yes"]))
        room.ready(slot: 2, Responses(respondent: "Ana", answers: ["api": "no"]))
        room.reveal()
        let team = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/out/team.json")))
        let files = ((team as? [String: Any])?["members"] as? [[String: Any]] ?? []).compactMap { $0["file"] as? String }
        #expect(files.count == 2)
        for file in files { #expect(FileManager.default.fileExists(atPath: file), "team.json names \(file), not written") }
    }

    /// A member's file says when they finished, also once the reveal, the steps after it and
    /// the end have written it again, and after a `--resume`.
    @Test func aMembersCompletedAtIsWhenTheyFinished() throws {
        let folder = try ScratchFolders.make("meeting-completed")
        let room = MemberProgramTests().room(folder: folder)
        func completedAt(_ file: String) throws -> String? {
            let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/out/" + file)))
            return (object as? [String: Any])?["completedAt"] as? String
        }
        room.now = { Date(timeIntervalSince1970: 1_000_000_000) }
        #expect(room.claim("Ana", fingerprint: "SHA256:ana", link: Link()) == .joined(slot: 0))
        #expect(room.claim("Ben", fingerprint: "SHA256:ben", link: Link()) == .joined(slot: 1))
        room.ready(slot: 0, Responses(respondent: "Ana", answers: ["api": "yes"]))
        room.now = { Date(timeIntervalSince1970: 1_000_000_600) }
        room.ready(slot: 1, Responses(respondent: "Ben", answers: ["api": "no"]))
        room.now = { Date(timeIntervalSince1970: 1_000_003_600) }
        room.ready(slot: 0, Responses(respondent: "Ana", answers: ["api": "yes"]))  // back on her results after a drop
        room.reveal()
        var decision = try #require(room.results).decision
        decision.agree("api", answer: "yes", members: room.voterResponses)
        room.decide(decision)
        let resumed = Room(worksheet: MemberProgramTests.worksheet, roster: [], admit: false,
                           record: try MeetingRecordFile.resume(path: folder + "/state.json", worksheet: MemberProgramTests.worksheet,
                                                                exportFolder: nil).record,
                           statePath: folder + "/state.json", log: MeetingLog(path: nil), loop: EmbeddedEventLoop())
        resumed.now = room.now
        #expect(resumed.end() == .finished)
        #expect(try completedAt("ana.json") == "2001-09-09T01:46:40Z")
        #expect(try completedAt("ben.json") == "2001-09-09T01:56:40Z")
    }

    /// `--members` on a `--resume` that differs from the saved list is said, with the rule
    /// (QA s6): the list given replaces it, and who joined stays until x.
    @Test func aResumeWithOtherMembersSaysTheRule() throws {
        let folder = try ScratchFolders.make("meeting-roster")
        let room = MemberProgramTests().room(roster: ["Ana", "Ben"], folder: folder)
        #expect(room.claim("Ana", fingerprint: "SHA256:ana", link: Link()) == .joined(slot: 0))
        room.save(slot: 0, Responses(respondent: "Ana", answers: ["api": "yes"]), questionID: "soa")
        let saved = try MeetingRecordFile.resume(path: folder + "/state.json", worksheet: MemberProgramTests.worksheet, exportFolder: nil)
        #expect(saved.rosterNote(given: ["Ana", "Cy"]) == "--members replaces the saved list (Ana, Ben); who joined stays until x removes them.")
        #expect(saved.rosterNote(given: ["ana", "Ben"]) == nil)
        #expect(saved.rosterNote(given: []) == nil)
    }

    @Test func resumingWithNothingSavedIsMissingInput() throws {
        let folder = try ScratchFolders.make("meeting-nothing")
        // Exit 66 (missing input) in `serve`, as for any input that is not there.
        #expect {
            try MeetingRecordFile.resume(path: folder + "/state.json", worksheet: MemberProgramTests.worksheet, exportFolder: nil)
        } throws: { ($0 as? InputError)?.kind == .missing }
    }

    @Test func aResumesExportFolderIsSavedForTheNextResume() throws {
        let folder = try ScratchFolders.make("meeting-moved")
        let first = MemberProgramTests().room(folder: folder)
        #expect(first.claim("Ana", fingerprint: "SHA256:ana", link: Link()) == .joined(slot: 0))
        first.save(slot: 0, Responses(respondent: "Ana", answers: ["api": "yes"]), questionID: "soa")
        #expect(try MeetingRecordFile.resume(path: folder + "/state.json", worksheet: MemberProgramTests.worksheet, exportFolder: nil)
            .keepsFolder)
        let moved = try MeetingRecordFile.resume(path: folder + "/state.json", worksheet: MemberProgramTests.worksheet,
                                                 exportFolder: folder + "/meet6")
        #expect(!moved.keepsFolder, "a new folder is claimed like a new meeting's")
        // Resumed into meet6 and killed before anyone pressed a key: the next resume still uses meet6.
        _ = Room(worksheet: MemberProgramTests.worksheet, roster: [], admit: false, record: moved.record,
                 statePath: folder + "/state.json", log: MeetingLog(path: nil), loop: EmbeddedEventLoop())
        let again = try MeetingRecordFile.resume(path: folder + "/state.json", worksheet: MemberProgramTests.worksheet, exportFolder: nil)
        #expect(again.exportFolder == folder + "/meet6")
    }
}
