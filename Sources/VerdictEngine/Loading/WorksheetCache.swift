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
        "bundled \(bytes.count) \(fingerprint(bytes)) \(binaryIdentity)"
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
        guard let bytes = try? FileReader.contents(of: entryPath(origin), limit: 64 << 20) else { return nil }
        let keyBytes = Array(key.utf8)
        // Entry: the key, a newline, the payload's fingerprint (8 bytes, little-endian),
        // the encoded worksheet. The fingerprint catches damage the decoder could not
        // (a changed byte inside a text).
        let payloadStart = keyBytes.count + 9
        guard bytes.count > payloadStart, bytes[keyBytes.count] == 0x0A,
              bytes[..<keyBytes.count].elementsEqual(keyBytes)
        else { return nil }
        let payload = bytes[payloadStart...]
        let stored = bytes[(keyBytes.count + 1)..<payloadStart].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        guard stored == Self.fingerprint(payload) else { return nil }
        return WorksheetCodec.decode(payload, origin: origin)
    }

    /// Stores a worksheet just loaded from `origin` under `key`. Best effort: a folder that
    /// cannot be made or written only means the next run parses again. The entry is
    /// written to a temporary file and renamed into place, so readers never see half of
    /// one (not flushed to disk: a lost entry is only a miss).
    public func store(_ worksheet: Worksheet, origin: String, key: String) {
        guard Folders.make(directory) == nil else { return }
        let payload = WorksheetCodec.encode(worksheet)
        let fingerprint = Self.fingerprint(payload)
        let bytes = Array(key.utf8) + [0x0A]
            + (0..<8).map { UInt8(truncatingIfNeeded: fingerprint >> UInt64($0 * 8)) } + payload
        try? AtomicFile.write(Data(bytes), to: entryPath(origin), durable: false)
    }

    /// The entry file for an origin (a file path, or `bundled:ID`).
    func entryPath(_ origin: String) -> String {
        directory + "/" + String(Self.fingerprint(Array(origin.utf8)), radix: 16) + ".vwc"
    }

    // MARK: - Helpers

    /// A 64-bit fingerprint that names entries and checks bundled bytes and payloads (not a
    /// defence against anyone: the cache folder is the user's own, like the config folder).
    /// Eight bytes a step, each step a bijection of the running value, so a change in any
    /// one 8-byte word always changes the result; a byte-at-a-time FNV-1a took four times
    /// as long over the default worksheet and its entry, before the first frame.
    static func fingerprint(_ bytes: [UInt8]) -> UInt64 { fingerprint(bytes[...]) }

    /// The fingerprint of bytes inside a larger buffer (the same as of a copy of them).
    static func fingerprint(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        bytes.withUnsafeBytes { raw in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(raw.count)
            var index = 0
            while index + 8 <= raw.count {
                hash = (hash ^ UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
                    &* 0x9E37_79B9_7F4A_7C15
                hash ^= hash >> 29
                index += 8
            }
            while index < raw.count {
                hash = (hash ^ UInt64(raw[index])) &* 0x0000_0100_0000_01B3
                index += 1
            }
            return hash
        }
    }

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
