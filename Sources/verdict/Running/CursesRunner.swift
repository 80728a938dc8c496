import CursesTerminal
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import VerdictEngine
import VerdictUI

/// The full-screen main loop: key → `Session.update` → effects → render → draw.
struct CursesRunner {
    /// How the loop ended.
    enum Ending: Equatable {
        /// The session quit with this exit code (0, or 130 for Ctrl-C).
        case quit(Int32, Responses)
        /// A signal arrived (its number).
        case signal(Int32)
    }

    let context: RunContext
    let screen: CursesScreen
    /// The key bindings in force (config `keys`).
    var keys = KeyStyle.standard
    /// How long one wait for a key lasts before signal flags are polled again.
    static let pollMilliseconds: Int32 = 50

    // MARK: - Loop

    /// Runs the session until it quits or a signal arrives. The screen must be started.
    func run(_ initial: SessionState) -> Ending {
        var state = initial
        drawFrame(state)
        while true {
            guard let input = screen.readEvent(timeoutMs: Self.pollMilliseconds) else { continue }
            let event: SessionEvent
            switch input {
            case let .signal(number):
                context.saveLatest()
                return .signal(number)
            case let .resize(width, height):
                event = .resize(width: width, height: height)
            case let .key(key):
                event = .key(keys.translate(key))
            }
            if let ending = handle(event, &state) { return ending }
            drawFrame(state)
        }
    }

    /// Applies an event and performs the effects it causes (which may feed more events).
    private func handle(_ first: SessionEvent, _ state: inout SessionState) -> Ending? {
        var queue = [first]
        while !queue.isEmpty {
            let event = queue.removeFirst()
            for effect in Session.update(&state, event) {
                switch effect {
                case let .autosave(responses, questionID):
                    if let message = context.autosave(responses, questionID: questionID) {
                        queue.append(.saveFailed(message: message))
                    }
                case let .export(format, path, responses):
                    queue.append(export(format, path, responses))
                case let .quit(code):
                    return .quit(code, context.latest)
                case .suspend:
                    screen.suspend()
                    let size = screen.size
                    queue.append(.resize(width: size.width, height: size.height))
                case .bell:
                    screen.bell()
                }
            }
        }
        return nil
    }

    private func export(_ format: ExportFormat, _ path: String, _ responses: Responses) -> SessionEvent {
        do {
            try context.export(responses, format: format == .json ? .json : .markdown, to: path)
            return .exported(path: path, format: format)
        } catch {
            return .exportFailed(path: path, message: "\(error)")
        }
    }

    /// Renders and draws a frame; returns it.
    @discardableResult
    private func drawFrame(_ state: SessionState) -> CellGrid {
        let size = screen.size
        let grid = ScreenRenderer.render(state, width: size.width, height: size.height)
        screen.draw(grid)
        return grid
    }
}
