import Testing
import VerdictEngine
@testable import VerdictUI

/// The hot seat's results after an export: every later step is written into the same folder
/// at once (as `meeting serve` does), and the status row keeps the step's word.
@Suite struct HotSeatExportTests {
    let steps = MeetingHotSeatStepsTests()

    /// `a`, a note, Enter: accept the decision.
    func accept(_ state: inout MeetingState) -> [MeetingEffect] {
        [.character("a"), .character("o"), .character("k"), .enter].flatMap { MeetingSession.update(&state, $0) }
    }

    @Test func aStepAfterTheExportIsWrittenThereAtOnce() throws {
        var state = steps.results()
        let asked = MeetingSession.update(&state, .character("e")) + MeetingSession.update(&state, .enter)
        guard case let .export(folder, _, _)? = asked.last else {
            Issue.record("no export: \(asked)")
            return
        }
        let files = [folder + "ana.json", folder + "team.json", folder + "decision.md"]
        _ = MeetingSession.update(&state, .exported(folder: folder, files: files))
        let effects = accept(&state)
        #expect(state.decision.accepted && state.decision.note == "ok")
        #expect(effects.count == 2 && effects.last == .export(folder: folder, responses: state.memberResponses, decision: state.decision),
                "\(effects)")
        _ = MeetingSession.update(&state, .exported(folder: folder, files: files))
        #expect(state.results?.notice == "Decision accepted; the record says so.")
        #expect(state.results?.exportedTo == folder)
        // Before any export a step is only saved.
        var unexported = steps.results()
        #expect(!accept(&unexported).contains { if case .export = $0 { true } else { false } })
    }
}
