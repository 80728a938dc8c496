import FuzzSupport
import VerdictEngine
import VerdictUI

/// libFuzzer entry point: bytes → `FrameCodec.decode` (what `verdict run` reads from its
/// saved welcome frame, `~/.cache/verdict/frames/`, before it draws it).
///
/// A frame that decodes must hold exactly width × height cells, only terminal-safe text,
/// and come back unchanged through `encode` and `decode`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = FuzzInput.bytes(data, size)
    guard let grid = FrameCodec.decode(bytes[...]) else { return 0 }
    guard grid.cells.count == grid.width * grid.height else {
        fatalError("frame: \(grid.cells.count) cells for \(grid.width)×\(grid.height)")
    }
    FuzzInvariants.checkTerminalSafe(grid.text, what: "decoded frame")
    guard let again = FrameCodec.encode(grid), FrameCodec.decode(again[...]) == grid else {
        fatalError("frame: does not survive encode and decode")
    }
    return 0
}
