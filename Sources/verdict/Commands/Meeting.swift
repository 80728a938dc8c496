import ArgumentParser
import Foundation
import VerdictEngine
import VerdictUI

/// `verdict meeting [WORKSHEET] --members A,B,C`: a team decision meeting at one terminal.
///
/// Runs the pure ``MeetingSession`` in plain line mode: each member types the number of
/// their answer, unechoed, while the others look away; the screen only ever shows who has
/// answered. When everyone has, the answers are revealed and the facilitator sets the
/// team's answer. (The full-screen curses front end is not wired yet.)
struct Meeting: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meeting",
        abstract: "Run a team decision meeting: hidden answers, reveal, agreed answers, team result.",
        discussion: """
            Each member in turn types the number of their answer (not shown on screen). When \
            all have answered, the answers are revealed and the facilitator types the number \
            of the answer the team agrees on (Enter: the highlighted one, n: none). \
            Exit status: 0 done, 64 bad members, 65/66 worksheet problems, 130 aborted.
            """)

    /// The worksheet (id or path); default django-vs-flask.
    @Argument(help: "Worksheet id or path (default: django-vs-flask).")
    var worksheet: String?

    /// The members, comma-separated.
    @Option(help: "The members, comma-separated, e.g. --members Ana,Ben,Cy.")
    var members: String

    func run() async throws {
        let names = members.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard !names.isEmpty, !names.contains(where: \.isEmpty) else {
            throw ValidationError("--members needs one or more names separated by commas")
        }
        guard Set(names.map { $0.lowercased() }).count == names.count else {
            throw ValidationError("--members lists a name twice")
        }
        try await ErrorReporter.guarded {
            let sheet = try WorksheetCatalog.standard().resolve(worksheet)
            var state = MeetingState(worksheet: sheet, members: names)
            while true {
                show(state)
                if state.phase == .results { return }
                guard let line = prompt(for: state) else { throw VerdictExit.aborted }
                for effect in apply(line, to: &state) {
                    if case let .quit(code) = effect, code != 0 { throw VerdictExit.aborted }
                    if case .quit = effect { return }
                }
            }
        }
    }

    // MARK: - Plain loop

    private func show(_ state: MeetingState) {
        let grid = MeetingRenderer.render(state, width: 80, height: state.phase == .results ? 200 : 24)
        let lines = (0..<grid.height).map { grid.line($0).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
        var text = lines.joined(separator: "\n")
        while text.hasSuffix("\n") { text.removeLast() }
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// Reads the next line; a member's answer is read without echo on a terminal.
    private func prompt(for state: MeetingState) -> String? {
        let text: String
        switch state.phase {
        case .collecting:
            text = "\(TextSanitizer.sanitize(state.members[state.memberIndex])), your answer number (hidden): "
        case .revealed:
            text = "Team answer number (Enter: highlighted, n: none, q: quit): "
        case .results:
            return nil
        }
        FileHandle.standardOutput.write(Data(text.utf8))
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
            FileHandle.standardOutput.write(Data("\n".utf8))
        }
        return line
    }

    /// Turns a typed line into keys for the session.
    private func apply(_ line: String, to state: inout MeetingState) -> [MeetingEffect] {
        let input = line.trimmingCharacters(in: .whitespaces).lowercased()
        if input == "q" { return MeetingSession.update(&state, .character("q")) }
        if input == "n", state.phase == .revealed { return MeetingSession.update(&state, .character("n")) }
        var keys: [Key] = []
        if input.isEmpty, state.phase == .revealed {
            keys = [.enter]
        } else if let number = Int(input), let question = state.question, (1...question.answers.count).contains(number) {
            keys = Array(repeating: .up, count: question.answers.count) + Array(repeating: .down, count: number - 1) + [.enter]
        } else {
            FileHandle.standardOutput.write(Data("Type a number from the list.\n".utf8))
            return []
        }
        var effects: [MeetingEffect] = []
        for key in keys { effects += MeetingSession.update(&state, key).filter { $0 != .bell } }
        return effects
    }
}
