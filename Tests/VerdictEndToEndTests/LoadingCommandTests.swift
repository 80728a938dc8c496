import Foundation
import VerdictTestSupport
import Testing

/// `verdict validate` and `verdict list`, run as the built binary.
struct LoadingCommandTests {
    /// Output and exit status of one run.
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The binary under test.
    static var binary: String { VerdictBinary.path }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures").path

    private func run(_ arguments: [String], in directory: String? = nil,
                     environment: [String: String] = [:]) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { _, new in new }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                       stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func validateSaysOneQuestionInTheSingular() throws {
        let sample = try String(contentsOfFile: Self.fixtures + "/good/sample.yaml", encoding: .utf8)
        let cut = try #require(sample.range(of: "      - id: size"))
        let folder = ScratchFolders.path("validate-one")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let one = folder + "/one.yaml"
        try String(sample[..<cut.lowerBound]).write(toFile: one, atomically: true, encoding: .utf8)
        let outcome = try run(["validate", one])
        #expect(outcome.stdout == "\(one): ok (1 question, 2 options)\n", "\(outcome.stderr)")
    }

    @Test func validateReportsGoodAndBadFiles() throws {
        let good = Self.fixtures + "/good/sample.yaml"
        let bad = Self.fixtures + "/broken/40-wrong-types.yaml"
        let outcome = try run(["validate", good, bad])
        #expect(outcome.status == 65)
        #expect(outcome.stdout == "\(good): ok (2 questions, 2 options)\n")
        #expect(outcome.stderr == """
            verdict: \(bad):27:19: question 'api': required: expected true or false, found 'maybe'
            verdict: \(bad):42:17: question 'size': weight: expected a number, found 'heavy'

            """)
    }

    @Test func validateMissingFileExits66() throws {
        let outcome = try run(["validate", Self.fixtures + "/good/sample.yaml", "/nonexistent/x.yaml"])
        #expect(outcome.status == 66)
        #expect(outcome.stderr == "verdict: /nonexistent/x.yaml: no such file\n")
    }

    @Test func validateAllGoodExitsZero() throws {
        let outcome = try run(["validate", Self.fixtures + "/good/sample.yaml"])
        #expect(outcome.status == 0)
        #expect(outcome.stderr.isEmpty)
    }

    @Test func listShowsBuiltInLocalAndBrokenWorksheets() throws {
        let project = ScratchFolders.path("verdict-list")
        defer { try? FileManager.default.removeItem(atPath: project) }
        try FileManager.default.createDirectory(atPath: project + "/worksheets", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.fixtures + "/good/sample.yaml",
                                         toPath: project + "/worksheets/sample.yaml")
        try Data("format: 1\nid: [\n".utf8).write(to: URL(fileURLWithPath: project + "/worksheets/oops.yaml"))
        let outcome = try run(["list"], in: project, environment: ["XDG_CONFIG_HOME": project + "/none"])
        #expect(outcome.status == 0)
        let lines = outcome.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("ID") == true)
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(lines.contains { $0.hasPrefix("django-vs-flask") && $0.hasSuffix("built-in") })
        #expect(lines.contains { $0.hasPrefix("sample") && $0.contains("django,flask") && $0.hasSuffix("./worksheets") })
        #expect(lines.contains { $0.hasPrefix("oops") && $0.contains("broken: 3:1: invalid YAML") })
    }
}
