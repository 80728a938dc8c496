import FuzzSupport
import VerdictEngine
import VerdictUI

/// libFuzzer entry point: bytes → a stream of `KeyDecoder.decode` calls.
///
/// Each 5-byte record is one event from curses: a flag byte (bit 0: a key code rather than
/// a character) and a little-endian 32-bit code.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = FuzzInput.bytes(data, size)
    var index = 0
    while index + 5 <= bytes.count {
        let isKeyCode = bytes[index] & 1 == 1
        let code = (1...4).reduce(UInt32(0)) { $0 | UInt32(bytes[index + $1]) << (8 * UInt32($1 - 1)) }
        _ = KeyDecoder.decode(code, isKeyCode: isKeyCode)
        index += 5
    }
    return 0
}
