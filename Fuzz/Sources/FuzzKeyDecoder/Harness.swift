import FuzzSupport
import VerdictEngine
import VerdictUI

/// libFuzzer entry point: bytes → a stream of `KeyDecoder.decode` calls, each decoded key
/// fed through the UI session (`Session.update`) on the default worksheet.
///
/// The input is read as 5-byte records: a flag byte and a little-endian 32-bit code.
/// Flag bits 0–1 choose the record: 0 a character from curses, 1 a key code, 2 a resize
/// to (code & 0xFF) × (code >> 8 & 0xFF), 3 a render at that size. Every rendered screen
/// must be terminal safe. Export effects are answered with `exported`/`exportFailed`.
/// At most 48 records are read, so one input stays well inside libFuzzer's time limit.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = FuzzInput.bytes(data, size)
    var state = SessionState(worksheet: FuzzWorksheets.standard)
    var width = 80, height = 24
    var index = 0
    while index + 5 <= min(bytes.count, 5 * 48) {
        let flag = bytes[index]
        let code = (1...4).reduce(UInt32(0)) { $0 | UInt32(bytes[index + $1]) << (8 * UInt32($1 - 1)) }
        index += 5
        switch flag & 3 {
        case 0, 1:
            let key = KeyDecoder.decode(code, isKeyCode: flag & 3 == 1)
            answer(Session.update(&state, .key(key)), in: &state, failing: flag & 4 != 0)
        case 2:
            width = Int(code & 0xFF)
            height = Int(code >> 8 & 0xFF)
            answer(Session.update(&state, .resize(width: width, height: height)), in: &state, failing: false)
        default:
            check(ScreenRenderer.render(state, width: Int(code & 0xFF), height: Int(code >> 8 & 0x7F)))
        }
    }
    check(ScreenRenderer.render(state, width: width, height: height))
    return 0
}

/// Answers the effects the runtime would perform: exports succeed or fail, saves fail.
private func answer(_ effects: [SessionEffect], in state: inout SessionState, failing: Bool) {
    for effect in effects {
        switch effect {
        case let .export(format, path, _):
            _ = Session.update(&state, failing
                ? .exportFailed(path: path, message: "disk full")
                : .exported(path: path, format: format))
        case .autosave where failing:
            _ = Session.update(&state, .saveFailed(message: "disk full"))
        default:
            break
        }
    }
}

/// A rendered screen must hold only terminal-safe text.
private func check(_ grid: CellGrid) {
    FuzzInvariants.checkTerminalSafe(grid.text, what: "rendered screen")
}
