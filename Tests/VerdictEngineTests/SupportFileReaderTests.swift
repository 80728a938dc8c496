import Foundation
import Testing
@testable import VerdictEngine

/// `FileReader`: whole files by system calls, with the same answers the loaders gave
/// through Foundation (missing, folder, unreadable, over the limit), and no hang on a FIFO.
struct SupportFileReaderTests {
    private func folder() throws -> String {
        let path = NSTemporaryDirectory() + "verdict-filereader-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func readsAWholeFileLargerThanOneBuffer() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let bytes = (0..<20_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try Data(bytes).write(to: URL(fileURLWithPath: dir + "/f"))
        #expect(try FileReader.contents(of: dir + "/f", limit: 1_000_000) == bytes)
        #expect(try FileReader.contents(of: dir + "/f", limit: 20_000) == bytes)
    }

    @Test func readsOneByteMoreThanTheLimitAndNoMore() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data(repeating: 65, count: 10_000).write(to: URL(fileURLWithPath: dir + "/big"))
        #expect(try FileReader.contents(of: dir + "/big", limit: 5_000).count == 5_001)
        #expect(try FileReader.contents(of: dir + "/big", limit: 0).count == 1)
        try Data().write(to: URL(fileURLWithPath: dir + "/empty"))
        #expect(try FileReader.contents(of: dir + "/empty", limit: 10).isEmpty)
    }

    @Test func missingFolderAndUnreadableFilesAreNamed() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(throws: InputError.self) { try FileReader.contents(of: dir + "/absent", limit: 10) }
        do {
            _ = try FileReader.contents(of: dir + "/absent", limit: 10)
        } catch let error as InputError {
            #expect(error.description == dir + "/absent: no such file")
        }
        do {
            _ = try FileReader.contents(of: dir, limit: 10)
            Issue.record("a folder was read as a file")
        } catch let error as InputError {
            #expect(error.description == dir + ": is a folder; expected a file")
        }
        do {
            _ = try FileReader.contents(of: dir + "/absent/below", limit: 10)
            Issue.record("a path under a missing folder was read")
        } catch let error as InputError {
            #expect(error.description.hasSuffix(": no such file"))
        }
    }

    @Test func aFIFOIsRefusedAsAFIFOInsteadOfHanging() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(mkfifo(dir + "/pipe", 0o600) == 0)
        do {
            _ = try FileReader.contents(of: dir + "/pipe", limit: 100)
            Issue.record("a FIFO was read")
        } catch let error as InputError {
            #expect(error.description == dir + "/pipe: is a FIFO; expected a file")
        }
    }

    @Test func currentDirectoryMatchesFoundation() {
        #expect(FileReader.currentDirectory() == FileManager.default.currentDirectoryPath)
    }
}
