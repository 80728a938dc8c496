import VerdictEngine

/// The meeting in plain line mode (pipes, `TERM=dumb`, `--plain`) over injected input and
/// output: each member types the number of their answer (read hidden where the caller can),
/// the facilitator types the team's; at the end the team result is printed as text and
/// exported. It drives ``MeetingState`` through ``MeetingSession``'s own operations
/// (`answer`, `agree`) and hands every effect to the same handler the full-screen runtime uses.
public struct PlainMeeting {
    /// How a plain meeting ended.
    public enum Outcome: Sendable, Equatable {
        /// The results were printed and exported (these files) or the user quit (`q`).
        case finished(files: [String])
        /// `q` before the results: progress is kept.
        case stopped
        /// Input ended before the results.
        case aborted
        /// The answers could not be merged (the message).
        case notMerged(String)
        /// The export failed (the message).
        case exportFailed(String)
    }

    /// Reads a line, hidden (no echo) when the argument is true; nil at the end of input.
    let readLine: (_ hidden: Bool) -> String?
    /// Receives text to show (whole lines end in a newline; a prompt does not).
    let write: (String) -> Void
    /// Performs an effect (autosave, export) as the runtime's handler does; it says an
    /// autosave failure itself (plain mode has no status row).
    let perform: (MeetingEffect) -> [MeetingEvent]

    /// Creates a plain meeting over injected input, output and effect handler.
    public init(
        readLine: @escaping (_ hidden: Bool) -> String?, write: @escaping (String) -> Void,
        perform: @escaping (MeetingEffect) -> [MeetingEvent]
    ) {
        self.readLine = readLine
        self.write = write
        self.perform = perform
    }

    /// Runs the meeting from `state` until the results are exported, `q`, or the end of input.
    public func run(_ state: inout MeetingState) -> Outcome {
        while state.phase != .results {
            write(MeetingPlainText.render(state))
            guard let line = prompt(state) else {
                // Piped input echoes no Enter: what follows (how to continue) starts on a line of its own.
                write("\n")
                return .aborted
            }
            let input = line.trimmingSpaces().lowercased()
            let effects: [MeetingEffect]
            if input == "q" {
                return .stopped
            } else if state.phase == .revealed, input == "n" {
                effects = MeetingSession.agree(&state, nil)
            } else if state.phase == .revealed, input == "v" {
                effects = MeetingSession.revote(&state)
            } else if input == "b" {
                effects = MeetingSession.back(&state)
            } else if state.phase == .revealed, input.isEmpty {
                effects = MeetingSession.agree(&state, state.cursor)
            } else if let number = Int(input), number >= 1 {
                effects = state.phase == .collecting
                    ? MeetingSession.answer(&state, number - 1) : MeetingSession.agree(&state, number - 1)
            } else {
                effects = [.bell]
            }
            if effects == [.bell] { write("Type a number from the list.\n") }
            for effect in effects where effect != .bell { _ = perform(effect) }
        }
        return results(&state)
    }

    private func prompt(_ state: MeetingState) -> String? {
        if state.phase == .collecting {
            write("\(TextSanitizer.sanitize(state.members[state.memberIndex])), your answer number (hidden): ")
            return readLine(true)
        }
        write("Team answer number (Enter: highlighted, n: none, v: re-vote, b: back, q: quit): ")
        return readLine(false)
    }

    /// The team result, the facilitator's "decision accepted" step (a typed note, `-` for
    /// none; Enter or the end of input leaves it proposed; not offered while the result is
    /// too close to call), then the export.
    private func results(_ state: inout MeetingState) -> Outcome {
        guard let results = state.results else { return .notMerged(state.notice ?? "the answers could not be merged") }
        if let headline = results.headline { write(headline + "\n\n") }
        write(TeamTextReport.render(results.report, width: 80))
        if !MeetingDecision.canAccept(results.report.recommendation) {
            // Nothing chosen, so nothing to accept: the record stays proposed.
            write("\n" + MeetingDecision.nothingToAccept + "\n")
        } else {
            write("\nAccept the decision? Type a note (- for none); Enter leaves it proposed: ")
            if let line = readLine(false)?.trimmingSpaces(), !line.isEmpty {
                _ = MeetingSession.accept(&state, note: line == "-" ? nil : line)
                write("Decision accepted.\n")
            } else {
                write("\n")
            }
        }
        for event in perform(.export(folder: state.exportFolder, responses: state.memberResponses, decision: state.decision)) {
            switch event {
            case let .exported(_, files):
                write("\nWrote \(files.joined(separator: ", "))\n")
                return .finished(files: files)
            case let .exportFailed(_, message):
                return .exportFailed(message)
            default:
                continue
            }
        }
        return .finished(files: [])
    }
}
