import Foundation
import VerdictTestSupport

/// Runs the built `verdict` binary (``VerdictBinary``)
/// and captures what it prints.
enum ScoreBinary {
    /// What one run produced.
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
        var stdoutData: Data
    }

    /// The package root.
    static var packageRoot: URL { URL(fileURLWithPath: VerdictBinary.packageRoot) }

    /// The binary under test.
    static var path: String { VerdictBinary.path }

    /// Runs `verdict` with the arguments, from `directory` (a fresh temporary folder by default).
    static func run(_ arguments: [String], in directory: URL? = nil, environment extra: [String: String] = [:]) throws -> Run {
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw BinaryMissing(path: path)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let scratch = directory == nil ? try temporaryFolder() : nil
        defer { if let scratch { try? FileManager.default.removeItem(at: scratch) } }
        process.currentDirectoryURL = directory ?? scratch
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment["XDG_CONFIG_HOME"] = "/nonexistent-verdict-config"
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes concurrently so a large output cannot block the child.
        let errorData = LockedData()
        let finished = DispatchSemaphore(value: 0)
        let reader = Thread {
            errorData.set(errors.fileHandleForReading.readDataToEndOfFile())
            finished.signal()
        }
        reader.start()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        finished.wait()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: outputData, as: UTF8.self),
            stderr: String(decoding: errorData.value, as: UTF8.self), stdoutData: outputData)
    }

    /// A new empty temporary folder.
    static func temporaryFolder() throws -> URL {
        URL(fileURLWithPath: try ScratchFolders.make("verdict-score-e2e"))
    }

    /// Thrown when the binary has not been built.
    struct BinaryMissing: Error, CustomStringConvertible {
        var path: String
        var description: String { "\(path) not found: run `swift build` first" }
    }
}

/// Data handed from the stderr reader thread.
final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()

    func set(_ value: Data) {
        lock.lock()
        data = value
        lock.unlock()
    }

    var value: Data {
        lock.lock()
        defer { lock.unlock() }
        return data
    }
}
