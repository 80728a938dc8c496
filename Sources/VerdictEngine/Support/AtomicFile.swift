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

/// The one writer every output of Verdict goes through (`--output`, `--adr`, `new -o`,
/// exports, the autosave, caches): readers see the old content or the new, never half, and
/// what the path names is written *into*, never replaced.
///
/// What happens depends on what the path names (`docs/security.md` §5):
/// - `-`: standard output;
/// - a regular file or nothing yet: a temporary file in the same folder, flushed, then
///   renamed over the target (an existing file keeps its permission bits);
/// - a character device or FIFO (`/dev/null`, `/dev/stdout`, a process substitution):
///   opened and written in place;
/// - a symbolic link to one of those: followed, so a link to a regular file is replaced
///   atomically beside the file it points to and the link stays a link; a dangling link is
///   refused (following it would create a file the command line did not name);
/// - a folder, a block device, a socket: refused, naming what was found.
///
/// Temporary files a killed writer left (`.NAME.PID.N.tmp` of a process that no longer
/// runs) are removed by the next write to the same folder.
public enum AtomicFile {
    /// Where ``write(_:to:durable:)`` puts the bytes, decided from what the path names.
    public enum Target: Equatable, Sendable {
        /// Standard output (the path `-`).
        case standardOutput
        /// Written in place: a character device or a FIFO.
        case inPlace(String)
        /// A temporary file renamed over this regular file (the link resolved); `mode` is
        /// the permission bits to keep, nil for a new file.
        case replace(String, mode: mode_t?)
    }

    /// Writes `data` to `path` as ``Target`` describes. Throws ``InputError``
    /// (`.cannotWrite`) naming the path and the reason. `durable: false` skips the flushes
    /// to disk, for files whose loss after a crash costs nothing (a cache): readers still
    /// never see half.
    public static func write(_ data: Data, to path: String, durable: Bool = true) throws {
        switch try target(for: path) {
        case .standardOutput:
            let status = data.withUnsafeBytes { DescriptorWriter.writeAll(1, $0) }
            if status != 0 { throw failure(path, status) }
        case .inPlace(let device):
            try writeInPlace(data, to: device, reportedAs: path)
        case .replace(let file, let mode):
            try replace(file, with: data, mode: mode, durable: durable, reportedAs: path)
        }
    }

    /// Throws what ``write(_:to:durable:)`` would throw before writing anything: the
    /// target's kind, and for a file, a folder that is missing or not writable. For
    /// commands that write more than one file and must not leave one written alone.
    ///
    /// A FIFO or device is opened as the write opens it, so one nobody reads fails now, and
    /// is left open until the process ends: closing it would end a FIFO reader's input
    /// before the result comes.
    public static func checkWritable(_ path: String) throws {
        let file: String
        switch try target(for: path) {
        case .standardOutput: return
        case .inPlace(let device): _ = try openInPlace(device, reportedAs: path); return
        case .replace(let target, _): file = target
        }
        let parent = PathText.parent(file)
        let folder = parent.isEmpty ? "." : parent
        guard FileKind(path: folder) == .folder else {
            throw InputError(.cannotWrite, path: path, "cannot write: no such folder \(folder)")
        }
        guard access(folder, W_OK) == 0 else {
            throw InputError(.cannotWrite, path: path, "cannot write: folder \(folder) is not writable")
        }
    }

    /// What `path` names and so how it is written; throws for what cannot be written.
    public static func target(for path: String) throws -> Target {
        if path == "-" { return .standardOutput }
        var link = stat()
        guard lstat(path, &link) == 0 else {
            let code = errno
            if code == ENOENT { return .replace(path, mode: nil) }
            throw failure(path, code)
        }
        var info = link
        let isLink = link.st_mode & S_IFMT == S_IFLNK
        if isLink, stat(path, &info) != 0 {
            let code = errno
            if code == ENOENT {
                throw InputError(.cannotWrite, path: path, "cannot write: a symbolic link to a missing file (dangling links are not followed)")
            }
            throw failure(path, code)
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            let file = isLink ? try resolved(path) : path
            return .replace(file, mode: info.st_mode & 0o7777)
        case S_IFCHR, S_IFIFO:
            return .inPlace(path)
        default:
            throw InputError(.cannotWrite, path: path, "cannot write: \(FileKind.describe(mode: info.st_mode)); expected a file")
        }
    }

    // MARK: - Writing

    private static func writeInPlace(_ data: Data, to path: String, reportedAs name: String) throws {
        let descriptor = try openInPlace(path, reportedAs: name)
        defer { close(descriptor) }
        let status = data.withUnsafeBytes { DescriptorWriter.writeAll(descriptor, $0) }
        if status != 0 { throw failure(name, status) }
    }

    /// A FIFO or device opened for writing, blocking once open.
    private static func openInPlace(_ path: String, reportedAs name: String) throws -> Int32 {
        // O_NONBLOCK for the open only: a FIFO nobody reads fails (ENXIO) instead of hanging.
        let descriptor = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC | O_NOCTTY | O_NONBLOCK)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENXIO { throw InputError(.cannotWrite, path: name, "cannot write: a FIFO nobody reads") }
            throw failure(name, code)
        }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        return descriptor
    }

    private static func replace(_ path: String, with data: Data, mode: mode_t?, durable: Bool, reportedAs name: String) throws {
        let folder = PathText.parent(path)
        let base = PathText.lastComponent(path)
        removeAbandonedTemporaries(in: folder, of: base)
        let temporary = PathText.join(folder, ".\(base).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else { throw failure(name, errno) }
        var status = data.withUnsafeBytes { DescriptorWriter.writeAll(descriptor, $0) }
        if status == 0, let mode, fchmod(descriptor, mode) != 0 { status = errno }
        if status == 0, durable, fsync(descriptor) != 0 { status = errno }
        close(descriptor)
        if status == 0, rename(temporary, path) != 0 { status = errno }
        if status != 0 {
            unlink(temporary)
            throw failure(name, status)
        }
        guard durable else { return }
        let folderDescriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// The real path of a link to a regular file (every link in it followed).
    private static func resolved(_ path: String) throws -> String {
        guard let real = realpath(path, nil) else { throw failure(path, errno) }
        defer { free(real) }
        return String(cString: real)
    }

    // MARK: - Abandoned temporary files

    /// Removes `.BASE.PID.N.tmp` files in `folder` whose writer (PID) no longer runs: what
    /// a `kill -9` during a write leaves behind. Files of running processes, and anything
    /// not named like a temporary file of ours, are left alone.
    static func removeAbandonedTemporaries(in folder: String, of base: String) {
        guard let directory = opendir(folder.isEmpty ? "." : folder) else { return }
        defer { closedir(directory) }
        let prefix = "." + base + "."
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard name.hasPrefix(prefix), name.hasSuffix(".tmp") else { continue }
            let fields = name.dropFirst(prefix.count).dropLast(4).split(separator: ".", omittingEmptySubsequences: false)
            guard fields.count == 2, let pid = Int32(fields[0]), pid > 0, UInt32(fields[1]) != nil else { continue }
            guard pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            unlink(PathText.join(folder, name))
        }
    }

    private static func failure(_ path: String, _ code: Int32) -> InputError {
        InputError(.cannotWrite, path: path, "cannot write: \(String(cString: strerror(code)))")
    }
}
