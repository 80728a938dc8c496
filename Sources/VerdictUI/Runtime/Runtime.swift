/// The one program loop (bubbletea's `Program.Run`): it sends the terminal's size before
/// the first frame, maps input to events, calls the pure `update`, performs effects —
/// quit, suspend and bell itself, the rest through one injected handler whose outcomes
/// come back as events — renders, and hands the grid to the terminal, which draws the diff.
///
/// The same code runs `verdict run`, the hot-seat meeting, `team --tui`, and a remote
/// member's session on an SSH channel.
public enum Runtime<P: Program> {
    /// How a run ended, with the final state.
    public enum Ending {
        /// The program quit.
        case quit(QuitReason, P.State)
        /// The terminal asked to stop (a signal number; see ``TerminalInput/signal(_:)``).
        case signal(Int32, P.State)
    }

    /// How long one wait for input lasts before it is retried (signal flags are polled then).
    public static var pollMilliseconds: Int32 { 50 }

    /// Runs a program until it quits or the terminal asks it to stop, with screen text chosen
    /// for the terminal's ``Terminal/charset`` (``Charset/current`` is bound to it).
    /// - Parameters:
    ///   - state: the program's first state.
    ///   - terminal: where frames go and input comes from.
    ///   - perform: performs an effect the runtime does not handle itself (autosave,
    ///     export); returns the events reporting its outcome.
    public static func run(
        _ state: P.State, on terminal: any Terminal, perform: (P.Effect) -> [P.Event]
    ) -> Ending {
        Charset.$current.withValue(terminal.charset) { loop(state, on: terminal, perform: perform) }
    }

    private static func loop(
        _ state: P.State, on terminal: any Terminal, perform: (P.Effect) -> [P.Event]
    ) -> Ending {
        var state = state
        let size = terminal.size
        if let reason = apply(P.sizeEvent(width: size.width, height: size.height), to: &state, terminal, perform) {
            return .quit(reason, state)
        }
        draw(state, on: terminal)
        while true {
            guard let input = terminal.nextInput(timeoutMs: pollMilliseconds) else { continue }
            let event: P.Event
            switch input {
            case let .signal(number): return .signal(number, state)
            case let .resize(width, height): event = P.sizeEvent(width: width, height: height)
            case let .key(key): event = P.keyEvent(key)
            }
            if let reason = apply(event, to: &state, terminal, perform) { return .quit(reason, state) }
            if !terminal.hasPendingInput { draw(state, on: terminal) }
        }
    }

    /// Applies an event and every event its effects cause; returns the quit reason, if any.
    static func apply(
        _ first: P.Event, to state: inout P.State, _ terminal: any Terminal, _ perform: (P.Effect) -> [P.Event]
    ) -> QuitReason? {
        var queue = [first]
        while !queue.isEmpty {
            for effect in P.update(&state, queue.removeFirst()) {
                switch effect.command {
                case let .quit(reason):
                    return reason
                case .suspend:
                    terminal.suspend()
                    let size = terminal.size
                    queue.append(P.sizeEvent(width: size.width, height: size.height))
                case .bell:
                    terminal.bell()
                case nil:
                    queue += perform(effect)
                }
            }
        }
        return nil
    }

    private static func draw(_ state: P.State, on terminal: any Terminal) {
        let size = terminal.size
        terminal.draw(P.render(state, width: size.width, height: size.height))
    }
}
