#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Builds a result document, encodes it and writes it atomically: the one way a result
/// reaches a file or standard output (`verdict score`, `verdict run --output`, the run's
/// exports, a team export's members).
public enum ResultWriter {
    /// The result formats.
    public enum Format: Sendable, Equatable {
        /// The result JSON (DESIGN §6), as `verdict score --format json`.
        case json
        /// The Markdown report.
        case markdown
        /// The text report at 80 columns, with block or ASCII bars.
        case text(TextReport.BarStyle)
    }

    /// The bytes of `document` in a format; a what-if section follows the report when the
    /// document has one.
    public static func encode(_ document: ResultDocument, worksheet: Worksheet, format: Format) throws -> Data {
        let whatIf = document.whatIf == nil ? nil : WhatIfReport.render(document, worksheet: worksheet)
        switch format {
        case .json:
            return try document.encoded()
        case .markdown:
            let text = MarkdownReport.render(document, worksheet: worksheet)
            return Data((text + (whatIf.map { "\n### What if\n\n" + MarkdownText.codeBlock($0) } ?? "")).utf8)
        case let .text(bars):
            let text = TextReport.render(document, worksheet: worksheet, width: 80, bars: bars)
            return Data((text + (whatIf.map { "\n" + $0 } ?? "")).utf8)
        }
    }

    /// The bytes of the result document of `responses` in a format.
    public static func encode(
        worksheet: Worksheet, responses: Responses, format: Format = .json, completedAt: Date = Date()
    ) throws -> Data {
        try encode(ResultBuilder.document(worksheet: worksheet, responses: responses, completedAt: completedAt),
                   worksheet: worksheet, format: format)
    }

    /// Writes the result document of `responses` to `path` atomically (``AtomicFile``).
    public static func write(
        worksheet: Worksheet, responses: Responses, format: Format = .json, to path: String, completedAt: Date = Date()
    ) throws {
        try AtomicFile.write(encode(worksheet: worksheet, responses: responses, format: format, completedAt: completedAt),
                             to: path)
    }
}
