import FuzzSupport
import VerdictEngine

/// libFuzzer entry point: bytes → `ResultFileParser().parse(bytes:file:)` (what
/// `verdict team` reads for every member), then `TeamMerger` against the default worksheet
/// for a result that parses, twice (as two members), and the team's text report.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = FuzzInput.bytes(data, size)
    let input: TeamInput
    do {
        input = try ResultFileParser().parse(bytes: bytes, file: "member.json")
    } catch {
        FuzzInvariants.checkError(error, from: "ResultFileParser")
        return 0
    }
    var second = input
    second.file = "second.json"
    do {
        let report = try TeamMerger(worksheet: FuzzWorksheets.standard).merge([input, second])
        FuzzInvariants.checkTerminalSafe(TeamTextReport.render(report, width: 60), what: "team report")
    } catch {
        FuzzInvariants.checkError(error, from: "TeamMerger")
    }
    return 0
}
