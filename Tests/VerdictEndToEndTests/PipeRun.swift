import Foundation
import VerdictTestSupport

/// Runs the `verdict` binary with its standard input, output and error all pipes (no
/// terminal anywhere), in a scratch HOME; what a script or a screen reader user gets.
struct PipeRun {
    let status: Int32
    let output: String
    let errors: String

    /// Whether the binary exists (the tests that need it are skipped otherwise).
    static var available: Bool { FileManager.default.isExecutableFile(atPath: VerdictBinary.path) }

    /// A fresh HOME with a state folder.
    static func home() throws -> String {
        let path = ScratchFolders.path("verdict-pipe")
        try FileManager.default.createDirectory(atPath: path + "/state", withIntermediateDirectories: true)
        return path
    }

    /// Runs `verdict ARGUMENTS` in `home` (also its working folder), writing `input` to its
    /// standard input through a pipe; in a UTF-8 locale unless `environment` names another.
    init(_ arguments: [String], home: String, input: String = "", environment: [String: String] = [:]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: VerdictBinary.path)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: home)
        process.environment = ["HOME": home, "XDG_STATE_HOME": home + "/state", "XDG_CONFIG_HOME": home + "/config",
                               "XDG_CACHE_HOME": home + "/cache", "PATH": "/usr/bin:/bin", "TERM": "xterm-256color",
                               "LANG": "C.UTF-8"]
            .merging(environment) { $1 }
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Read both outputs while writing, so a full pipe cannot stall either side.
        let group = DispatchGroup()
        nonisolated(unsafe) var out = Data()
        nonisolated(unsafe) var err = Data()
        DispatchQueue.global().async(group: group) { out = stdout.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { err = stderr.fileHandleForReading.readDataToEndOfFile() }
        // A program that stops reading early (q, a bad worksheet id) closes the pipe: the
        // write must fail with EPIPE, not kill the whole test runner with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        try? stdin.fileHandleForWriting.write(contentsOf: Data(input.utf8))
        try? stdin.fileHandleForWriting.close()
        group.wait()
        process.waitUntilExit()
        status = process.terminationStatus
        output = String(decoding: out, as: UTF8.self)
        errors = String(decoding: err, as: UTF8.self)
    }
}
