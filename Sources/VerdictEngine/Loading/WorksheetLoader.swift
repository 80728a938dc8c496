import Crypto
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Loads and validates worksheets (format 1) from YAML or JSON.
///
/// Every problem in a file is reported, not just the first: the loader throws a
/// ``DiagnosticList`` sorted by position, each entry naming the place, the question or
/// answer involved, what was found and what was expected.
public struct WorksheetLoader: Sendable {
    /// The limits in force.
    public let limits: LoaderLimits

    /// Creates a loader.
    public init(limits: LoaderLimits = .worksheet) {
        self.limits = limits
    }

    // MARK: - Loading

    /// Loads a worksheet from bytes. `file` names it in diagnostics; `origin` is recorded
    /// in the worksheet (a path, or `bundled:ID`). Throws ``DiagnosticList``.
    public func load(bytes: [UInt8], file: String, origin: String) throws -> Worksheet {
        try loadWithMarks(bytes: bytes, file: file, origin: origin).worksheet
    }

    /// ``load(bytes:file:origin:)`` with the positions and lint allowances the linter needs.
    func loadWithMarks(bytes: [UInt8], file: String, origin: String) throws -> (worksheet: Worksheet, marks: WorksheetMarks) {
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
        return (worksheet, builder.marks)
    }

    /// Loads a worksheet file. Throws ``InputError`` (`.missing`) when it cannot be read,
    /// ``DiagnosticList`` when it is not a valid worksheet.
    public func load(contentsOf path: String) throws -> Worksheet {
        try load(bytes: readFile(path), file: path, origin: path)
    }

    /// The bytes of a worksheet file, refusing one over the size limit.
    func readFile(_ path: String) throws -> [UInt8] {
        let bytes = try FileReader.contents(of: path, limit: limits.maxFileBytes)
        if bytes.count > limits.maxFileBytes {
            let size = FileReader.size(of: path) ?? bytes.count
            throw DiagnosticList([Diagnostic(SourceLocation(file: path, line: 1, column: 1),
                                             YAMLReader.sizeMessage(size, limits: limits))])
        }
        return bytes
    }

    // MARK: - Helpers

    /// Lower-case hex SHA-256.
    static func sha256(_ bytes: [UInt8]) -> String {
        // Through the buffer and a hex table rather than `hash(data:)` and `String(radix:)`:
        // the generic `DataProtocol` path and per-byte strings cost more, on the first call
        // of a run, than hashing the file (this runs before the first frame).
        var hasher = SHA256()
        bytes.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        return hasher.finalize().withUnsafeBytes { HexText.lowercase($0) }
    }
}
