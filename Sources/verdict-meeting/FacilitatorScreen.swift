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
                _ = server.withRoom { room in
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

/// Without a terminal: prints the members' progress when it changes, reveals when all
/// are ready (the room does that itself), ends on SIGINT/SIGTERM/SIGHUP.
struct PlainFacilitator {
    let server: MeetingServer

    func run() -> MeetingServer.Ending {
        SignalFlags.install()
        defer { SignalFlags.uninstall() }
        var last = ""
        while SignalFlags.take() == nil {
            let line = server.withRoom { room in
                let members = room.members.map { "\($0.name) \($0.ready ? "ready" : "\($0.answered)/\($0.questions)")" }
                return (room.revealed ? "revealed · " : "") + (members.isEmpty ? "nobody yet" : members.joined(separator: ", "))
            } ?? ""
            if line != last {
                print("meeting: " + TextSanitizer.sanitize(line))
                fflush(nil)
                last = line
            }
            usleep(200_000)
        }
        return server.stop()
    }
}
