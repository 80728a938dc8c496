import Foundation
import FuzzSupport
import VerdictEngine

/// libFuzzer entry point: bytes → the result document decoder.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = FuzzInput.bytes(data, size)
    _ = try? JSONDecoder().decode(ResultDocument.self, from: Data(bytes))
    return 0
}
