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
            view = server.refreshed(view)
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
}

extension MeetingServer {
    /// `view` brought up to date with the room (unchanged once the server has stopped).
    func refreshed(_ view: FacilitatorView) -> FacilitatorView {
        withRoom { room in
            var view = view
            view.update(from: room)
            return view
        } ?? view
    }

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
