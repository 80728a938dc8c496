import Foundation

/// Writes files so that readers see the old content or the new, never half of either.
///
/// The data goes to a temporary file in the same folder, is flushed to disk, and is then
/// renamed over the target (rename is atomic within one file system).
public enum AtomicFile {
    /// Writes `data` to `path` atomically. Throws ``InputError`` (`.cannotWrite`) naming the
    /// path and the system's reason. `durable: false` skips the flushes to disk, for files
    /// whose loss after a crash costs nothing (a cache): readers still never see half.
    public static func write(_ data: Data, to path: String, durable: Bool = true) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let temporary = folder + "/.\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure(path, errno) }
        var written = 0
        let total = data.count
        let status: Int32 = data.withUnsafeBytes { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return 0 }
            while written < total {
                let result = Foundation.write(descriptor, base + written, total - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                written += result
            }
            return 0
        }
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
