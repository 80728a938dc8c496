import Foundation
import VerdictTestSupport

/// What one run of the built `verdict` binary produced.
struct HostileRun: Sendable {
    /// The exit status (128 + signal when killed).
    var status: Int32
    /// Everything written to standard output.
    var stdout: [UInt8]
    /// Everything written to standard error.
    var stderr: [UInt8]

    /// Standard output as text (invalid UTF-8 repaired).
    var output: String { String(decoding: stdout, as: UTF8.self) }
    /// Standard error as text (invalid UTF-8 repaired).
    var errors: String { String(decoding: stderr, as: UTF8.self) }
    /// Standard error's lines, without empty ones.
    var errorLines: [String] { errors.split(separator: "\n").map(String.init) }
}

/// Runs the built binary (``VerdictBinary``) as a user would.
enum HostileBinary {
    // MARK: - Paths

    /// The package's root folder.
    static var packageRoot: String { VerdictBinary.packageRoot }

    /// The binary under test.
    static var path: String { VerdictBinary.path }

    // MARK: - Running

    /// Runs `verdict ARGUMENTS` to completion with `input` on standard input. Output goes
    /// through files, so a large output cannot dead-lock on a full pipe.
    static func run(
        _ arguments: [String], input: [UInt8] = [], directory: String? = nil,
        environment: [String: String] = [:]
    ) throws -> HostileRun {
        let scratch = try HostileFolder.make("run")
        defer { HostileFolder.remove(scratch) }
        let inPath = scratch + "/stdin", outPath = scratch + "/stdout", errPath = scratch + "/stderr"
        _ = FileManager.default.createFile(atPath: inPath, contents: Data(input))
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        let process = try start(arguments, directory: directory, environment: environment,
                                stdin: inPath, stdout: outPath, stderr: errPath)
        process.waitUntilExit()
        let status = process.terminationReason == .uncaughtSignal
            ? 128 + process.terminationStatus : process.terminationStatus
        return HostileRun(
            status: status,
            stdout: [UInt8](FileManager.default.contents(atPath: outPath) ?? Data()),
            stderr: [UInt8](FileManager.default.contents(atPath: errPath) ?? Data()))
    }

    /// Starts `verdict ARGUMENTS` without waiting; standard streams go to the given files.
    static func start(
        _ arguments: [String], directory: String? = nil, environment: [String: String] = [:],
        stdin: String = "/dev/null", stdout: String = "/dev/null", stderr: String = "/dev/null"
    ) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        var merged = ProcessInfo.processInfo.environment
        merged["TERM"] = "dumb"
        merged["NO_COLOR"] = "1"
        for (key, value) in environment { merged[key] = value }
        process.environment = merged
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        process.standardInput = FileHandle(forReadingAtPath: stdin)
        process.standardOutput = FileHandle(forWritingAtPath: stdout)
        process.standardError = FileHandle(forWritingAtPath: stderr)
        try process.run()
        return process
    }
}
