import Foundation
import Testing
import VerdictTestSupport

/// When `VERDICT_BINARY` names a build to test (`.ci/run`'s release pass), the meeting's
/// end-to-end tests must run on that build's `verdict-meeting` too: a build without it
/// fails here instead of skipping them quietly.
@Suite struct MeetingServerBinaryTests {
    static let named = ProcessInfo.processInfo.environment["VERDICT_BINARY"] != nil

    @Test(.enabled(if: named, "VERDICT_BINARY is not set: the tests use the debug build, built with every product"))
    func theMeetingServerIsBuiltBesideTheBinaryUnderTest() {
        #expect(FileManager.default.isExecutableFile(atPath: MeetingServeTests.server),
                "no verdict-meeting beside \(VerdictBinary.path): build every product (swift build without --product)")
    }
}
