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
import Synchronization

/// An exclusive `flock` on a session's `.lock` file, held while one process works on the
/// session. Released by ``release()`` or when the object goes away (and by the kernel
/// when the process ends, however it ends).
public final class SessionLock: Sendable {
    /// The lock file.
    public let path: String
    /// The lock file's descriptor while held, -1 after ``release()``.
    private let descriptor: Mutex<Int32>

    // MARK: - Acquiring

    /// Takes the lock without waiting. Throws ``SessionStoreError/locked(path:pid:)`` with
    /// the holder's pid when another lock (in this or another process) holds it.
    init(path: String) throws {
        self.path = path
        // O_NOFOLLOW: a planted `ID.lock -> ~/file` must not have the pid written over the
        // start of that file; O_NONBLOCK and the regular-file check: nor may a FIFO or a
        // device stand in for the lock.
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY, 0o600)
        guard fd >= 0 else {
            let code = errno
            let reason = code == ELOOP ? "is a symbolic link; expected a file" : String(cString: strerror(code))
            throw SessionStoreError.unwritable(path: path, reason: reason)
        }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            throw SessionStoreError.unwritable(path: path, reason: "is \(FileKind.describe(mode: info.st_mode)); expected a file")
        }
        var result: Int32
        repeat { result = flock(fd, LOCK_EX | LOCK_NB) } while result != 0 && errno == EINTR
        if result != 0 {
            let code = errno
            let holder = Self.readPID(fd)
            close(fd)
            if code == EWOULDBLOCK { throw SessionStoreError.locked(path: path, pid: holder) }
            throw SessionStoreError.unwritable(path: path, reason: String(cString: strerror(code)))
        }
        descriptor = Mutex(fd)
        // Fixed width (pids have at most 10 digits), so the write always covers what an
        // earlier holder left and no truncation (a journal write on ext4, a quarter of a
        // millisecond before the first frame) is needed.
        let pid = String(getpid())
        let text = Array((String(repeating: " ", count: max(0, 10 - pid.count)) + pid + "\n").utf8)
        _ = text.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
    }

    deinit { release() }

    // MARK: - Releasing

    /// Whether this object still holds the lock.
    public var isHeld: Bool { descriptor.withLock { $0 >= 0 } }

    /// Releases the lock; safe to call more than once.
    public func release() {
        descriptor.withLock { descriptor in
            guard descriptor >= 0 else { return }
            _ = flock(descriptor, LOCK_UN)
            close(descriptor)
            descriptor = -1
        }
    }

    private static func readPID(_ fd: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        // The first line: what an older, longer content left after it does not count.
        let firstLine = buffer[0..<count].split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).first ?? []
        return Int32(String(decoding: firstLine, as: UTF8.self).trimmingSpaces())
    }
}
