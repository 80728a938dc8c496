import ArgumentParser
import Foundation
import VerdictEngine

/// The `verdict` command: decide between web frameworks with a weighted worksheet.
struct Verdict: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verdict",
        abstract: "Decide which web framework to build on, with a weighted worksheet.",
        discussion: """
            Run with no command to walk the default worksheet (django-vs-flask).
            Example: verdict score wakatime-2015 --answer api=yes --format json
            """,
        version: VerdictVersion.description,
        subcommands: [
            Run.self, Score.self, Validate.self, List.self, Team.self, Meeting.self, Schema.self, New.self, Config.self,
        ],
        defaultSubcommand: Run.self
    )

    /// Parses the command line with ArgumentParser and runs the command; usage errors
    /// become one `verdict: …` line and exit 64. (``VerdictEntry`` runs the everyday
    /// `verdict run` lines without this.)
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(after: error)
        }
    }

    /// Ends the process for an error from a command: an exit code passes through; other
    /// errors are reported in one line and exit with their code.
    static func exit(after error: any Error) -> Never {
        if let code = error as? ExitCode {
            // What `exit(withError:)` does for an exit code (it prints nothing), without
            // building ArgumentParser's help tables first.
            Foundation.exit(code.rawValue)
        }
        let code = exitCode(for: error)
        if error is CleanExit || code == .success {
            exit(withError: error)
        }
        let message = message(for: error).split(separator: "\n").first.map(String.init) ?? "invalid usage"
        let hint = code == VerdictExit.usage ? " (see 'verdict help')" : ""
        ErrorReporter.say(message.replacingOccurrences(of: "Error: ", with: "") + hint)
        exit(withError: code)
    }
}
