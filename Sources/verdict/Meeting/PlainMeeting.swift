#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import VerdictEngine
import VerdictUI

/// The meeting in plain line mode (pipes, TERM=dumb, --plain): each member types the
/// number of their answer, read without echo on a terminal; the facilitator types the
/// team's. At the end the team result is printed as text, and written into the export
/// folder when one was given.
struct PlainMeeting {
    let worksheet: Worksheet
    let exportFolder: String?
    let save: (MeetingProgress) -> Void
    /// Whether the results were written.
    private(set) var exported = false

    init(worksheet: Worksheet, exportFolder: String?, save: @escaping (MeetingProgress) -> Void) {
        self.worksheet = worksheet
        self.exportFolder = exportFolder
        self.save = save
    }

    /// Runs until the results (0), `q` (0) or the end of input (130).
    mutating func run(_ state: inout MeetingState) -> Int32 {
        while true {
            if state.phase == .results { return results(state) }
            show(state)
            guard let line = prompt(for: state) else { return QuitReason.aborted.exitCode }
            for effect in apply(line, to: &state) {
                switch effect {
                case let .autosave(progress): save(progress)
                case let .quit(reason): return reason.exitCode
                default: break
                }
            }
        }
    }

    // MARK: - Output

    private func write(_ text: String) { StandardStream.output.write(text) }

    private func show(_ state: MeetingState) {
        write(MeetingPlainText.render(state))
    }

    private mutating func results(_ state: MeetingState) -> Int32 {
        guard let results = state.results else {
            ErrorReporter.say(state.notice ?? "the answers could not be merged")
            return 65
        }
        if let headline = results.headline { write(headline + "\n\n") }
        write(TeamTextReport.render(results.report, width: 80))
        guard let exportFolder else { return 0 }
        do {
            let files = try TeamExport.write(worksheet: worksheet, responses: state.memberResponses, folder: exportFolder)
            exported = true
            write("\nWrote \(files.joined(separator: ", "))\n")
            return 0
        } catch {
            ErrorReporter.say("\(error)")
            return 73
        }
    }

    // MARK: - Input

    /// Reads the next line; a member's answer is read without echo on a terminal.
    private func prompt(for state: MeetingState) -> String? {
        switch state.phase {
        case .collecting:
            write("\(TextSanitizer.sanitize(state.members[state.memberIndex])), your answer number (hidden): ")
        case .revealed:
            write("Team answer number (Enter: highlighted, n: none, q: quit): ")
        case .results:
            return nil
        }
        let hidden = state.phase == .collecting && isatty(STDIN_FILENO) == 1
        var saved = termios()
        if hidden {
            tcgetattr(STDIN_FILENO, &saved)
            var quiet = saved
            quiet.c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(STDIN_FILENO, TCSANOW, &quiet)
        }
        let line = readLine()
        if hidden {
            tcsetattr(STDIN_FILENO, TCSANOW, &saved)
            write("\n")
        }
        return line
    }

    /// Turns a typed line into keys for the session.
    private func apply(_ line: String, to state: inout MeetingState) -> [MeetingEffect] {
        let input = line.trimmingSpaces().lowercased()
        var keys: [Key]
        if input == "q" {
            keys = [.character("q")]
        } else if input == "n", state.phase == .revealed {
            keys = [.character("n")]
        } else if input.isEmpty, state.phase == .revealed {
            keys = [.enter]
        } else if let number = Int(input), let question = state.question, (1...question.answers.count).contains(number) {
            keys = Array(repeating: .up, count: question.answers.count) + Array(repeating: .down, count: number - 1)
            keys.append(.enter)
        } else {
            write("Type a number from the list.\n")
            return []
        }
        var effects: [MeetingEffect] = []
        for key in keys { effects += MeetingSession.update(&state, key).filter { $0 != .bell } }
        return effects
    }
}
