import Foundation
import Testing
import VerdictEngine

/// Output paths (probe D1, D11): `AtomicFile` writes *into* what a path names and never
/// replaces a device, a FIFO or a symbolic link with a regular file; the lock file is not
/// followed; temporary files a `kill -9` left are removed by the next write beside them.
/// Inputs (D3, D12): only regular files are read, and what was found is named.
@Suite("Hostile: output paths and input files", .serialized)
struct HostileOutputPathTests {
    private static func kind(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
    }

    // MARK: - Writing

    @Test("a regular file is replaced atomically and keeps its permission bits; no temporary file is left")
    func regularFile() throws {
        let folder = try HostileMount.scratch("out-regular")
        defer { HostileMount.remove(folder) }
        let target = folder + "/out.json"
        try Data("old".utf8).write(to: URL(fileURLWithPath: target))
        chmod(target, 0o600)
        try AtomicFile.write(Data("new".utf8), to: target)
        #expect(FileManager.default.contents(atPath: target) == Data("new".utf8))
        var info = stat()
        stat(target, &info)
        #expect(info.st_mode & 0o777 == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["out.json"])
    }

    @Test("a symbolic link to a file: the link stays a link and the file it points to gets the new text")
    func linkToFile() throws {
        let folder = try HostileMount.scratch("out-link")
        defer { HostileMount.remove(folder) }
        try FileManager.default.createDirectory(atPath: folder + "/real", withIntermediateDirectories: true)
        try Data("OLD".utf8).write(to: URL(fileURLWithPath: folder + "/real/real.json"))
        symlink("real/real.json", folder + "/link.json")
        try AtomicFile.write(Data("NEW".utf8), to: folder + "/link.json")
        #expect(Self.kind(folder + "/link.json") == S_IFLNK)
        #expect(FileManager.default.contents(atPath: folder + "/real/real.json") == Data("NEW".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/real") == ["real.json"])
    }

    @Test("a dangling symbolic link is refused: nothing is created where it points")
    func danglingLink() throws {
        let folder = try HostileMount.scratch("out-dangling")
        defer { HostileMount.remove(folder) }
        symlink(folder + "/nowhere.json", folder + "/link.json")
        #expect(throws: InputError.self) { try AtomicFile.write(Data("x".utf8), to: folder + "/link.json") }
        do {
            try AtomicFile.write(Data("x".utf8), to: folder + "/link.json")
        } catch let error as InputError {
            #expect(error.kind == .cannotWrite)
            #expect(error.message.contains("symbolic link to a missing file"))
        }
        #expect(Self.kind(folder + "/link.json") == S_IFLNK)
        #expect(!FileManager.default.fileExists(atPath: folder + "/nowhere.json"))
    }

    @Test("a link to /dev/null is written through: the link stays, nothing is replaced")
    func linkToDevNull() throws {
        let folder = try HostileMount.scratch("out-null")
        defer { HostileMount.remove(folder) }
        symlink("/dev/null", folder + "/null")
        try AtomicFile.write(Data("result".utf8), to: folder + "/null")
        #expect(Self.kind(folder + "/null") == S_IFLNK)
        #expect(Self.kind("/dev/null") == S_IFCHR)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["null"])
        #expect(try AtomicFile.target(for: "/dev/null") == .inPlace("/dev/null"))
    }

    @Test("a character device made with mknod stays a device (probe O04, O10)",
          .enabled(if: getuid() == 0, "mknod needs root"))
    func characterDevice() throws {
        let folder = try HostileMount.scratch("out-mknod")
        defer { HostileMount.remove(folder) }
        let node = folder + "/null"
        try #require(mknod(node, S_IFCHR | 0o666, dev_t((1 << 8) | 3)) == 0)
        try AtomicFile.write(Data("result".utf8), to: node)
        #expect(Self.kind(node) == S_IFCHR)
        let full = folder + "/full"
        try #require(mknod(full, S_IFCHR | 0o666, dev_t((1 << 8) | 7)) == 0)
        #expect(throws: InputError.self) { try AtomicFile.write(Data("result".utf8), to: full) }
        #expect(Self.kind(full) == S_IFCHR)
    }

    @Test("a FIFO is written in place; one nobody reads is refused at once instead of hanging")
    func fifo() throws {
        let folder = try HostileMount.scratch("out-fifo")
        defer { HostileMount.remove(folder) }
        let pipe = folder + "/pipe"
        try #require(mkfifo(pipe, 0o600) == 0)
        #expect(throws: InputError.self) { try AtomicFile.write(Data("x".utf8), to: pipe) }
        #expect(throws: InputError.self) { try AtomicFile.checkWritable(pipe) }
        let reader = open(pipe, O_RDONLY | O_NONBLOCK)
        try #require(reader >= 0)
        defer { close(reader) }
        try AtomicFile.write(Data("through the pipe".utf8), to: pipe)
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = read(reader, &buffer, buffer.count)
        #expect(String(decoding: buffer.prefix(max(0, count)), as: UTF8.self) == "through the pipe")
        #expect(Self.kind(pipe) == S_IFIFO)
    }

