#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import VerdictEngine

/// The `verdict` command: decide between web frameworks with a weighted worksheet.
@main
struct Verdict: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verdict",
        abstract: "Decide which web framework to build on, with a weighted worksheet.",
        discussion: """
            Run with no command to walk the default worksheet (django-vs-flask).
            Example: verdict score wakatime-2015 --answer api=yes --format json
            """,
        version: VerdictVersion.description,
        subcommands: [
            Run.self, Score.self, Test.self, Validate.self, List.self, Team.self, Meeting.self, Schema.self, New.self, Config.self,
        ],
        defaultSubcommand: Run.self
    )

    /// Runs the command; usage errors become one `verdict: …` line and exit 64.
    /// Plain `verdict` / `verdict run …` lines (see ``QuickRun``) skip ArgumentParser.
    static func main() {
        do {
            if let request = QuickRun.request(for: QuickRun.commandLineArguments()) {
                try request.perform()
                return
            }
            // `meeting` takes a worksheet as its first argument, so ArgumentParser would read
            // `serve` as one: the subcommand is picked here.
            let arguments = Array(CommandLine.arguments.dropFirst())
            var command: ParsableCommand
            if arguments.starts(with: ["meeting", "serve"]) {
                do {
                    command = try MeetingServe.parse(Array(arguments.dropFirst(2)))
                } catch where MeetingServe.exitCode(for: error) == .success {
                    MeetingServe.exit(withError: error)  // --help: the subcommand's own
                }
            } else {
                command = try parseAsRoot()
            }
            try command.run()
        } catch let code as ExitCode {
            // What `exit(withError:)` does for an exit code (it prints nothing), without
            // building ArgumentParser's help tables first.
            Self.terminate(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            if error is ExitCode || error is CleanExit || code == .success {
                exit(withError: error)
            }
            let text = message(for: error)
            // An ExitCode thrown from a `validate()` arrives wrapped and without a message:
            // its error line was written already (e.g. `score`'s unknown worksheet).
            if text.isEmpty && code != VerdictExit.usage { Self.terminate(code.rawValue) }
            let message = text.split(separator: "\n").first.map(String.init) ?? "invalid usage"
            let hint = code == VerdictExit.usage ? " (see 'verdict help')" : ""
            ErrorReporter.say(message.replacing("Error: ", with: "") + hint)
            exit(withError: code == .success ? VerdictExit.usage : code)
        }
    }

    /// Ends the process with `code` (the C library's `exit`, which the command's own
    /// `exit(withError:)` hides).
    private static func terminate(_ code: Int32) -> Never {
        #if canImport(Glibc)
        Glibc.exit(code)
        #elseif canImport(Musl)
        Musl.exit(code)
        #else
        Darwin.exit(code)
        #endif
    }
}
