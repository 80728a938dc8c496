import Foundation
import VerdictTestSupport
import Testing
@testable import VerdictEngine

/// `SessionStore`: autosave files, checksums, `.bak` fallback, locking, resuming.
@Suite struct SessionStoreTests {
    let folder: String
    let store: SessionStore

    init() throws {
        folder = try ScratchFolders.make("verdict-store")
        store = SessionStore(directory: folder + "/state/verdict")
    }

    func snapshot(_ answers: [String: String] = ["api": "yes"], question: String? = "soa") -> SessionSnapshot {
        SessionSnapshot(
            worksheetID: "django-vs-flask", worksheetSHA256: String(repeating: "a", count: 64),
            respondent: "Ada", answers: answers, importance: ["api": 2], questionID: question,
            updatedAt: Date(timeIntervalSince1970: 1_800_000_000))
    }

    // MARK: - Round trip

    @Test func savesAndLoads() throws {
        #expect(try store.load(worksheetID: "django-vs-flask") == nil)
        try store.save(snapshot())
        #expect(try store.load(worksheetID: "django-vs-flask") == snapshot())
        let text = try String(contentsOfFile: store.path(worksheetID: "django-vs-flask"), encoding: .utf8)
        #expect(text.hasPrefix(#"{"format":1,"checksum":""#))
        #expect(text.contains(#""respondent":"Ada""#))
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        #expect(parsed?["checksum"] as? String != nil)
    }

    @Test func standardDirectoryFollowsXDG() {
        #expect(SessionStore.standardDirectory(environment: ["XDG_STATE_HOME": "/x/state", "HOME": "/h"]) == "/x/state/verdict")
        #expect(SessionStore.standardDirectory(environment: ["HOME": "/h"]) == "/h/.local/state/verdict")
        #expect(SessionStore.standardDirectory(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"]) == "/h/.local/state/verdict")
    }

    @Test func fileNamesAreSafe() {
        for id in ["../../etc/passwd", "a/b c", ".hidden", ""] {
            let path = store.path(worksheetID: id)
            let name = path.dropFirst(store.directory.count + 1)
            #expect(path.hasPrefix(store.directory + "/"))
            #expect(!name.contains("/") && !name.hasPrefix("."))
        }
        #expect(SessionStore.fileStem("a/b c") == "a_b_c")
    }

    // MARK: - Damage

