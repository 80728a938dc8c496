import CursesTerminal
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import VerdictUI

/// The full-screen loop of a pure screen (the meeting, the team results): render, wait
/// for a key, hand it over, draw again — until the handler returns an exit code or a
/// signal arrives.
struct ScreenLoop<State> {
    /// How the loop ended.
    enum Ending: Equatable {
        /// The screen quit with this exit code.
        case quit(Int32)
        /// A signal arrived (its number).
        case signal(Int32)
    }

    let screen: CursesScreen
    /// Draws a state at a size.
    let render: (State, Int, Int) -> CellGrid
    /// Applies a key; returns an exit code to stop.
    let handle: (inout State, Key) -> Int32?

    /// Runs until the handler or a signal ends it.
    func run(_ state: inout State) -> Ending {
        draw(state)
        while true {
            guard let input = screen.readEvent(timeoutMs: CursesRunner.pollMilliseconds) else { continue }
            switch input {
            case let .signal(number):
                return .signal(number)
            case .resize:
                break
            case let .key(key):
                if let code = handle(&state, key) { return .quit(code) }
            }
            draw(state)
        }
    }

    private func draw(_ state: State) {
        let size = screen.size
        screen.draw(render(state, size.width, size.height))
    }
}
