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

/// Validated worksheets kept in binary form (``WorksheetCodec``) so that `verdict run`
/// does not parse and check an unchanged worksheet file again: about 1.5 ms of the time
/// to the first frame on the default worksheet, far more on large ones.
///
/// One file per worksheet path under `$XDG_CACHE_HOME/verdict/worksheets/` (default
/// `~/.cache/verdict/worksheets/`). An entry is used only when its key still matches: the
/// worksheet file's device, inode, size, modification and status-change times (any edit,
/// replacement or `touch` changes them), the bytes of a bundled worksheet, and the
/// identity of the `verdict` binary itself (so a new build never reads an older build's
/// entries). Anything else — no entry, another key, damaged bytes — is a miss: the file is
/// parsed and validated as usual and the entry rewritten. Nothing here can fail a run.
public struct WorksheetCache: Sendable {
    /// The folder holding the entries.
    public let directory: String
    /// How long (seconds) a file must have been left alone before it is stored.
    var settlingSeconds = 2

    /// A cache in this folder (created on the first store).
    public init(directory: String) {
        self.directory = directory
    }

    /// The standard cache for this environment; nil without `XDG_CACHE_HOME` or `HOME`.
    public static func standard(environment: [String: String]) -> WorksheetCache? {
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
            return WorksheetCache(directory: cache + "/verdict/worksheets")
        }
        if let home = environment["HOME"], home.hasPrefix("/") {
            return WorksheetCache(directory: home + "/.cache/verdict/worksheets")
        }
        return nil
    }

    // MARK: - Keys

    /// The key for a worksheet file as it is now, or nil when it cannot be examined.
    /// `settled` is false while the file's times are within the last ``settlingSeconds``: file
    /// times are kept to the kernel's clock tick, so a same-size rewrite in the same tick
    /// would keep the key (git's "racy" files); such a file is parsed but not stored.
    public func key(forFileAt path: String) -> (key: String, settled: Bool)? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        let (modified, changed) = (Self.modificationTime(info), Self.changeTime(info))
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let settled = max(modified.tv_sec, changed.tv_sec) < now.tv_sec - settlingSeconds
        return ("file \(info.st_dev) \(info.st_ino) \(info.st_size) \(modified.tv_sec).\(modified.tv_nsec) "
            + "\(changed.tv_sec).\(changed.tv_nsec) \(Self.binaryIdentity)", settled)
    }

    /// The key for a worksheet built into the binary.
    public static func key(forBundled bytes: [UInt8]) -> String {
        "bundled \(bytes.count) \(CacheEntryFile.fingerprint(bytes)) \(binaryIdentity)"
    }

    /// The running binary (size and modification time), so a rebuilt binary — whose
    /// loader may check worksheets differently — starts with a cold cache.
    static let binaryIdentity: String = {
        var info = stat()
        #if os(Linux)
        if stat("/proc/self/exe", &info) == 0 {
            let modified = modificationTime(info)
            return "\(VerdictVersion.tool)/\(WorksheetCodec.format)/\(info.st_size)/\(modified.tv_sec).\(modified.tv_nsec)"
        }
        #endif
        return "\(VerdictVersion.tool)/\(WorksheetCodec.format)"
    }()

    // MARK: - Entries

    /// The cached worksheet for this origin and key, with `origin` set; nil on a miss.
    public func load(origin: String, key: String) -> Worksheet? {
        guard let payload = entry(origin).payload(key: key) else { return nil }
        return WorksheetCodec.decode(payload, origin: origin)
    }

    /// Stores a worksheet just loaded from `origin` under `key`. Best effort: a folder that
    /// cannot be made or written only means the next run parses again.
    public func store(_ worksheet: Worksheet, origin: String, key: String) {
        entry(origin).store(WorksheetCodec.encode(worksheet), key: key)
    }

    /// The entry file for an origin (a file path, or `bundled:ID`).
    func entryPath(_ origin: String) -> String { entry(origin).path }

    private func entry(_ origin: String) -> CacheEntryFile {
        CacheEntryFile(directory: directory, name: origin, fileExtension: "vwc")
    }

    // MARK: - Helpers

    private static func modificationTime(_ info: stat) -> timespec {
        #if canImport(Darwin)
        info.st_mtimespec
        #else
        info.st_mtim
        #endif
    }

    private static func changeTime(_ info: stat) -> timespec {
        #if canImport(Darwin)
        info.st_ctimespec
        #else
        info.st_ctim
        #endif
    }
}
