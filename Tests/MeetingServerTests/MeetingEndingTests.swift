import Foundation
import NIOCore
import Testing
import VerdictEngine
import VerdictTestSupport
@testable import MeetingServer

/// How a meeting ends: a meeting nobody answered in is not kept (no `--resume`, no
/// "discard it?" next time) and the export folder it made goes again while it holds
/// only what the meeting wrote there; anything a user put there stays.
@Suite struct MeetingEndingTests {
    typealias FakeLink = MemberProgramTests.FakeLink
    static let known = Data("[127.0.0.1]:2222 ssh-ed25519 AAAA\n".utf8)

    @Test func aMeetingWithoutAnswersIsNotKept() throws {
        let folder = try ScratchFolders.make("ending-empty")
        let room = MemberProgramTests().room(roster: ["Ana", "Ben"], folder: folder)
        #expect(room.claim("Ana", fingerprint: nil, link: FakeLink()) == .joined(slot: 0))
        #expect(FileManager.default.fileExists(atPath: folder + "/state.json"), "a join is saved")
        #expect(room.end() == .empty)
        #expect(!FileManager.default.fileExists(atPath: folder + "/state.json"))
        guard case .none = try MeetingRecordFile.inspect(path: folder + "/state.json", worksheet: MemberProgramTests.worksheet) else {
            Issue.record("the empty meeting is still offered for --resume")
            return
        }
    }

    @Test func aMeetingWithAnAnswerIsKeptAndARevealedOneFinished() throws {
        let folder = try ScratchFolders.make("ending-kept")
        let room = MemberProgramTests().room(folder: folder)
        #expect(room.claim("Ana", fingerprint: nil, link: FakeLink()) == .joined(slot: 0))
        room.save(slot: 0, Responses(respondent: "Ana", answers: ["api": "yes"]), questionID: "soa")
        #expect(room.end() == .kept)
        guard case .unfinished = try MeetingRecordFile.inspect(path: folder + "/state.json", worksheet: MemberProgramTests.worksheet) else {
            Issue.record("the answered meeting is not kept")
            return
        }
        let revealed = MemberProgramTests().room(folder: try ScratchFolders.make("ending-finished"))
        _ = revealed.claim("Ana", fingerprint: nil, link: FakeLink())
        revealed.save(slot: 0, Responses(respondent: "Ana", answers: ["api": "yes"]), questionID: nil)
        revealed.reveal()
        #expect(revealed.end() == .finished)
    }

    @Test func theFolderTheMeetingMadeGoesWhenItHoldsOnlyWhatTheMeetingWrote() throws {
        let scratch = try ScratchFolders.make("made-folder")
        var made = MadeFolder(scratch + "/a/b")
        #expect(made.made == [scratch + "/a/b", scratch + "/a"])
        try write(Self.known, scratch + "/a/b/known_hosts")
        made.wrote(Self.known, at: scratch + "/a/b/known_hosts")
        #expect(made.undo())
        #expect(!FileManager.default.fileExists(atPath: scratch + "/a"), "a parent the meeting made is left")
        #expect(FileManager.default.fileExists(atPath: scratch))
    }

    @Test func nothingAUserPutThereIsRemoved() throws {
        let scratch = try ScratchFolders.make("made-folder-user")
        // A file of the user's beside known_hosts: everything stays.
        var made = MadeFolder(scratch + "/out")
        try write(Self.known, scratch + "/out/known_hosts")
        made.wrote(Self.known, at: scratch + "/out/known_hosts")
        try write(Data("mine".utf8), scratch + "/out/notes.txt")
        #expect(!made.undo())
        #expect(FileManager.default.fileExists(atPath: scratch + "/out/notes.txt"))
        #expect(FileManager.default.fileExists(atPath: scratch + "/out/known_hosts"))
        // known_hosts changed since the meeting wrote it: it is the user's now.
        var changed = MadeFolder(scratch + "/changed")
        try write(Self.known, scratch + "/changed/known_hosts")
        changed.wrote(Self.known, at: scratch + "/changed/known_hosts")
        try write(Data("edited\n".utf8), scratch + "/changed/known_hosts")
        #expect(!changed.undo())
        #expect(FileManager.default.fileExists(atPath: scratch + "/changed/known_hosts"))
        // A folder that was there before the meeting is never removed.
        var existing = MadeFolder(scratch)
        #expect(existing.made.isEmpty)
        existing.wrote(Self.known, at: scratch + "/known_hosts")
        #expect(!existing.undo())
        #expect(FileManager.default.fileExists(atPath: scratch))
    }

    /// (An unknown host is `MeetingServeLifecycleTests`: NIO makes that error itself.)
    @Test func aFailedBindSaysWhyInWords() {
        #expect(MeetingServer.reason(IOError(errnoCode: EADDRINUSE, reason: "bind")) == "address already in use")
    }

    private func write(_ data: Data, _ path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: path))
    }
}
