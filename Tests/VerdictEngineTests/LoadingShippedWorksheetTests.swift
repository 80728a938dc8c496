import Foundation
import Testing
@testable import VerdictEngine

/// Every worksheet in `worksheets/` validates, and the bundled copies are those files.
struct LoadingShippedWorksheetTests {
    /// The repository's `worksheets/` folder.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("worksheets").path

    static var files: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { WorksheetCatalog.extensions.contains(($0 as NSString).pathExtension) }.sorted()
    }

    @Test func thereAreShippedWorksheets() {
        #expect(Self.files.contains("django-vs-flask.yaml"))
        #expect(Self.files.contains("wakatime-2015.yaml"))
    }

    @Test(arguments: files)
    func shippedWorksheetValidates(name: String) throws {
        let worksheet = try WorksheetLoader().load(contentsOf: Self.folder + "/" + name)
        #expect(worksheet.id + ".yaml" == name)
        #expect(worksheet.questions.count >= 2)
    }

    @Test func bundledFilesMatchTheFolder() throws {
        #expect(BundledFiles.worksheets.map(\.name).sorted() == Self.files)
        for file in BundledFiles.worksheets {
            let onDisk = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.folder + "/" + file.name)))
            #expect(file.bytes == onDisk, "bundled \(file.name) differs from worksheets/\(file.name)")
        }
    }

    @Test func defaultWorksheetResolvesFromAnywhere() throws {
        let catalog = WorksheetCatalog.standard(environment: [:], currentDirectory: "/nonexistent")
        let worksheet = try catalog.resolve(nil)
        #expect(worksheet.id == WorksheetCatalog.defaultWorksheetID)
        #expect(worksheet.origin == "bundled:django-vs-flask")
    }

    @Test func wakatimeWorksheetUsesTheSeedIDs() throws {
        let worksheet = try WorksheetCatalog(folders: [], includesBundled: true).resolve("wakatime-2015")
        #expect(worksheet.questions.map(\.id) == ["coding-5-years", "python-3-years", "dynamic-html", "api", "soa",
                                                  "conventions", "multiple-databases", "reads-code"])
        #expect(worksheet.questions.allSatisfy { Set($0.answers.map(\.id)) == ["yes", "no"] })
    }
}
