import Foundation

/// Runs the built `verdict` binary (`.build/debug/verdict`, found from this file's path)
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
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The debug binary.
    static let path = packageRoot.appendingPathComponent(".build/debug/verdict").path

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
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("verdict-score-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Validates JSON documents against a schema in `schemas/`; nil when valid, else the message.
    static func schemaProblems(_ documents: [Data], schema: String = "result") throws -> String? {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var array = Data("[".utf8)
        for (index, document) in documents.enumerated() {
            if index > 0 { array.append(Data(",".utf8)) }
            array.append(document)
        }
        array.append(Data("]".utf8))
        let file = folder.appendingPathComponent("documents.json")
        try array.write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c",
            """
            import json, sys, jsonschema
            validator = jsonschema.Draft202012Validator(json.load(open(sys.argv[1])))
            for index, document in enumerate(json.load(open(sys.argv[2]))):
                for error in validator.iter_errors(document):
                    print(f"document {index}: at /{'/'.join(map(str, error.absolute_path))}: {error.message}")
                    sys.exit(1)
            """,
            packageRoot.appendingPathComponent("schemas/\(schema).schema.json").path, file.path,
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? nil : String(decoding: data, as: UTF8.self)
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
