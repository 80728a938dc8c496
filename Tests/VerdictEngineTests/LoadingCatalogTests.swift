import Foundation
import Testing
@testable import VerdictEngine

/// The search path, shadowing, path references and listing, over temporary folders.
struct LoadingCatalogTests {
    /// A fresh temporary folder, removed by the caller.
    private func folder() throws -> String {
        let path = NSTemporaryDirectory() + "verdict-catalog-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// The sample worksheet with its id and title replaced.
    private func write(_ id: String, title: String = "Sample", to path: String) throws {
        let text = String(decoding: try LoadingFixtures.bytes("good/sample.yaml"), as: UTF8.self)
            .replacingOccurrences(of: "id: sample", with: "id: \(id)")
            .replacingOccurrences(of: "title: Django or Flask?", with: "title: \(title)")
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    @Test func standardSearchPathUsesWorkingFolderAndXDG() {
        let catalog = WorksheetCatalog.standard(environment: ["XDG_CONFIG_HOME": "/xdg", "HOME": "/home/u"],
                                                currentDirectory: "/proj", extraFolders: ["/extra"])
        #expect(catalog.folders == ["/proj/worksheets", "/xdg/verdict/worksheets", "/extra"])
        #expect(catalog.includesBundled)
        let fallback = WorksheetCatalog.standard(environment: ["HOME": "/home/u"], currentDirectory: "/proj")
        #expect(fallback.folders == ["/proj/worksheets", "/home/u/.config/verdict/worksheets"])
    }

    @Test func laterFolderOverridesEarlierOne() throws {
        let first = try folder(), second = try folder()
        defer { [first, second].forEach { try? FileManager.default.removeItem(atPath: $0) } }
        try write("mine", title: "First", to: first + "/mine.yaml")
        try write("mine", title: "Second", to: second + "/mine.yml")
        let catalog = WorksheetCatalog(folders: [first, second], includesBundled: false)
        let worksheet = try catalog.resolve("mine")
        #expect(worksheet.title == "Second")
        #expect(worksheet.origin == second + "/mine.yml")
        let entries = catalog.entries()
        #expect(entries.map(\.isShadowed) == [true, false])
    }

    /// `resolve` looks an id up by file name instead of listing folders; it must pick the
    /// same file the listing puts last, whatever the extensions and folders.
    @Test func directLookupPicksWhatTheListingPutsLast() throws {
        let first = try folder(), second = try folder()
        defer { [first, second].forEach { try? FileManager.default.removeItem(atPath: $0) } }
        for name in ["both.json", "both.yaml", "both.yml", "first.yml", "first.json", "json-only.json"] {
            try write("x", to: first + "/" + name)
        }
        for name in ["both.yaml", "both.json", "second.yaml", "django-vs-flask.json"] {
            try write("x", to: second + "/" + name)
        }
        try FileManager.default.createDirectory(atPath: second + "/folder.yaml", withIntermediateDirectories: true)
        let catalog = WorksheetCatalog(folders: [first, second], includesBundled: true)
        let listed = catalog.candidates()
        for id in Set(listed.map(\.id)).union(["absent", ""]) {
            let expected = listed.last { $0.id == id }
            let found = catalog.lastCandidate(withID: id)
            #expect(found?.origin == expected?.origin, "id \(id)")
            #expect(found?.bytes == expected?.bytes, "id \(id)")
        }
        #expect(catalog.lastCandidate(withID: "both")?.origin == second + "/both.yaml")
        #expect(catalog.lastCandidate(withID: "wakatime-2015")?.origin == "bundled:wakatime-2015")
    }

    @Test func localFileOverridesBundledWorksheet() throws {
        let project = try folder()
        defer { try? FileManager.default.removeItem(atPath: project) }
        try FileManager.default.createDirectory(atPath: project + "/worksheets", withIntermediateDirectories: true)
        try write("django-vs-flask", title: "Local", to: project + "/worksheets/django-vs-flask.yaml")
        let catalog = WorksheetCatalog.standard(environment: [:], currentDirectory: project)
        let worksheet = try catalog.resolve(nil)
        #expect(worksheet.title == "Local")
        #expect(worksheet.origin == project + "/worksheets/django-vs-flask.yaml")
        #expect(catalog.entries().first { $0.origin == "bundled:django-vs-flask" }?.isShadowed == true)
    }

    @Test func pathReferencesLoadTheFile() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try write("by-path", to: dir + "/x.yaml")
        let catalog = WorksheetCatalog(folders: [], includesBundled: false)
        #expect(try catalog.resolve(dir + "/x.yaml").id == "by-path")
        #expect(WorksheetCatalog.isPath("a.json") && WorksheetCatalog.isPath("dir/x") && !WorksheetCatalog.isPath("an-id"))
        let error = #expect(throws: InputError.self) { try catalog.resolve(dir + "/missing.yaml") }
        #expect(error?.kind == .missing)
    }

    @Test func unknownIDListsKnownOnes() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try write("alpha", to: dir + "/alpha.yaml")
        try write("beta", to: dir + "/beta.json")
        let error = #expect(throws: InputError.self) {
            try WorksheetCatalog(folders: [dir], includesBundled: false).resolve("gamma")
        }
        #expect(error?.kind == .missing)
        #expect(error?.message == "no worksheet with this id (known: alpha, beta); give an id from 'verdict list' or a path to a file")
    }

    @Test func mistypedIDGetsDidYouMeanBesideTheKnownOnes() throws {
        let error = #expect(throws: InputError.self) {
            try WorksheetCatalog(folders: []).resolve("djnago-vs-flask")
        }
        #expect(error?.message.hasPrefix(
            "no worksheet with this id; did you mean 'django-vs-flask'? (known: django-flask-fastapi, django-vs-flask, wakatime-2015)") == true,
            "\(error?.message ?? "")")
        #expect(NearestName.suggestion(for: "wakatime2015", among: ["django-vs-flask", "wakatime-2015"]) == "wakatime-2015")
        #expect(NearestName.suggestion(for: "DJANGO-VS-FLASK", among: ["django-vs-flask"]) == "django-vs-flask")
        #expect(NearestName.suggestion(for: "rails", among: ["django-vs-flask", "wakatime-2015"]) == nil)
        #expect(NearestName.editDistance(Array("flask".utf8), Array("falsk".utf8)) == 1)
        #expect(NearestName.editDistance(Array("".utf8), Array("abc".utf8)) == 3)
    }

    @Test func brokenFilesAreListedNotFatal() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try write("good-one", title: "Good", to: dir + "/good-one.yaml")
        try Data("format: 1\nid: [\n".utf8).write(to: URL(fileURLWithPath: dir + "/bad-one.yaml"))
        try Data("ignored".utf8).write(to: URL(fileURLWithPath: dir + "/notes.txt"))
        let entries = WorksheetCatalog(folders: [dir], includesBundled: false).entries()
        #expect(entries.map(\.id) == ["bad-one", "good-one"])
        #expect(entries[0].isBroken && entries[0].problem?.hasPrefix("3:1: invalid YAML:") == true)
        #expect(entries[1].title == "Good" && entries[1].options == ["django", "flask"] && entries[1].questionCount == 2)
        #expect(entries[1].origin == dir + "/good-one.yaml")
    }

    @Test func aFIFOIsListedByWhatItIsNotByItsPath() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(mkfifo(dir + "/f.yaml", 0o600) == 0)
        let entries = WorksheetCatalog(folders: [dir], includesBundled: false).entries()
        #expect(entries.map(\.problem) == ["is a FIFO; expected a file"])
    }

    @Test func bundledEntriesUseBundledOrigin() {
        let entries = WorksheetCatalog(folders: [], includesBundled: true).entries()
        #expect(entries.map(\.origin) == BundledFiles.worksheets.map { "bundled:" + $0.name.replacingOccurrences(of: ".yaml", with: "") })
    }
}
