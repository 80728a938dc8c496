#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole files with plain system calls.
///
/// The loaders run before the first frame of `verdict run`, where Foundation's first
/// `FileManager` / `FileHandle` / `Data` use costs more than the read itself (DESIGN §2b).
public enum FileReader {
    /// Reads a whole regular file (a symbolic link to one is fine), reading at most
    /// `limit + 1` bytes (one more than allowed, so a caller can tell the file is too
    /// large). Anything else (a folder, a device such as `/dev/tty` or `/dev/zero`, a FIFO)
    /// is refused before a byte is read, naming what was found, so no input can block the
    /// program or pass for an endless file. Throws ``InputError`` `.missing`.
    public static func contents(of path: String, limit: Int) throws -> [UInt8] {
        // O_NONBLOCK: opening a FIFO with no writer must not hang the program; a regular
        // file reads the same either way, and nothing else is read at all.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard descriptor >= 0 else {
            let code = errno
            switch code {
            case ENOENT, ENOTDIR: throw InputError(.missing, path: path, "no such file")
            case EACCES, EPERM: throw InputError(.missing, path: path, "cannot be read (permission denied?)")
            default: throw InputError(.missing, path: path, "cannot be read: " + String(cString: strerror(code)))
            }
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw InputError(.missing, path: path, "cannot be read: " + String(cString: strerror(errno)))
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw InputError(.missing, path: path, "is \(FileKind.describe(mode: info.st_mode)); expected a file")
        }
        let wanted = max(0, limit) + 1
        let expected = min(Int(info.st_size), wanted)
        // One byte more than a regular file holds, so the read that finds its end needs no
        // bigger buffer (which would double the memory touched for every file read).
        var bytes = [UInt8](repeating: 0, count: max(expected + 1, 4096))
        var count = 0
        while count < wanted {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, wanted - count))) }
            let result = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return read(descriptor, base + count, min(buffer.count, wanted) - count)
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw InputError(.missing, path: path, "cannot be read: " + String(cString: strerror(errno)))
            }
            if result == 0 { break }
            count += result
        }
        bytes.removeSubrange(count...)
        return bytes
    }

    /// The size in bytes of what `path` names (following symbolic links), or nil when it
    /// cannot be looked at. `stat` rather than `FileManager.attributesOfItem`, which also
    /// looks up the owner's name (NSS, which the static release binary lacks).
    public static func size(of path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int(info.st_size)
    }

    /// The device and inode of what `path` names (following symbolic links), or nil when it
    /// cannot be looked at: two paths name the same file when these are equal.
    public static func identity(of path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return "\(info.st_dev):\(info.st_ino)"
    }

    /// The working folder, or "." when it cannot be read (it was removed, say).
    public static func currentDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return "." }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
