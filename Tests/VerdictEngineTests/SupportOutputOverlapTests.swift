import Foundation
import Testing
import VerdictEngine
import VerdictTestSupport

/// `OutputOverlap`: an output path naming a file the command reads is refused, however
/// the two paths are spelt.
struct SupportOutputOverlapTests {
    private func folder() throws -> String {
        let folder = try ScratchFolders.make("verdict-overlap")
        try Data("{}".utf8).write(to: URL(fileURLWithPath: folder + "/ana.json"))
        try FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: true)
        return folder
    }

    private func refused(_ output: String, _ input: String) -> InputError? {
        do {
            try OutputOverlap.refuse(output, flag: "--output", reading: [OutputOverlap.Input(input, "the answers file")])
            return nil
        } catch {
            return error as? InputError
        }
    }

    @Test func theSameFileSpeltAnotherWayIsRefusedNamingTheFlagAndTheInput() throws {
        let folder = try folder()
        symlink(folder + "/ana.json", folder + "/link.json")
        link(folder + "/ana.json", folder + "/hard.json")
        for output in [folder + "/ana.json", folder + "/sub/../ana.json", folder + "/./ana.json",
                       folder + "/link.json", folder + "/hard.json"] {
            let error = try #require(refused(output, folder + "/ana.json"), "\(output)")
            #expect(error.kind == .cannotWrite)
            #expect(error.path == output)
            #expect(error.message.hasPrefix("--output names the answers file"))
            #expect(error.message.hasSuffix("nothing was written"))
        }
        // The input's own spelling is named when it differs from the output's.
        #expect(refused(folder + "/link.json", folder + "/ana.json")?.message.contains("(\(folder)/ana.json)") == true)
    }

    @Test func aMissingFileIsComparedByItsResolvedPath() throws {
        let folder = try folder()
        #expect(refused(folder + "/sub/../new.json", folder + "/new.json") != nil)
        #expect(refused(folder + "/sub/new.json", folder + "/new.json") == nil)
    }

    @Test func otherFilesAndStandardOutputPass() throws {
        let folder = try folder()
        try Data("{}".utf8).write(to: URL(fileURLWithPath: folder + "/ben.json"))
        #expect(refused(folder + "/ben.json", folder + "/ana.json") == nil)
        #expect(refused(folder + "/team.json", folder + "/ana.json") == nil)
        #expect(refused("-", "-") == nil)
        #expect(throws: Never.self) { try OutputOverlap.refuse(nil, flag: "--adr", reading: []) }
    }
}
