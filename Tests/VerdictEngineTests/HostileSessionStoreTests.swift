import Foundation
import VerdictTestSupport
import Testing
import VerdictEngine

/// Faults around the autosave (`SessionStore`): a damaged or truncated file falls back to
/// the previous good copy, a read-only folder or a full disk gives a clear error and keeps
/// the last saved answers, and a second user of the session is refused by the lock.
@Suite("Hostile: autosave faults", .serialized)
struct HostileSessionStoreTests {
    // MARK: - Damaged autosave

    @Test("a truncated autosave: resumed from the previous copy, with a notice", arguments: [0, 1, 40, -1])
    func truncated(_ keep: Int) throws {
        let folder = try HostileMount.scratch("truncated")
        defer { HostileMount.remove(folder) }
        let store = SessionStore(directory: folder)
        try store.save(snapshot(["api": "yes"]))
        try store.save(snapshot(["api": "yes", "soa": "no"]))
        let main = store.path(worksheetID: "wakatime-2015")
        let bytes = try #require(FileManager.default.contents(atPath: main))
        try Data(bytes.prefix(keep >= 0 ? keep : bytes.count - 3)).write(to: URL(fileURLWithPath: main))

        let loaded = try #require(try store.loadReporting(worksheetID: "wakatime-2015"))

        #expect(loaded.snapshot.answers == ["api": "yes"])
        #expect(loaded.notice == "\(main): the autosave is damaged (not a Verdict autosave, or truncated); "
            + "resumed from the previous copy")
    }

    @Test("a flipped byte: the checksum catches it and the previous copy is used")
    func flippedByte() throws {
        let folder = try HostileMount.scratch("flipped")
        defer { HostileMount.remove(folder) }
        let store = SessionStore(directory: folder)
        try store.save(snapshot(["api": "yes"]))
        try store.save(snapshot(["api": "no"]))
        let main = store.path(worksheetID: "wakatime-2015")
        var bytes = [UInt8](try #require(FileManager.default.contents(atPath: main)))
        let index = try #require(bytes.lastIndex(of: UInt8(ascii: "n")))
        bytes[index] = UInt8(ascii: "y")
        try Data(bytes).write(to: URL(fileURLWithPath: main))

        let loaded = try #require(try store.loadReporting(worksheetID: "wakatime-2015"))

        #expect(loaded.snapshot.answers == ["api": "yes"])
        #expect(loaded.notice?.contains("(checksum mismatch); resumed from the previous copy") == true)
    }

    @Test("both copies damaged: a clear 'starting fresh' error, never a crash")
    func bothDamaged() throws {
        let folder = try HostileMount.scratch("both")
        defer { HostileMount.remove(folder) }
        let store = SessionStore(directory: folder)
        try Data("{\"format\":1,".utf8).write(to: URL(fileURLWithPath: store.path(worksheetID: "wakatime-2015")))
        try Data([0xFF, 0x00, 0x1B]).write(to: URL(fileURLWithPath: store.backupPath(worksheetID: "wakatime-2015")))

        let error = try #require(throws: SessionStoreError.self) { try store.loadReporting(worksheetID: "wakatime-2015") }

        #expect(error.description == "\(store.path(worksheetID: "wakatime-2015")): the autosave is damaged "
            + "(not a Verdict autosave, or truncated); starting fresh")
    }

    @Test("another worksheet's autosave under this name is refused, not resumed")
    func otherWorksheet() throws {
        let folder = try HostileMount.scratch("other")
        defer { HostileMount.remove(folder) }
        let store = SessionStore(directory: folder)
        try store.save(SessionSnapshot(worksheetID: "django-vs-flask", worksheetSHA256: "0", answers: ["api": "yes"]))
        try FileManager.default.moveItem(atPath: store.path(worksheetID: "django-vs-flask"),
                                         toPath: store.path(worksheetID: "wakatime-2015"))
        let error = try #require(throws: SessionStoreError.self) { try store.loadReporting(worksheetID: "wakatime-2015") }
        #expect(error.description.hasSuffix("(saved for worksheet 'django-vs-flask'); starting fresh"))
    }

    // MARK: - Write faults

    @Test("a full disk: a clear error, and the last good answers are still there",
          .enabled(if: HostileMount.canMount, "needs root to mount a 64 KiB tmpfs"))
    func fullDisk() throws {
        let folder = try HostileMount.scratch("full")
        defer { HostileMount.remove(folder) }
        try HostileMount.mount(folder, options: "size=64k")
        defer { HostileMount.unmount(folder) }
        let store = SessionStore(directory: folder + "/state")
        try store.save(snapshot(["api": "yes", "soa": "yes"]))
        // Fill the disk while there is no backup yet, so a save cannot reuse its space.
        try HostileMount.fill(folder + "/ballast")

        let error = try #require(throws: SessionStoreError.self) {
            try store.save(snapshot(["api": "yes", "soa": "yes", "conventions": "no"]))
        }

        #expect(error.description == "\(store.path(worksheetID: "wakatime-2015")): cannot save the session: "
            + "cannot write: No space left on device")
        let loaded = try #require(try store.loadReporting(worksheetID: "wakatime-2015"))
        #expect(loaded.snapshot.answers == ["api": "yes", "soa": "yes"])
    }

    @Test("a read-only folder: a clear error, and the saved answers are untouched",
          .enabled(if: HostileMount.canMount, "needs root to mount a read-only tmpfs"))
    func readOnly() throws {
        let folder = try HostileMount.scratch("readonly")
        defer { HostileMount.remove(folder) }
        try HostileMount.mount(folder, options: "size=256k")
        defer { HostileMount.unmount(folder) }
        let store = SessionStore(directory: folder)
        try store.save(snapshot(["api": "yes"]))
        try HostileMount.mount(folder, options: "remount,ro")

        let error = try #require(throws: SessionStoreError.self) { try store.save(snapshot(["api": "no"])) }

        #expect(error.description.hasSuffix(": cannot save the session: Read-only file system"), "\(error)")
        #expect(try store.load(worksheetID: "wakatime-2015")?.answers == ["api": "yes"])
    }

    // MARK: - Locking

    @Test("a second user of the same session is refused, naming the holder; free again after release")
    func lock() throws {
        let folder = try HostileMount.scratch("lock")
        defer { HostileMount.remove(folder) }
        let store = SessionStore(directory: folder)
        let first = try store.lock(worksheetID: "wakatime-2015")

        let error = try #require(throws: SessionStoreError.self) { try store.lock(worksheetID: "wakatime-2015") }

        #expect(error == .locked(path: store.lockPath(worksheetID: "wakatime-2015"), pid: getpid()))
        #expect(error.description == "another verdict is using this session (pid \(getpid()))")
        first.release()
        let again = try store.lock(worksheetID: "wakatime-2015")
        #expect(again.isHeld)
    }

    // MARK: - Helpers

    private func snapshot(_ answers: [String: String]) -> SessionSnapshot {
        SessionSnapshot(worksheetID: "wakatime-2015", worksheetSHA256: "a22c92d4", respondent: "Ada", answers: answers)
    }
}

