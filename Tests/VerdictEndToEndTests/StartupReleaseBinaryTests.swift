import Foundation
import Testing
import VerdictTestSupport

/// The release binary's start-up properties (docs/install.md "What it builds on"): fully
/// static (no dynamic loader named in it) and without full Foundation (no CoreFoundation
/// inside), either of which would add about a millisecond to every launch. Checked only
/// when `VERDICT_BINARY` names a release build, as `.ci/run` does after the debug tests.
@Suite struct StartupReleaseBinaryTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["VERDICT_BINARY"] != nil,
                   "VERDICT_BINARY is not set (the debug build links the shared runtime)"))
    func releaseBinaryIsStaticAndLinksNoFullFoundation() throws {
        let path = try #require(ProcessInfo.processInfo.environment["VERDICT_BINARY"])
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(bytes.starts(with: [0x7F, 0x45, 0x4C, 0x46]), "not an ELF file")
        #expect(!Self.programHeaderTypes(bytes).contains(3), "has a PT_INTERP header: not a static executable")
        #expect(bytes.range(of: Data("CFRunLoop".utf8)) == nil, "contains CoreFoundation: full Foundation is linked")
        #expect(bytes.range(of: Data("FoundationEssentials".utf8)) != nil, "the search itself found nothing known")
    }

    /// The `p_type` of every ELF64 program header (3 is PT_INTERP, the dynamic loader).
    static func programHeaderTypes(_ bytes: Data) -> [UInt32] {
        func integer<T: FixedWidthInteger>(_ offset: Int, _: T.Type) -> T {
            bytes.subdata(in: offset..<offset + MemoryLayout<T>.size).withUnsafeBytes { T(littleEndian: $0.loadUnaligned(as: T.self)) }
        }
        guard bytes.count > 0x40 else { return [] }
        let offset = Int(integer(0x20, UInt64.self))
        let size = Int(integer(0x36, UInt16.self))
        let count = Int(integer(0x38, UInt16.self))
        guard offset + size * count <= bytes.count else { return [] }
        return (0..<count).map { integer(offset + $0 * size, UInt32.self) }
    }
}
