import Foundation
import Testing
@testable import VerdictEngine

/// The file behind every worksheet cache entry.
struct CacheEntryFileTests {
    private func folder() -> String {
        NSTemporaryDirectory() + "verdict-entry-\(UUID().uuidString)"
    }

    @Test func aPayloadComesBackOnlyUnderItsKey() throws {
        let root = folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let entry = CacheEntryFile(directory: root + "/deep/er", name: "bundled:x", fileExtension: "vfc")
        #expect(entry.payload(key: "k") == nil)
        entry.store([1, 2, 3, 250], key: "k")
        #expect(entry.payload(key: "k").map(Array.init) == [1, 2, 3, 250])
        #expect(entry.payload(key: "k2") == nil)
        #expect(entry.payload(key: "") == nil)
        #expect(entry.path.hasSuffix(".vfc") && entry.path.hasPrefix(root + "/deep/er/"))
        // Another name is another file.
        #expect(CacheEntryFile(directory: root + "/deep/er", name: "bundled:y", fileExtension: "vfc").payload(key: "k") == nil)
    }

    @Test func anyChangedByteIsAMiss() throws {
        let root = folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let entry = CacheEntryFile(directory: root, name: "n", fileExtension: "e")
        let payload = (0..<40).map { UInt8($0 * 3) }
        entry.store(payload, key: "the key")
        let stored = [UInt8](try Data(contentsOf: URL(fileURLWithPath: entry.path)))
        for index in stored.indices {
            var damaged = stored
            damaged[index] ^= 0x01
            try Data(damaged).write(to: URL(fileURLWithPath: entry.path))
            #expect(entry.payload(key: "the key") == nil, "byte \(index)")
        }
        try Data(stored.dropLast()).write(to: URL(fileURLWithPath: entry.path))
        #expect(entry.payload(key: "the key") == nil)
        try Data(stored).write(to: URL(fileURLWithPath: entry.path))
        #expect(entry.payload(key: "the key").map(Array.init) == payload)
    }

    @Test func anUnwritableFolderOnlyMeansAMiss() {
        let entry = CacheEntryFile(directory: "/dev/null/verdict", name: "n", fileExtension: "e")
        entry.store([1], key: "k")
        #expect(entry.payload(key: "k") == nil)
    }

    @Test func theFingerprintSeesEveryWordAndTheLength() {
        let bytes = (0..<100).map { UInt8(truncatingIfNeeded: $0 &* 37) }
        let base = CacheEntryFile.fingerprint(bytes)
        for index in bytes.indices {
            var changed = bytes
            changed[index] &+= 1
            #expect(CacheEntryFile.fingerprint(changed) != base)
        }
        #expect(CacheEntryFile.fingerprint(bytes + [0]) != base)
        #expect(CacheEntryFile.fingerprint(bytes[10..<30]) == CacheEntryFile.fingerprint(Array(bytes[10..<30])))
    }
}
