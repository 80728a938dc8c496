#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Builds a result document, encodes it and writes it atomically: the one way a result
/// reaches a file (`verdict run --output`, the run's exports, a team export's members).
public enum ResultWriter {
    /// The result file formats.
    public enum Format: Sendable, Equatable {
        /// The result JSON (DESIGN §6), as `verdict score --format json`.
        case json
        /// The Markdown report.
        case markdown
    }

    /// The bytes of a result document in a format.
    public static func encode(
        worksheet: Worksheet, responses: Responses, format: Format = .json, completedAt: Date = Date()
    ) throws -> Data {
        let document = ResultBuilder.document(worksheet: worksheet, responses: responses, completedAt: completedAt)
        switch format {
        case .json: return try document.encoded()
        case .markdown: return Data(MarkdownReport.render(document, worksheet: worksheet).utf8)
        }
    }

    /// Writes a result document to `path` atomically (``AtomicFile``).
    public static func write(
        worksheet: Worksheet, responses: Responses, format: Format = .json, to path: String, completedAt: Date = Date()
    ) throws {
        try AtomicFile.write(encode(worksheet: worksheet, responses: responses, format: format, completedAt: completedAt),
                             to: path)
    }
}
