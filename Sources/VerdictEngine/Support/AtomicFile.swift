#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Writes files so that readers see the old content or the new, never half of either.
///
/// The data goes to a temporary file in the same folder, is flushed to disk, and is then
/// renamed over the target (rename is atomic within one file system).
public enum AtomicFile {
    /// Writes `data` to `path` atomically. Throws ``InputError`` (`.cannotWrite`) naming the
    /// path and the system's reason. `durable: false` skips the flushes to disk, for files
    /// whose loss after a crash costs nothing (a cache): readers still never see half.
    public static func write(_ data: Data, to path: String, durable: Bool = true) throws {
        let folder = PathText.parent(path)
        let temporary = PathText.join(folder, ".\(PathText.lastComponent(path)).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure(path, errno) }
        let status = data.withUnsafeBytes { DescriptorWriter.writeAll(descriptor, $0) }
        if status != 0 {
            close(descriptor)
            unlink(temporary)
            throw failure(path, status)
        }
        if durable && fsync(descriptor) != 0 {
            let code = errno
            close(descriptor)
            unlink(temporary)
            throw failure(path, code)
        }
        close(descriptor)
        if rename(temporary, path) != 0 {
            let code = errno
            unlink(temporary)
            throw failure(path, code)
        }
        guard durable else { return }
        let folderDescriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    private static func failure(_ path: String, _ code: Int32) -> InputError {
        InputError(.cannotWrite, path: path, "cannot write: \(String(cString: strerror(code)))")
    }
}
