#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

import CursesTerminal
import VerdictEngine
import VerdictUI

/// `verdict team --tui`: the team results screen, full screen, for results gathered
/// beforehand. Needs a terminal; the export writes the members' results (rebuilt from
/// their answers), the team JSON and the decision record.
struct TeamResultsRunner {
    let worksheet: Worksheet
    let report: TeamReport
    let responses: [Responses]
    let theme: Theme
    /// The key bindings (config `keys`).
    let keys: KeyStyle

    /// Runs the screen; returns the exit code. Without a terminal: a usage error (64).
    func run() throws -> Int32 {
        if case .plain = TerminalMode.current(plainRequested: false) {
            ErrorReporter.say("--tui needs a terminal that can show the full-screen UI; leave out --tui for text")
            throw VerdictExit.usage
        }
        let screen = CursesScreen()
        try screen.start(theme: theme)
        defer { screen.stop() }
        // A folder of its own, as a meeting's: the default is numbered past earlier exports'.
        var state = TeamResultsState(
            report: report, responses: responses, defaultFolder: TeamExport.unusedFolder("./verdict-team-\(worksheet.id)/"))
        state.keys = keys
        let worksheet = worksheet
        var made: Set<String> = []
        let ending = Runtime<TeamResults>.run(state, on: screen) { effect in
            guard case let .export(folder, responses, _) = effect else { return [] }
            do {
                return [.exported(folder: folder, files: try TeamExport.write(worksheet: worksheet, responses: responses, folder: folder,
                                                                              made: &made))]
            } catch {
                return [.exportFailed(folder: folder, message: "\(error)")]
            }
        }
        switch ending {
        case let .signal(number, _):
            screen.stop(terminalGone: number == SIGHUP)
            return 128 + number
        case let .quit(reason, _):
            screen.stop()
            return reason.exitCode
        }
    }
}
