import CursesTerminal
import Foundation
import MeetingServer
import VerdictEngine
import VerdictUI

/// The facilitator's full-screen loop: polls the room a few times a second, draws
/// ``FacilitatorView``, and turns its commands into room calls. Ends on `q` (confirmed)
/// or SIGINT/SIGTERM/SIGHUP, stopping the server while the signal handlers are still in
/// place: a terminal closing sends SIGHUP twice (the kernel's, then the shell's), and the
/// second must not kill the process before every member's screen is restored.
struct FacilitatorScreen {
    let server: MeetingServer
    var view: FacilitatorView

    mutating func run() throws -> MeetingServer.Ending {
        let screen = CursesScreen()
        try screen.start(theme: Theme.automatic(environment: ProcessInfo.processInfo.environment))
        var hungUp = false
        defer { screen.stop(terminalGone: hungUp) }
        while true {
            refresh()
            let size = screen.size
            view.size = size
            screen.draw(Charset.$current.withValue(screen.charset) { view.render(width: size.width, height: size.height) })
            guard let input = screen.nextInput(timeoutMs: 200) else { continue }
            switch input {
            case let .signal(number):
                hungUp = number == SIGHUP
                return server.stop()
            case .resize: continue
            case let .key(key):
                guard let command = view.handle(key) else { continue }
                if command == .end { return server.stop() }
                server.carryOut(command)
            }
        }
    }

    private mutating func refresh() {
        let current = view
        if let latest = server.withRoom({ room in
            var view = current
            view.update(from: room)
            return view
        }) { view = latest }
    }
}

extension MeetingServer {
    /// Carries out a facilitator's command (but `.end`, which stops the server) in the room.
    func carryOut(_ command: FacilitatorView.Command) {
        _ = withRoom { room in
            switch command {
            case .reveal: room.reveal()
            case let .remove(slot): room.remove(slot: slot)
            case let .toggleObserver(slot): room.toggleObserver(slot: slot)
            case let .admit(accept): room.admitFirst(accept)
            case let .decide(decision): room.decide(decision)
            case .end: break
            }
        }
    }
}

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
            refresh()
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

    private mutating func refresh() {
        let current = view
        if let latest = server.withRoom({ room in
            var view = current
            view.update(from: room)
            return view
        }) { view = latest }
    }

    /// Whether standard input has a line (or its end) within `milliseconds`.
    private static func inputWaiting(milliseconds: Int32) -> Bool {
        var descriptor = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, milliseconds) > 0
    }
}
