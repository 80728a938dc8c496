import Foundation
import VerdictTestSupport
import Testing

/// Helpers for the tmux tests' files: read result JSON, name its recommendation, run the
/// binary without a terminal, validate against `schemas/result.schema.json`.
enum TmuxJSON {
    /// What a run without a terminal produced.
    struct Outcome {
        var status: Int32
        var output: String
        var errors: String
    }

    /// `[PATH]` when `$VERDICT_TEST_WORKSHEET` is set, else `[]` (the default worksheet).
    static var worksheetArgument: [String] {
        ProcessInfo.processInfo.environment["VERDICT_TEST_WORKSHEET"].map { [$0] } ?? []
    }

    // MARK: - Reading

    /// A JSON object from a file.
    static func object(atPath path: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], "not an object: \(path)")
    }

    /// A JSON object from text.
    static func parse(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "not an object: \(text)")
    }

    /// The recommended option's display name, or "too close" when there is none.
    static func recommendedName(_ document: [String: Any]) -> String? {
        guard let recommendation = document["recommendation"] as? [String: Any] else { return nil }
        guard let option = recommendation["option"] as? String else { return "too close" }
        let scores = document["scores"] as? [[String: Any]] ?? []
        return scores.first { $0["option"] as? String == option }?["name"] as? String
    }

    // MARK: - Running

    /// Runs a program to completion with empty stdin; output through files.
    static func run(_ arguments: [String], environment: [String: String] = [:], input: String = "") throws -> Outcome {
        let folder = ScratchFolders.path("verdict-run")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = FileManager.default.createFile(atPath: folder + "/in", contents: Data(input.utf8))
        _ = FileManager.default.createFile(atPath: folder + "/out", contents: nil)
        _ = FileManager.default.createFile(atPath: folder + "/err", contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { $1 }
        process.environment = env
        process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: folder + "/in"))
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: folder + "/out"))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: folder + "/err"))
        try process.run()
        process.waitUntilExit()
        let read = { (name: String) in String(decoding: FileManager.default.contents(atPath: folder + "/" + name) ?? Data(), as: UTF8.self) }
        return Outcome(status: process.terminationStatus, output: read("out"), errors: read("err"))
    }

    // MARK: - Schema

    /// Validates a result file against schemas/result.schema.json (python3 jsonschema).
    static func validate(_ path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let problem = try SchemaCheck.problems([data])
        #expect(problem == nil, "schema validation of \(path) failed: \(problem ?? "")")
    }
}
