import Foundation
import Testing
import VerdictTestSupport
@testable import MeetingServer

/// The meeting's log has a bound: a peer opening connection after connection cannot fill
/// the disk through it (QA s6, security).
@Suite struct MeetingLogTests {
    @Test func aFullLogSaysSoOnceAndDropsTheRest() throws {
        let path = try ScratchFolders.make("meeting-log") + "/meeting.log"
        let log = MeetingLog(path: path, limit: 1_000)
        for index in 0..<500 { log.say("refused, too many connections from 127.0.0.\(index % 250)") }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let lines = text.split(separator: "\n")
        #expect(text.utf8.count <= 1_000 + 80, "\(text.utf8.count) bytes")
        #expect(lines.last?.hasSuffix("log full (1000 bytes): later lines are dropped") == true, "\(lines.last ?? "")")
        #expect(lines.filter { $0.contains("log full") }.count == 1)
        // Opened again (a --resume), it counts what is there already.
        MeetingLog(path: path, limit: 1_000).say("another line")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    }
}
