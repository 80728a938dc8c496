import FuzzSupport
import VerdictEngine

/// libFuzzer entry point: bytes → `AnswersReader().read(bytes:file:for:)` against the
/// default worksheet, then the scorer over whatever was accepted.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = FuzzInput.bytes(data, size)
    let worksheet = FuzzWorksheets.standard
    do {
        let responses = try AnswersReader().read(bytes: bytes, file: "answers.yaml", for: worksheet)
        _ = Scorer(worksheet: worksheet).score(responses)
    } catch {
        FuzzInvariants.checkError(error, from: "AnswersReader")
    }
    return 0
}
