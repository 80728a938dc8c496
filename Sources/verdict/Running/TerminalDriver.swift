import CursesTerminal
import VerdictUI

/// A command that runs full screen when it can and as plain line prompts otherwise
/// (`run` and `meeting` share this choice and its fallback).
protocol TerminalDriver {
    /// The colours and attributes for the full-screen mode.
    var theme: Theme { get }
    /// Runs as plain line prompts; returns the exit code.
    mutating func runPlain() -> Int32
    /// Runs on a started curses screen; returns the exit code.
    mutating func runFullScreen(_ screen: CursesScreen) -> Int32
}

extension TerminalDriver {
    /// Runs in the given mode and returns the exit code. When curses cannot start, says
    /// why in one line and falls back to plain prompts.
    mutating func start(mode: TerminalMode) -> Int32 {
        switch mode {
        case let .plain(note):
            if let note { ErrorReporter.say(note) }
            return runPlain()
        case .fullScreen:
            let screen = CursesScreen()
            do {
                try screen.start(theme: theme)
            } catch {
                ErrorReporter.say("\(error); using plain prompts")
                return runPlain()
            }
            defer { screen.stop() }
            return runFullScreen(screen)
        }
    }
}
