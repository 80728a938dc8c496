import Foundation
import Testing

/// `verdict new` writes a starter that `verdict validate` accepts as written.
struct NewCommandTests {
    @Test(arguments: [
        ["new", "x"],
        ["new", "rails-or-phoenix", "--title", "Rails or Phoenix? \"Quotes\" \\ and # a hash"],
        ["new", "unicode-title", "--title", "Ünïcode: 日本語"],
    ])
    func starterValidatesAsWritten(arguments: [String]) throws {
        let folder = try ConfigBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let written = try ConfigBinary.run(arguments, in: folder)
        #expect(written.status == 0, "\(written.stderr)")
        let file = arguments[1] + ".yaml"
        #expect(FileManager.default.fileExists(atPath: folder + "/worksheet.schema.json"))
        let checked = try ConfigBinary.run(["validate", file], in: folder)
        #expect(checked.status == 0, "\(checked.stderr)")
        #expect(checked.stdout == "\(file): ok (4 questions, 2 options)\n")
        let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
        #expect(text.hasPrefix("# yaml-language-server: $schema=worksheet.schema.json\n"))
    }

    @Test(arguments: ["", "a\tb", "two\nlines"])
    func titlesThatWouldNotValidateAreRefused(title: String) throws {
        let folder = try ConfigBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let outcome = try ConfigBinary.run(["new", "x", "--title", title], in: folder)
        #expect(outcome.status == 64)
        #expect(outcome.stderr.hasPrefix("verdict: --title: expected"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/x.yaml"))
    }

    @Test func existingFileIsKeptWithoutForce() throws {
        let folder = try ConfigBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("mine\n".utf8).write(to: URL(fileURLWithPath: folder + "/x.yaml"))
        let outcome = try ConfigBinary.run(["new", "x"], in: folder)
        #expect(outcome.status == 73)
        #expect(try String(contentsOfFile: folder + "/x.yaml", encoding: .utf8) == "mine\n")
    }

    @Test func walkthroughExampleInTheDocsValidates() throws {
        let docs = try String(contentsOfFile: ConfigBinary.packageRoot + "/docs/worksheets.md", encoding: .utf8)
        let walk = try #require(docs.range(of: "## From the starter to a full worksheet"))
        let rest = docs[walk.upperBound...]
        let start = try #require(rest.range(of: "```yaml\n"))
        let end = try #require(rest[start.upperBound...].range(of: "```"))
        let folder = try ConfigBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data(rest[start.upperBound..<end.lowerBound].utf8)
            .write(to: URL(fileURLWithPath: folder + "/rails-or-phoenix.yaml"))
        let checked = try ConfigBinary.run(["validate", "rails-or-phoenix.yaml"], in: folder)
        #expect(checked.status == 0, "\(checked.stderr)")
        #expect(checked.stdout == "rails-or-phoenix.yaml: ok (5 questions, 2 options)\n")
        let scored = try ConfigBinary.run([
            "score", "rails-or-phoenix.yaml", "--answer", "knows-ruby=yes", "--answer", "ruby-depth=apps",
            "--answer", "live-updates=some", "--answer", "hosting=no", "--answer", "admin-deadline=no",
            "--format", "json",
        ], in: folder)
        #expect(scored.status == 0, "\(scored.stderr)")
        #expect(scored.stdout.contains("\"option\" : \"rails\"") || scored.stdout.contains("\"option\":\"rails\""))
    }

    @Test func shippedWorksheetsNameTheirSchema() throws {
        let folder = ConfigBinary.packageRoot + "/worksheets"
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }
        #expect(!files.isEmpty)
        for file in files {
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            #expect(text.hasPrefix("# yaml-language-server: $schema=../schemas/worksheet.schema.json\n"), "\(file)")
        }
    }
}
