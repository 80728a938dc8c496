#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One file of the worksheet start-up cache (``WorksheetCache``): a key saying what the payload was made from, and the payload.
///
/// Layout: the key's UTF-8 bytes, a newline, the payload's fingerprint
/// (8 bytes, little-endian), the payload. Reading returns the payload only when the key
/// matches exactly and the fingerprint still fits, so a stale or damaged file is a miss,
/// never an error. Writing goes to a temporary file renamed into place, so a reader never
/// sees half an entry (not flushed to disk: a lost entry is only a miss).
public struct CacheEntryFile: Sendable {
    /// The cache folder (made on the first store).
    public let directory: String
    /// The entry's path.
    public let path: String

    /// The entry for `name` (a worksheet origin, say) in a cache folder: its file is named
    /// after the name's fingerprint, with this extension.
    public init(directory: String, name: String, fileExtension: String) {
        self.directory = directory
        path = directory + "/" + String(Self.fingerprint(Array(name.utf8)), radix: 16) + "." + fileExtension
    }

    /// The largest entry read (anything larger is a miss).
    public static let sizeLimit = 64 << 20

    // MARK: - Reading and writing

    /// The payload stored under `key`; nil when there is no entry, it was stored under
    /// another key, or its bytes are damaged.
    public func payload(key: String) -> ArraySlice<UInt8>? {
        guard let bytes = try? FileReader.contents(of: path, limit: Self.sizeLimit) else { return nil }
        let keyBytes = Array(key.utf8)
        let payloadStart = keyBytes.count + 9
        guard bytes.count > payloadStart, bytes[keyBytes.count] == 0x0A,
              bytes[..<keyBytes.count].elementsEqual(keyBytes)
        else { return nil }
        let payload = bytes[payloadStart...]
        let stored = bytes[(keyBytes.count + 1)..<payloadStart].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        guard stored == Self.fingerprint(payload) else { return nil }
        return payload
    }

    /// Stores a payload under `key`, making the folder first. Best effort: a folder that
    /// cannot be made or written only means the next reader misses.
    public func store(_ payload: [UInt8], key: String) {
        guard Folders.make(directory) == nil else { return }
        let fingerprint = Self.fingerprint(payload)
        let bytes = Array(key.utf8) + [0x0A]
            + (0..<8).map { UInt8(truncatingIfNeeded: fingerprint >> UInt64($0 * 8)) } + payload
        try? AtomicFile.write(Data(bytes), to: path, durable: false)
    }

    // MARK: - Fingerprints

    /// A 64-bit fingerprint that names entries and checks payloads and bundled bytes (not a
    /// defence against anyone: the cache folder is the user's own, like the config folder).
    /// Eight bytes a step, each step a bijection of the running value, so a change in any
    /// one 8-byte word always changes the result; a byte-at-a-time FNV-1a took four times
    /// as long over the default worksheet and its entry, before the first frame.
    public static func fingerprint(_ bytes: [UInt8]) -> UInt64 { fingerprint(bytes[...]) }

    /// The fingerprint of bytes inside a larger buffer (the same as of a copy of them).
    public static func fingerprint(_ bytes: ArraySlice<UInt8>) -> UInt64 {
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
}
