import Foundation

/// Validates documents against the repository's JSON Schemas with python's `jsonschema`,
/// in one process for many documents. The one schema check every test target uses.
public enum SchemaCheck {
    /// The package root, found from this file's path (Tests/Support/SchemaCheck.swift).
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Validates every document; returns nil when all are valid, else the validator's
    /// message (document index, path in the document, what failed).
    public static func problems(_ documents: [Data], schema: String = "result") throws -> String? {
        let folder = URL(fileURLWithPath: try ScratchFolders.make("verdict-schema"))
        defer { try? FileManager.default.removeItem(at: folder) }
        var array = Data("[".utf8)
        for (index, document) in documents.enumerated() {
            if index > 0 { array.append(Data(",".utf8)) }
            array.append(document)
        }
        array.append(Data("]".utf8))
        let documentsFile = folder.appendingPathComponent("documents.json")
        try array.write(to: documentsFile)
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            validator = jsonschema.Draft202012Validator(schema)
            for index, document in enumerate(json.load(open(sys.argv[2]))):
                for error in validator.iter_errors(document):
                    path = "/".join(str(part) for part in error.absolute_path)
                    print(f"document {index}: at /{path}: {error.message}")
                    sys.exit(1)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c", script,
            packageRoot.appendingPathComponent("schemas/\(schema).schema.json").path, documentsFile.path,
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus != 0 else { return nil }
        let text = String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? "validator exited \(process.terminationStatus)" : text
    }
}
