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

/// Whether a run can use the full-screen UI or must use plain line prompts.
enum TerminalMode: Equatable {
    /// Full-screen curses UI.
    case fullScreen
    /// Plain prompts; `note` is the one line to print first, if any.
    case plain(note: String?)

    /// Decides from the flags, the environment and whether stdin/stdout are terminals.
    static func decide(plainRequested: Bool, environment: [String: String], stdinIsTTY: Bool, stdoutIsTTY: Bool) -> TerminalMode {
        if plainRequested || !stdinIsTTY || !stdoutIsTTY { return .plain(note: nil) }
        let term = environment["TERM"] ?? ""
        if term.isEmpty || term == "dumb" {
            return .plain(note: "the terminal (TERM=\(term.isEmpty ? "unset" : term)) cannot show the full-screen UI; using plain prompts")
        }
        return .fullScreen
    }

    /// The current process's mode.
    static func current(
        plainRequested: Bool, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> TerminalMode {
        decide(
            plainRequested: plainRequested, environment: environment,
            stdinIsTTY: isatty(STDIN_FILENO) == 1, stdoutIsTTY: isatty(STDOUT_FILENO) == 1)
    }
}
