import FuzzSupport
import VerdictEngine

/// libFuzzer entry point: bytes → `WorksheetLoader().load(bytes:file:origin:)`.
///
/// A worksheet that loads is scored with no answers and with every first answer, so the
/// scorer meets whatever the loader lets through; a worksheet that fails must fail with
/// one-line, terminal-safe diagnostics.
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

/// Runs the scorer over a worksheet the loader accepted.
private func exercise(_ worksheet: Worksheet) {
    let scorer = Scorer(worksheet: worksheet)
    _ = scorer.score(Responses())
    var answers: [String: String] = [:]
    for question in worksheet.questions {
        if let first = question.answers.first { answers[question.id] = first.id }
    }
    _ = scorer.score(Responses(respondent: "fuzz", answers: answers))
}