    @Test func truncatedMainFallsBackToBackup() throws {
        try store.save(snapshot(["api": "yes"]))
        try store.save(snapshot(["api": "no"]))
        let main = store.path(worksheetID: "django-vs-flask")
        let bytes = try #require(FileManager.default.contents(atPath: main))
        try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: main))
        let loaded = try #require(try store.loadReporting(worksheetID: "django-vs-flask"))
        #expect(loaded.snapshot.answers == ["api": "yes"])
        #expect(loaded.notice?.contains("damaged") == true)
        #expect(loaded.notice?.contains("previous copy") == true)
    }

    @Test func flippedByteFailsTheChecksum() throws {
        try store.save(snapshot(["api": "yes"]))
        let main = store.path(worksheetID: "django-vs-flask")
        var text = try String(contentsOfFile: main, encoding: .utf8)
        text = text.replacingOccurrences(of: #""api":"yes""#, with: #""api":"yeS""#)
        try text.write(toFile: main, atomically: true, encoding: .utf8)
        #expect(throws: SessionStoreError.self) { try store.load(worksheetID: "django-vs-flask") }
        do {
            _ = try store.load(worksheetID: "django-vs-flask")
        } catch let error as SessionStoreError {
            #expect(error.description.contains("checksum mismatch"))
        }
    }

    @Test func corruptMainIsNotRotatedOverAGoodBackup() throws {
        try store.save(snapshot(["api": "yes"]))
        try store.save(snapshot(["api": "no"]))
        let main = store.path(worksheetID: "django-vs-flask")
        try Data("garbage".utf8).write(to: URL(fileURLWithPath: main))
        try store.save(snapshot(["soa": "yes"]))
        let backup = try #require(FileManager.default.contents(atPath: store.backupPath(worksheetID: "django-vs-flask")))
        #expect(try SessionStore.decode(backup).answers == ["api": "yes"])
        #expect(try store.load(worksheetID: "django-vs-flask")?.answers == ["soa": "yes"])
    }

    @Test func bothDamagedThrowsCorrupt() throws {
        try store.save(snapshot())
        try store.save(snapshot())
        try Data("{".utf8).write(to: URL(fileURLWithPath: store.path(worksheetID: "django-vs-flask")))
        try Data().write(to: URL(fileURLWithPath: store.backupPath(worksheetID: "django-vs-flask")))
        #expect(throws: SessionStoreError.self) { try store.loadReporting(worksheetID: "django-vs-flask") }
    }

    @Test func snapshotForAnotherWorksheetIsRejected() throws {
        try store.save(snapshot())
        let path = store.path(worksheetID: "django-vs-flask")
        try FileManager.default.copyItem(atPath: path, toPath: store.path(worksheetID: "other"))
        #expect(throws: SessionStoreError.self) { try store.load(worksheetID: "other") }
    }

    /// QA i18: someone with nothing to resume learns of another respondent's unfinished
    /// session of the same worksheet; a file that is not at its respondent's own key is not one.
    @Test func othersSessionsAreFoundUnderTheirOwnKeysOnly() throws {
        let worksheet = TeamFixtures.worksheet()
        let ana = store.keyed(for: worksheet, respondent: "Ana")
        try ana.save(SessionSnapshot(
            worksheet: worksheet, responses: Responses(respondent: "Ana", answers: ["api": "yes", "admin": "no"]), questionID: nil))
        let unnamed = store.keyed(for: worksheet, respondent: nil)
        #expect(unnamed.othersSessions(of: worksheet).map(\.respondent) == ["Ana"])
        #expect(unnamed.othersSessions(of: worksheet).first?.answers.count == 2)
        #expect(ana.othersSessions(of: worksheet).isEmpty, "one's own session is not another's")
        try FileManager.default.copyItem(
            atPath: ana.path(worksheetID: worksheet.id), toPath: folder + "/state/verdict/\(worksheet.id).0123456789.json")
        #expect(unnamed.othersSessions(of: worksheet).count == 1)
        #expect(SessionStore(directory: folder + "/missing").othersSessions(of: worksheet).isEmpty)
    }

    @Test func removeDeletesBothCopies() throws {
        try store.save(snapshot())
        try store.save(snapshot())
        store.remove(worksheetID: "django-vs-flask")
        #expect(try store.load(worksheetID: "django-vs-flask") == nil)
    }

    @Test func unwritableFolderSaysWhy() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: folder + "/plain-file", contents: Data())
        let blocked = SessionStore(directory: folder + "/plain-file/verdict")
        #expect(throws: SessionStoreError.unwritable(path: folder + "/plain-file/verdict", reason: "Not a directory")) {
            try blocked.save(snapshot())
        }
    }

    // MARK: - Locking

    /// The pid is written at a fixed width without truncating the file first; whatever
    /// longer text an earlier writer left must not hide the holder's pid.
    @Test func staleLongerLockTextStillYieldsTheHoldersPID() throws {
        let path = store.lockPath(worksheetID: "django-vs-flask")
        try FileManager.default.createDirectory(atPath: store.directory, withIntermediateDirectories: true)
        try Data("123456789012345678901234567890\n".utf8).write(to: URL(fileURLWithPath: path))
        let first = try store.lock(worksheetID: "django-vs-flask")
        defer { first.release() }
        #expect(throws: SessionStoreError.locked(path: path, pid: getpid())) {
            _ = try store.lock(worksheetID: "django-vs-flask")
        }
    }

    @Test func secondLockInTheSameProcessIsRefused() throws {
        let first = try store.lock(worksheetID: "django-vs-flask")
        #expect(throws: SessionStoreError.locked(path: store.lockPath(worksheetID: "django-vs-flask"), pid: getpid())) {
            _ = try store.lock(worksheetID: "django-vs-flask")
        }
        let other = try store.lock(worksheetID: "wakatime-2015")
        #expect(other.isHeld)
        first.release()
        first.release()
        #expect(!first.isHeld)
        let again = try store.lock(worksheetID: "django-vs-flask")
        #expect(again.isHeld)
    }

    @Test func lockedMessageNamesThePID() {
        let error = SessionStoreError.locked(path: "/x.lock", pid: 4242)
        #expect(error.description == "another verdict is using this session (pid 4242)")
    }

    static let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first(where: FileManager.default.isExecutableFile)

    @Test(.enabled(if: python != nil, "python3 not found to hold a lock from a second process"))
    func lockHeldByAnotherProcessIsRefused() throws {
        let python = try #require(Self.python)
        let path = store.lockPath(worksheetID: "django-vs-flask")
        try FileManager.default.createDirectory(atPath: store.directory, withIntermediateDirectories: true)
        let child = Process()
        child.executableURL = URL(fileURLWithPath: python)
        child.arguments = ["-c", """
            import fcntl, os, sys
            f = open(sys.argv[1], 'a+'); fcntl.flock(f, fcntl.LOCK_EX)
            f.truncate(0); f.write(str(os.getpid()) + '\\n'); f.flush()
            print('locked', flush=True); sys.stdin.read()
            """, path]
        let input = Pipe()
        let output = Pipe()
        child.standardInput = input
        child.standardOutput = output
        try child.run()
        let line = output.fileHandleForReading.availableData
        #expect(String(decoding: line, as: UTF8.self).hasPrefix("locked"))
        #expect(throws: SessionStoreError.locked(path: path, pid: child.processIdentifier)) {
            _ = try store.lock(worksheetID: "django-vs-flask")
        }
        try input.fileHandleForWriting.close()
        child.waitUntilExit()
        #expect(try store.lock(worksheetID: "django-vs-flask").isHeld)
    }

    // MARK: - Resuming

    func worksheet(sha: String) -> Worksheet {
        let yesNo = [Answer(id: "yes", label: "Yes"), Answer(id: "no", label: "No")]
        return Worksheet(
            id: "django-vs-flask", title: "T", version: "1", description: "",
            options: [WorksheetOption(id: "django", name: "Django"), WorksheetOption(id: "flask", name: "Flask")],
            sections: [WorksheetSection(id: "s", title: "S", questions: [
                Question(id: "api", prompt: "API?", kind: .yesno, answers: yesNo),
                Question(id: "size", prompt: "Size?", kind: .choice, answers: [Answer(id: "small", label: "Small")]),
            ])],
            sha256: sha)
    }

    @Test func unchangedWorksheetKeepsEverything() {
        let saved = snapshot(["api": "yes"], question: "size")
        let resume = SessionResume(snapshot: saved, worksheet: worksheet(sha: saved.worksheetSHA256))
        #expect(!resume.worksheetChanged)
        #expect(resume.responses.answers == ["api": "yes"])
        #expect(resume.responses.importance == ["api": 2])
        #expect(resume.questionID == "size")
        #expect(resume.notice == nil)
    }

    @Test func changedWorksheetDropsAnswersThatNoLongerFit() {
        let saved = snapshot(["api": "yes", "size": "huge", "gone": "yes"], question: "gone")
        let resume = SessionResume(snapshot: saved, worksheet: worksheet(sha: String(repeating: "b", count: 64)))
        #expect(resume.worksheetChanged)
        #expect(resume.responses.answers == ["api": "yes"])
        #expect(resume.dropped == ["gone", "size"])
        #expect(resume.questionID == "size", "the saved question is gone: the first unanswered one")
        #expect(resume.notice?.contains("dropped 2 answers") == true)
        #expect(resume.notice?.contains("gone, size") == true)
    }

    /// QA i18: a session left on the results (saved without a question) resumes at the first
    /// unanswered question, not at the welcome and question 1.
    @Test func aSessionLeftOnTheResultsResumesAtTheFirstUnansweredQuestion() {
        let saved = snapshot(["api": "yes"], question: nil)
        let sheet = worksheet(sha: saved.worksheetSHA256)
        #expect(SessionResume(snapshot: saved, worksheet: sheet).questionID == "size")
        let done = snapshot(["api": "yes", "size": "small"], question: nil)
        #expect(SessionResume(snapshot: done, worksheet: sheet).questionID == "size", "all answered: the last question")
    }
}
