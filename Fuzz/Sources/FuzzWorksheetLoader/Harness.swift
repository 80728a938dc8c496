import Foundation
import FuzzSupport
import VerdictEngine

/// libFuzzer entry point: bytes → `WorksheetLoader().load(bytes:file:origin:)`.
///
/// A worksheet that loads is scored (no answers, then every first answer), turned into a
/// result document and rendered as text and Markdown, so everything the loader lets
/// through meets the scorer and the reports; the reports must be terminal safe. A file
/// that fails must fail with one-line, terminal-safe diagnostics.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = FuzzInput.bytes(data, size)
    do {
        let worksheet = try WorksheetLoader().load(bytes: bytes, file: "fuzz.yaml", origin: "fuzz")
        exercise(worksheet)
    } catch {
        FuzzInvariants.checkError(error, from: "WorksheetLoader")
    }
    return 0
}

/// Runs the scorer and the reports over a worksheet the loader accepted.
private func exercise(_ worksheet: Worksheet) {
    var answers: [String: String] = [:]
    for question in worksheet.questions {
        if let first = question.answers.first { answers[question.id] = first.id }
    }
    for responses in [Responses(), Responses(respondent: "fuzz", answers: answers)] {
        let document = ResultBuilder.document(
            worksheet: worksheet, responses: responses, completedAt: Date(timeIntervalSince1970: 0))
        FuzzInvariants.checkTerminalSafe(TextReport.render(document, worksheet: worksheet, width: 40), what: "text report")
        _ = MarkdownReport.render(document, worksheet: worksheet)
    }
}
