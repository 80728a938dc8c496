#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

import CursesTerminal
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
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

    /// Runs the screen; returns the exit code. Without a terminal: a usage error (64).
    func run() throws -> Int32 {
        if case .plain = TerminalMode.current(plainRequested: false) {
            ErrorReporter.say("--tui needs a terminal that can show the full-screen UI; leave out --tui for text")
            throw VerdictExit.usage
        }
        let screen = CursesScreen()
        try screen.start(theme: theme)
        defer { screen.stop() }
        var state = TeamResultsState(
            report: report, responses: responses, defaultFolder: "./verdict-team-\(worksheet.id)/")
        let worksheet = worksheet
        let loop = ScreenLoop<TeamResultsState>(screen: screen, render: TeamResultsRenderer.render) { state, key in
            var queue: [TeamResultsEvent] = [.key(key)]
            while !queue.isEmpty {
                for effect in TeamResults.update(&state, queue.removeFirst()) {
                    switch effect {
                    case let .export(folder):
                        do {
                            let files = try TeamExport.write(worksheet: worksheet, responses: state.responses, folder: folder)
                            queue.append(.exported(folder: folder, files: files))
                        } catch {
                            queue.append(.exportFailed(folder: folder, message: "\(error)"))
                        }
                    case let .quit(code): return code
                    case .suspend: screen.suspend()
                    case .bell: screen.bell()
                    }
                }
            }
            return nil
        }
        switch loop.run(&state) {
        case let .signal(number):
            screen.stop(terminalGone: number == SIGHUP)
            return 128 + number
        case let .quit(code):
            screen.stop()
            return code
        }
    }
}
