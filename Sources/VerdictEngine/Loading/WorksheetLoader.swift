import Crypto
import Foundation

/// Loads and validates worksheets (format 1) from YAML or JSON.
///
/// Every problem in a file is reported, not just the first: the loader throws a
/// ``DiagnosticList`` sorted by position, each entry naming the place, the question or
/// answer involved, what was found and what was expected.
public struct WorksheetLoader: Sendable {
    /// The limits in force.
    public let limits: LoaderLimits

    /// Creates a loader.
    public init(limits: LoaderLimits = .standard) {
        self.limits = limits
    }

    // MARK: - Loading

    /// Loads a worksheet from bytes. `file` names it in diagnostics; `origin` is recorded
    /// in the worksheet (a path, or `bundled:ID`). Throws ``DiagnosticList``.
    public func load(bytes: [UInt8], file: String, origin: String) throws -> Worksheet {
        let root = try YAMLReader(limits: limits).parse(bytes: bytes, file: file)
        let sink = DiagnosticCollector(file: file)
        var builder = WorksheetBuilder(sink: sink, limits: limits)
        guard var worksheet = builder.build(root) else {
            try sink.throwIfAny()
            throw DiagnosticList([Diagnostic(SourceLocation(file: file, line: 1, column: 1), "not a worksheet")])
        }
        WorksheetReferenceChecker(sink: sink).check(worksheet, marks: builder.marks)
        try sink.throwIfAny()
        worksheet.sha256 = Self.sha256(bytes)
        worksheet.origin = origin
        return worksheet
    }

    /// Loads a worksheet file. Throws ``InputError`` (`.missing`) when it cannot be read,
    /// ``DiagnosticList`` when it is not a valid worksheet.
    public func load(contentsOf path: String) throws -> Worksheet {
        let bytes = try Self.readFile(path, limit: limits.maxFileBytes)
        if bytes.count > limits.maxFileBytes {
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? bytes.count
            throw DiagnosticList([Diagnostic(SourceLocation(file: path, line: 1, column: 1),
                                             YAMLReader.sizeMessage(size, limit: limits.maxFileBytes))])
        }
        return try load(bytes: bytes, file: path, origin: path)
    }

    // MARK: - Helpers

    /// Lower-case hex SHA-256.
    static func sha256(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// Reads a whole file, refusing directories and files over `limit` bytes (+1 byte is
    /// read so the parser reports the size). Throws ``InputError`` `.missing`.
    static func readFile(_ path: String, limit: Int) throws -> [UInt8] {
        try FileReader.contents(of: path, limit: limit)
    }
}
