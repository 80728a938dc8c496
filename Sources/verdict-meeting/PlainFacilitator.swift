import CursesTerminal
import Foundation
import MeetingServer
import VerdictEngine
import VerdictUI

/// Without a full screen (`TERM=dumb`, pipes): prints the members' progress when it changes,
/// and reads the full screen's commands as lines (``FacilitatorView/handle(line:)``: r
/// reveals, q ends, each asking first as there), as `verdict run` turns to plain prompts; the
/// end of input only stops the reading. Ends on q or SIGINT/SIGTERM/SIGHUP.
struct PlainFacilitator {
    let server: MeetingServer
    var view: FacilitatorView

    mutating func run() -> MeetingServer.Ending {
        SignalFlags.install()
        defer { SignalFlags.uninstall() }
        if isatty(0) == 1 { say(FacilitatorView.plainCommands) }
        var last = ""
        var reading = true
        while SignalFlags.take() == nil {
            let line = server.withRoom { room in
                let members = room.members.map { "\($0.name) \($0.ready ? "ready" : "\($0.answered)/\($0.questions)")" }
                let waiting = room.waiting.isEmpty ? "" : " · waiting to join: " + room.waiting.joined(separator: ", ") + " (a admits, d refuses)"
                return (room.revealed ? "revealed · " : "") + (members.isEmpty ? "nobody yet" : members.joined(separator: ", ")) + waiting
            } ?? ""
            if line != last {
                say("meeting: " + TextSanitizer.sanitize(line))
                last = line
            }
            guard reading, Self.inputWaiting(milliseconds: 200) else {
                if !reading { usleep(200_000) }
                continue
            }
            guard let typed = readLine() else {
                reading = false
                continue
            }
            view = server.refreshed(view)
            let (command, reply) = view.handle(line: typed)
            if command == .end { return server.stop() }
            if let command { server.carryOut(command) }
            if let reply { say(reply) }
        }
        return server.stop()
    }

    private func say(_ line: String) {
        print(line)
        fflush(nil)
    }

    /// Whether standard input has a line (or its end) within `milliseconds`.
    private static func inputWaiting(milliseconds: Int32) -> Bool {
        var descriptor = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, milliseconds) > 0
    }
}
