import Foundation
import Testing
@testable import VerdictEngine

/// The worksheet cache behind `verdict run`: a hit gives back exactly what parsing gives,
/// and anything changed, damaged, too fresh or unwritable falls back to parsing.
struct LoadingWorksheetCacheTests {
    private struct Place {
        let root: String
        var worksheets: String { root + "/worksheets" }
        /// A cache that stores files at once (their change time is always "just now" here).
        var cache: WorksheetCache {
            var cache = WorksheetCache(directory: root + "/cache")
            cache.settlingSeconds = -60
            return cache
        }
        var catalog: WorksheetCatalog {
            var catalog = WorksheetCatalog(folders: [worksheets], includesBundled: true)
            catalog.cache = cache
            return catalog
        }
        var entries: [String] { (try? FileManager.default.contentsOfDirectory(atPath: root + "/cache")) ?? [] }
    }

    private func place() throws -> Place {
        let root = NSTemporaryDirectory() + "verdict-cache-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root + "/worksheets", withIntermediateDirectories: true)
        return Place(root: root)
    }

    /// Writes the sample worksheet with this title and dates its modification time an hour
    /// back, or `age` seconds back (the change time stays "now"; see `Place.cache`).
    private func write(title: String, to path: String, age: Int = 3_600) throws {
        let text = String(decoding: try LoadingFixtures.bytes("good/sample.yaml"), as: UTF8.self)
            .replacingOccurrences(of: "title: Django or Flask?", with: "title: \(title)")
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let when = Date(timeIntervalSinceNow: -Double(age))
        try FileManager.default.setAttributes([.modificationDate: when], ofItemAtPath: path)
    }

    @Test func aSecondLoadComesFromTheCacheAndEqualsTheParse() throws {
        let place = try place()
        defer { try? FileManager.default.removeItem(atPath: place.root) }
        let path = place.worksheets + "/mine.yaml"
        try write(title: "First", to: path)
        let parsed = try WorksheetLoader().load(contentsOf: path)
        #expect(try place.catalog.resolve("mine") == parsed)
        #expect(place.entries.count == 1)
        let key = try #require(place.cache.key(forFileAt: path)?.key)
        #expect(place.cache.load(origin: path, key: key) == parsed)
        #expect(try place.catalog.resolve("mine") == parsed)
    }

    @Test func storedEntriesHitOnlyWithTheirKey() throws {
        let place = try place()
        defer { try? FileManager.default.removeItem(atPath: place.root) }
        let worksheet = try WorksheetLoader().load(bytes: LoadingFixtures.bytes("good/sample.yaml"), file: "s", origin: "/x/s.yaml")
        place.cache.store(worksheet, origin: "/x/s.yaml", key: "key one")
        #expect(place.cache.load(origin: "/x/s.yaml", key: "key one") == worksheet)
        #expect(place.cache.load(origin: "/x/s.yaml", key: "key two") == nil)
        #expect(place.cache.load(origin: "/x/other.yaml", key: "key one") == nil)
        place.cache.store(worksheet, origin: "/x/s.yaml", key: "key two")
        #expect(place.cache.load(origin: "/x/s.yaml", key: "key one") == nil)
        #expect(place.entries.count == 1)
    }

    @Test func aDamagedEntryIsAMissAndTheFileIsParsed() throws {
        let place = try place()
        defer { try? FileManager.default.removeItem(atPath: place.root) }
        let worksheet = try WorksheetLoader().load(bytes: LoadingFixtures.bytes("good/sample.yaml"), file: "s", origin: "/x/s.yaml")
        place.cache.store(worksheet, origin: "/x/s.yaml", key: "k")
        let entry = place.cache.entryPath("/x/s.yaml")
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: entry)))
        // A changed letter inside a text: the decoder alone could not tell.
        let title = Array("Django or Flask?".utf8)
        let start = try #require(bytes.indices.first { bytes[$0...].starts(with: title) })
        bytes[start] = UInt8(ascii: "X")
        try Data(bytes).write(to: URL(fileURLWithPath: entry))
        #expect(place.cache.load(origin: "/x/s.yaml", key: "k") == nil)
        try Data(bytes.prefix(10)).write(to: URL(fileURLWithPath: entry))
        #expect(place.cache.load(origin: "/x/s.yaml", key: "k") == nil)
    }

    @Test func anEditedFileIsParsedAgain() throws {
        let place = try place()
        defer { try? FileManager.default.removeItem(atPath: place.root) }
        let path = place.worksheets + "/mine.yaml"
        try write(title: "First", to: path)
        let key = try #require(place.cache.key(forFileAt: path)?.key)
        #expect(try place.catalog.resolve("mine").title == "First")
        #expect(place.entries.count == 1)
        // Same size, same age: the inode's change time still moves the key.
        try write(title: "Secnd", to: path)
        #expect(place.cache.key(forFileAt: path)?.key != key)
        #expect(try place.catalog.resolve("mine").title == "Secnd")
    }

    @Test func aFileChangedMomentsAgoIsNotStored() throws {
        let place = try place()
        defer { try? FileManager.default.removeItem(atPath: place.root) }
        let path = place.worksheets + "/fresh.yaml"
        try write(title: "Fresh", to: path, age: 0)
        var catalog = place.catalog
        catalog.cache = WorksheetCache(directory: place.root + "/cache")
        #expect(catalog.cache?.key(forFileAt: path)?.settled == false)
        #expect(try catalog.resolve("fresh").title == "Fresh")
        #expect(place.entries.isEmpty)
    }

    @Test func bundledWorksheetsAreCachedByTheirBytes() throws {
        let place = try place()
        defer { try? FileManager.default.removeItem(atPath: place.root) }
        let parsed = try WorksheetCatalog(folders: [], includesBundled: true).resolve("wakatime-2015")
        #expect(try place.catalog.resolve("wakatime-2015") == parsed)
        #expect(place.entries.count == 1)
        #expect(try place.catalog.resolve("wakatime-2015") == parsed)
        let bytes = try #require(BundledFiles.worksheets.first { $0.name == "wakatime-2015.yaml" }?.bytes)
        #expect(WorksheetCache.key(forBundled: bytes) != WorksheetCache.key(forBundled: bytes + [0x0A]))
    }

    @Test func anUnwritableCacheFolderOnlyCostsTheCache() throws {
        var catalog = WorksheetCatalog(folders: [], includesBundled: true)
        catalog.cache = WorksheetCache(directory: "/dev/null/verdict-cache")
        #expect(try catalog.resolve("wakatime-2015").id == "wakatime-2015")
        #expect(try catalog.resolve("wakatime-2015").id == "wakatime-2015")
    }

    @Test func standardFolderFollowsXDGThenHome() {
        #expect(WorksheetCache.standard(environment: ["XDG_CACHE_HOME": "/c", "HOME": "/h"])?.directory == "/c/verdict/worksheets")
        #expect(WorksheetCache.standard(environment: ["HOME": "/h"])?.directory == "/h/.cache/verdict/worksheets")
        #expect(WorksheetCache.standard(environment: ["XDG_CACHE_HOME": "relative", "HOME": "/h"])?.directory == "/h/.cache/verdict/worksheets")
        #expect(WorksheetCache.standard(environment: [:]) == nil)
    }
}