/// Scratch folders and small tmpfs mounts for the autosave fault tests.
enum HostileMount {
    /// A fresh folder under the temporary folder.
    static func scratch(_ label: String) throws -> String {
        let path = ScratchFolders.path("verdict-hostile-store-\(label)")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Removes a scratch folder.
    static func remove(_ path: String) { try? FileManager.default.removeItem(atPath: path) }

    /// Whether this process may mount a tmpfs (root in a container that allows it).
    static let canMount: Bool = {
        guard geteuid() == 0, let probe = try? scratch("probe") else { return false }
        defer { remove(probe) }
        guard (try? mount(probe, options: "size=64k")) != nil else { return false }
        unmount(probe)
        return true
    }()

    /// Mounts a tmpfs with `options` on `path`.
    static func mount(_ path: String, options: String) throws {
        guard try tool("/bin/mount", ["-t", "tmpfs", "-o", options, "tmpfs", path]) == 0 else {
            throw CocoaError(.fileWriteUnknown)
        }
    }

    /// Unmounts `path`, ignoring failures.
    static func unmount(_ path: String) { _ = try? tool("/bin/umount", [path]) }

    /// Writes zeros to `path` until the file system is full.
    static func fill(_ path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
        defer { close(descriptor) }
        let block = [UInt8](repeating: 0, count: 4096)
        while block.withUnsafeBytes({ write(descriptor, $0.baseAddress, $0.count) }) > 0 {}
    }

    private static func tool(_ executable: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}

/// Sessions keyed by where the worksheet came from and who answers it (probe D6, ST17).
@Suite("Hostile: session keys")
struct HostileSessionKeyTests {
    static func sheet(origin: String) -> Worksheet {
        Worksheet(id: "django-vs-flask", title: "T", version: "1", description: "D", options: [], sections: [], origin: origin)
    }

    @Test("the built-in worksheet without a name keeps ID.json; a name, or a file borrowing the id, gets its own")
    func keys() throws {
        let folder = try HostileMount.scratch("keys")
        defer { HostileMount.remove(folder) }
        try Data("id: django-vs-flask\n".utf8).write(to: URL(fileURLWithPath: folder + "/other.yaml"))
        let store = SessionStore(directory: folder + "/state")
        let builtIn = store.keyed(for: Self.sheet(origin: "bundled:django-vs-flask"), respondent: nil)
        let ana = store.keyed(for: Self.sheet(origin: "bundled:django-vs-flask"), respondent: "Ana")
        let ben = store.keyed(for: Self.sheet(origin: "bundled:django-vs-flask"), respondent: "Ben")
        let impostor = store.keyed(for: Self.sheet(origin: folder + "/other.yaml"), respondent: nil)
        #expect(builtIn.path(worksheetID: "django-vs-flask") == folder + "/state/django-vs-flask.json")
        let paths = [builtIn, ana, ben, impostor].map { $0.path(worksheetID: "django-vs-flask") }
        #expect(Set(paths).count == 4)
        #expect(Set([builtIn, ana, ben, impostor].map { $0.lockPath(worksheetID: "django-vs-flask") }).count == 4)
        // The same person however the name is typed; the same file however it is reached.
        let anaAgain = store.keyed(for: Self.sheet(origin: "bundled:django-vs-flask"), respondent: " ANA\u{200B}")
        #expect(anaAgain.path(worksheetID: "django-vs-flask") == ana.path(worksheetID: "django-vs-flask"))
        let viaDots = store.keyed(for: Self.sheet(origin: folder + "/./other.yaml"), respondent: nil)
        #expect(viaDots.path(worksheetID: "django-vs-flask") == impostor.path(worksheetID: "django-vs-flask"))
    }

    @Test("a finished session under one key leaves another key's session alone")
    func removeIsKeyed() throws {
        let folder = try HostileMount.scratch("keys-remove")
        defer { HostileMount.remove(folder) }
        let store = SessionStore(directory: folder)
        let ana = store.keyed(for: Self.sheet(origin: "bundled:django-vs-flask"), respondent: "Ana")
        let ben = store.keyed(for: Self.sheet(origin: "bundled:django-vs-flask"), respondent: "Ben")
        let snapshot = SessionSnapshot(worksheetID: "django-vs-flask", worksheetSHA256: "x", respondent: "Ana", answers: ["api": "yes"])
        try ana.save(snapshot)
        #expect(try ben.load(worksheetID: "django-vs-flask") == nil)
        ben.remove(worksheetID: "django-vs-flask")
        #expect(try ana.load(worksheetID: "django-vs-flask")?.answers == ["api": "yes"])
    }
}
