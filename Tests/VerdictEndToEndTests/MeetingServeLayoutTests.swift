import Foundation
import Testing
import VerdictTestSupport

/// `verdict meeting serve` at 80×24 in tmux with the real OpenSSH client: the
/// facilitator's screen shows the `known_hosts` line whole and writes it to a file that
/// pins the host key for `ssh -o StrictHostKeyChecking=yes`; a member's ready count has a
/// row of its own under the footer.
@Suite(.serialized) struct MeetingServeLayoutTests {
    static var skipReason: String? { MeetingServeTests.skipReason }

    @Test(.enabled(if: skipReason == nil, "\(skipReason ?? "")"))
    func at80ColumnsTheKnownHostsLineIsWholeAndPinsTheKey() throws {
        let scratch = try ScratchFolders.make("meeting-80")
        let folder = scratch + "/out"
        let host = try TmuxPane(width: 80, height: 24)
        defer { host.close() }
        try host.command("\(VerdictBinary.path) meeting serve wakatime-2015 --listen 127.0.0.1:0 --code \(MeetingServeTests.code) "
            + "--members Ana,Ben --export-folder \(folder)")
        let screen = try host.waitFor("the invite", seconds: 20) { $0.contains("Join: ssh -p ") && $0.contains("Members (") }
        let line = try String(contentsOfFile: folder + "/known_hosts", encoding: .utf8).trimmingCharacters(in: .newlines)
        let key = try #require(line.split(separator: " ").last.map(String.init))
        #expect(line.contains("ssh-ed25519 AAAA") && key.count > 60)
        #expect(screen.contains(key), "the key is cut on the facilitator's screen:\n\(screen)")
        #expect(screen.contains("\(folder)/known_hosts"), "the file is not named on screen:\n\(screen)")
        let port = try #require(screen.split(separator: "\n").first { $0.contains("Join: ssh -p ") }
            .flatMap { $0.split(separator: " ").drop { $0 != "-p" }.dropFirst().first }.flatMap { Int($0) })

        // The file pins the key: OpenSSH with strict checking accepts the server by it.
        let member = try TmuxPane(width: 80, height: 24)
        defer { member.close() }
        try member.command("ssh -F /dev/null -o StrictHostKeyChecking=yes -o UserKnownHostsFile=\(folder)/known_hosts "
            + "-o LogLevel=ERROR -o ConnectTimeout=5 -o PubkeyAuthentication=no -o PreferredAuthentications=password "
            + "-p \(port) -t \(MeetingServeTests.code)@127.0.0.1")
        try member.waitFor("'s password:", seconds: 15)
        try member.command(MeetingServeTests.code)
        try member.waitFor("Who are you?", seconds: 15)
        try member.type("1")
        try member.waitFor("the welcome screen", seconds: 10) { !$0.contains("Who are you?") }
        try member.press("Enter")
        // The member's footer is whole; the ready count is on the last row, on its own.
        let question = try member.waitFor("the first question", seconds: 10) { $0.contains("Question 1 of") }
        let rows = question.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(question.contains("s skip  ? why"), "\(question)")
        #expect(rows.count >= 24 && rows[23].trimmingCharacters(in: .whitespaces) == "Meeting · 0 of 2 ready", "\(question)")
        try member.press("C-c")
        try host.type("q")
        try host.type("y")
        try host.waitFor("the shell again", seconds: 10) { $0.split(separator: "\n").last == "$" }
    }
}
