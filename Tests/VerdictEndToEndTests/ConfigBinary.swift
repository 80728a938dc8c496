import Foundation
import VerdictTestSupport

/// Runs the built `verdict` binary for the config, completion, install, `new` and help
/// tests, in a clean environment: no `VERDICT_*` or `NO_COLOR` from the caller, and
/// `XDG_CONFIG_HOME` pointing at an empty folder unless a test sets it.
enum ConfigBinary {
    /// What one run produced.
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The package root.
    static var packageRoot: String { VerdictBinary.packageRoot }

    /// The binary the tests run.
    static var path: String { VerdictBinary.path }

    /// Runs `executable` (the debug binary by default) from `directory`, reading `input`
    /// (nothing when nil) on standard input.
    static func run(
        _ arguments: [String], in directory: String? = nil, environment extra: [String: String] = [:],
        executable: String = path, input: String? = nil
    ) throws -> Outcome {
        let scratch = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory ?? scratch)
        var environment = ProcessInfo.processInfo.environment.filter { key, _ in
            !key.hasPrefix("VERDICT_") && key != "NO_COLOR" && key != "XDG_CONFIG_HOME"
        }
        environment["XDG_CONFIG_HOME"] = scratch + "/config"
        environment["XDG_STATE_HOME"] = scratch + "/state"
        environment["LANG"] = "C.UTF-8"
        environment["COLUMNS"] = "80"
        environment.merge(extra) { _, new in new }
        process.environment = environment
        // Files, not pipes: a child can never block on a full pipe.
        let outPath = scratch + "/stdout", errPath = scratch + "/stderr"
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        process.standardOutput = out
        process.standardError = err
        if let input {
            try Data(input.utf8).write(to: URL(fileURLWithPath: scratch + "/stdin"))
            process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: scratch + "/stdin"))
        } else {
            process.standardInput = FileHandle.nullDevice
        }
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Outcome(status: process.terminationStatus,
                       stdout: try String(contentsOfFile: outPath, encoding: .utf8),
                       stderr: try String(contentsOfFile: errPath, encoding: .utf8))
    }

    /// Runs a tool found on PATH (`make`, `bash`, …) from `directory`.
    static func tool(_ name: String, _ arguments: [String], in directory: String? = nil) throws -> Outcome {
        try run([name] + arguments, in: directory, executable: "/usr/bin/env")
    }

    /// A new empty temporary folder; the caller removes it.
    static func temporaryFolder() throws -> String {
        let folder = ScratchFolders.path("verdict-eco")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }
}