    @Test("'-' is standard output; a folder is refused as a folder")
    func dashAndFolder() throws {
        #expect(try AtomicFile.target(for: "-") == .standardOutput)
        let folder = try HostileMount.scratch("out-folder")
        defer { HostileMount.remove(folder) }
        do {
            try AtomicFile.write(Data("x".utf8), to: folder)
            Issue.record("a folder was written")
        } catch let error as InputError {
            #expect(error.description == "\(folder): cannot write: a folder; expected a file")
        }
    }

    @Test("temporary files of a killed writer are removed by the next write to the folder; a live writer's stay")
    func abandonedTemporaries() throws {
        let folder = try HostileMount.scratch("out-stale")
        defer { HostileMount.remove(folder) }
        let dead = Process()
        dead.executableURL = URL(fileURLWithPath: "/bin/true")
        try dead.run()
        dead.waitUntilExit()
        let stale = folder + "/.out.json.\(dead.processIdentifier).77.tmp"
        let live = folder + "/.out.json.\(getppid()).78.tmp"
        let other = folder + "/.notes.txt.tmp"
        for path in [stale, live, other] { try Data("x".utf8).write(to: URL(fileURLWithPath: path)) }
        try AtomicFile.write(Data("new".utf8), to: folder + "/out.json")
        #expect(try Set(FileManager.default.contentsOfDirectory(atPath: folder))
            == [".out.json.\(getppid()).78.tmp", ".notes.txt.tmp", "out.json"])
    }

    // MARK: - The lock

    @Test("a lock file planted as a symbolic link is refused and the file it points to is untouched (ST13)")
    func lockLink() throws {
        let folder = try HostileMount.scratch("out-lock")
        defer { HostileMount.remove(folder) }
        let store = SessionStore(directory: folder + "/state")
        try FileManager.default.createDirectory(atPath: store.directory, withIntermediateDirectories: true)
        try Data("DATA THAT MUST STAY\n".utf8).write(to: URL(fileURLWithPath: folder + "/precious"))
        symlink(folder + "/precious", store.lockPath(worksheetID: "wakatime-2015"))
        #expect(throws: SessionStoreError.self) { _ = try store.lock(worksheetID: "wakatime-2015") }
        #expect(FileManager.default.contents(atPath: folder + "/precious") == Data("DATA THAT MUST STAY\n".utf8))
    }

    // MARK: - Reading

    @Test("devices and FIFOs are refused as inputs, named, without reading a byte (S06, S07, S10, T22, T31)",
          arguments: [("/dev/zero", "a character device"), ("/dev/urandom", "a character device"),
                      ("/dev/null", "a character device")])
    func deviceInputs(_ path: String, _ what: String) throws {
        let folder = try HostileMount.scratch("in-device")
        defer { HostileMount.remove(folder) }
        symlink(path, folder + "/zz.json")
        for input in [path, folder + "/zz.json"] {
            do {
                _ = try FileReader.contents(of: input, limit: 10 << 20)
                Issue.record("\(input) was read")
            } catch let error as InputError {
                #expect(error.description == "\(input): is \(what); expected a file")
                #expect(error.kind == .missing)
            }
        }
    }

    @Test("a FIFO with a writer that never writes does not hang the reader (S10)")
    func fifoInput() throws {
        let folder = try HostileMount.scratch("in-fifo")
        defer { HostileMount.remove(folder) }
        let pipe = folder + "/sheet.yaml"
        try #require(mkfifo(pipe, 0o600) == 0)
        let writer = open(pipe, O_RDWR | O_NONBLOCK)  // a writer that never writes
        try #require(writer >= 0)
        defer { close(writer) }
        do {
            _ = try FileReader.contents(of: pipe, limit: 1 << 20)
            Issue.record("the FIFO was read")
        } catch let error as InputError {
            #expect(error.description == "\(pipe): is a FIFO; expected a file")
        }
        #expect(throws: InputError.self) { _ = try WorksheetLoader().load(contentsOf: pipe) }
    }

    @Test("an autosave over the size limit is damaged, not read whole (ST07)")
    func oversizedAutosave() throws {
        let folder = try HostileMount.scratch("in-autosave")
        defer { HostileMount.remove(folder) }
        let store = SessionStore(directory: folder)
        let main = store.path(worksheetID: "wakatime-2015")
        let descriptor = open(main, O_WRONLY | O_CREAT, 0o600)
        try #require(descriptor >= 0)
        ftruncate(descriptor, 400 << 20)  // sparse: 400 MB that take no disk
        close(descriptor)
        do {
            _ = try store.loadReporting(worksheetID: "wakatime-2015")
            Issue.record("a 400 MB autosave was accepted")
        } catch let error as SessionStoreError {
            #expect("\(error)".contains("larger than the 10485760-byte limit"), "\(error)")
        }
    }
}
