import Foundation
import Testing
import VerdictEngine
import VerdictTestSupport

/// A meeting's export folder is its own: a default one never reuses an earlier meeting's,
/// and a folder given that holds files, or is not a folder, is refused before anything is written.
@Suite struct TeamExportFolderTests {
    @Test func theDefaultFolderIsNumberedPastOnesThatExist() throws {
        let scratch = try ScratchFolders.make("export-folder")
        #expect(TeamExport.unusedFolder(scratch + "/meeting-1614") == scratch + "/meeting-1614")
        try FileManager.default.createDirectory(atPath: scratch + "/meeting-1614", withIntermediateDirectories: false)
        try FileManager.default.createDirectory(atPath: scratch + "/meeting-1614-2", withIntermediateDirectories: false)
        #expect(TeamExport.unusedFolder(scratch + "/meeting-1614") == scratch + "/meeting-1614-3")
        // The hot seat's default ends with a slash, and so does the numbered one.
        #expect(TeamExport.unusedFolder(scratch + "/meeting-1614/") == scratch + "/meeting-1614-3/")
        // Even an empty folder, or a file, is an earlier one's.
        try Data().write(to: URL(fileURLWithPath: scratch + "/meeting-1614-3"))
        #expect(TeamExport.unusedFolder(scratch + "/meeting-1614") == scratch + "/meeting-1614-4")
    }

    @Test func onlyAMissingOrEmptyFolderIsClaimed() throws {
        let scratch = try ScratchFolders.make("export-claim")
        try TeamExport.claimFolder(scratch + "/new/out")
        #expect(FileKind(path: scratch + "/new/out") == .folder)
        try TeamExport.claimFolder(scratch + "/new/out")  // still empty: fine
        try Data("first meeting\n".utf8).write(to: URL(fileURLWithPath: scratch + "/new/out/ana.json"))
        let error = #expect(throws: InputError.self) { try TeamExport.claimFolder(scratch + "/new/out") }
        #expect(error.map { "\($0)" } == "\(scratch)/new/out: cannot write: holds files already (another export?); expected a new or empty folder")
        #expect(try String(contentsOfFile: scratch + "/new/out/ana.json", encoding: .utf8) == "first meeting\n")
        try Data().write(to: URL(fileURLWithPath: scratch + "/afile"))
        for path in [scratch + "/afile", "/dev/null"] {
            #expect(throws: InputError.self, "\(path)") { try TeamExport.checkNewFolder(path) }
        }
    }

    /// A program that exports again and again (`team --tui`, the hot seat) claims a folder
    /// once, then rewrites only the folders it made.
    @Test func repeatedExportsRewriteOnlyTheirOwnFolder() throws {
        let scratch = try ScratchFolders.make("export-made")
        let sheet = TeamFixtures.worksheet()
        var made: Set<String> = []
        try Data("someone else's\n".utf8).write(to: URL(fileURLWithPath: scratch + "/notes.txt"))
        #expect(throws: InputError.self) {
            try TeamExport.write(worksheet: sheet, responses: TeamFixtures.team, folder: scratch, made: &made)
        }
        #expect(made.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch) == ["notes.txt"])
        let own = scratch + "/out"
        try TeamExport.write(worksheet: sheet, responses: TeamFixtures.team, folder: own, made: &made)
        #expect(made == [own])
        let files = try TeamExport.write(worksheet: sheet, responses: TeamFixtures.team, folder: own, made: &made)
        #expect(files.count == TeamFixtures.team.count + 2)
    }
}
