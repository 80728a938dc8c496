import ArgumentParser
import CursesTerminal
import Foundation
import VerdictEngine
import VerdictUI

/// What one `verdict run` was asked to do, as plain values: filled in by ArgumentParser
/// (``Run``) or, for the common simple invocations, by ``QuickRun`` without it.
struct RunRequest: Equatable {
    /// A worksheet id or path; nil for the default worksheet.
    var worksheet: String?
    /// `--resume`: continue the unfinished session without asking.
    var resume = false
    /// `--fresh`: start over, ignoring any unfinished session.
    var fresh = false
    /// `--plain`: line prompts instead of the full-screen UI.
    var plain = false
    /// `--name`: the respondent recorded in the result.
    var name: String?
    /// `--output`: where to write the result JSON when done.
    var output: String?
    /// `--theme`: a theme name or `auto` (already validated).
    var theme: String?
    /// Hidden `--benchmark-frames`: draw this many frames off screen and report timings.
    var benchmarkFrames: Int?

    // MARK: - Running

    /// Runs the session; failures are reported on stderr and thrown as an exit code.
    /// Synchronous, so the fast path in `Verdict.main()` runs it on the main thread.
    func perform() throws {
        try ErrorReporter.guardedNow {
            // Read once: building the environment dictionary is not free.
            let environment = ProcessInfo.processInfo.environment
            let sheet = try WorksheetCatalog.standard(environment: environment).resolve(worksheet)
            let chosenTheme = theme.flatMap { $0 == "auto" ? nil : Theme.named($0) }
                ?? Theme.automatic(environment: environment)
            if let benchmarkFrames {
                try FrameBenchmark(worksheet: sheet, theme: chosenTheme, frames: benchmarkFrames).run()
                return
            }
            let store = SessionStore.standard(environment: environment)
            let lock = try takeLock(store, sheet.id)
            defer { lock?.release() }
            var notices: [String] = []
            let saved = lock == nil ? nil : loadSaved(store, sheet.id, notices: &notices)
            var driver = RunDriver(
                worksheet: sheet, theme: chosenTheme, store: store, saved: saved,
                respondent: name, output: output,
                policy: resume ? .resume : (fresh ? .fresh : .ask), saving: lock != nil)
            driver.notices = notices
            let code = driver.start(mode: TerminalMode.current(plainRequested: plain, environment: environment))
            if code != 0 { throw ExitCode(code) }
        }
    }

    /// The session's lock. Another process holding it ends the run (exit 73); a state
    /// folder that cannot be written only costs the autosave, so the run goes on.
    private func takeLock(_ store: SessionStore, _ worksheetID: String) throws -> SessionLock? {
        do {
            return try store.lock(worksheetID: worksheetID)
        } catch let error as SessionStoreError {
            ErrorReporter.say(error.description)
            if case .locked = error { throw VerdictExit.cannotWrite }
            ErrorReporter.say("continuing without autosave")
            return nil
        }
    }

    /// The saved snapshot, if any; damage is noted (shown in the session) and a snapshot
    /// that cannot be read at all is ignored.
    private func loadSaved(_ store: SessionStore, _ worksheetID: String, notices: inout [String]) -> SessionStore.Loaded? {
        do {
            let loaded = try store.loadReporting(worksheetID: worksheetID)
            if let notice = loaded?.notice { notices.append(notice) }
            return loaded
        } catch {
            notices.append("\(error)")
            return nil
        }
    }
}
