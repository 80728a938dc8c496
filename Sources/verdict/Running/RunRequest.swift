import ArgumentParser
import CursesTerminal
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
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
        try ErrorReporter.guarded {
            // A result that could not be written is refused before the first question, not
            // after the last.
            if let output { try AtomicFile.checkWritable(output) }
            // Read once: building the environment dictionary is not free.
            let environment = ProcessEnvironment.current()
            // Flags > VERDICT_* / NO_COLOR > config file > defaults (see `verdict config`).
            let settings = try SettingsLoader.load(flags: SettingFlags(
                worksheet: worksheet, name: name, theme: theme.flatMap { ThemeChoice(name: $0) }),
                environment: environment)
            var catalog = settings.catalog(environment: environment)
            // Unchanged worksheets come from the cache: no parse before the first frame.
            catalog.cache = WorksheetCache.standard(environment: environment)
            let chosenTheme = settings.theme.value.theme(environment: environment)
            let mode = TerminalMode.current(plainRequested: plain, environment: environment)
            let saving = settings.autosave.value
            let sheet = try settings.resolveWorksheet(in: catalog)
            // Keyed by where the worksheet came from and who answers it (probe D6).
            let store = SessionStore.standard(environment: environment).keyed(for: sheet, respondent: settings.name.value)
            try OutputOverlap.refuse(output, flag: "--output", reading: [
                OutputOverlap.Input(sheet.origin, "the worksheet"),
                OutputOverlap.Input(store.path(worksheetID: sheet.id), "the saved session"),
                OutputOverlap.Input(store.backupPath(worksheetID: sheet.id), "the saved session's backup")])
            if let benchmarkFrames {
                try FrameBenchmark(worksheet: sheet, theme: chosenTheme, frames: benchmarkFrames).run()
                return
            }
            // With `autosave: false` nothing is saved, so no lock is needed either.
            var unsaved: String? = saving ? nil : "autosave is off"
            let lock = saving ? try takeLock(store, sheet.id, problem: &unsaved) : nil
            defer { lock?.release() }
            var notices: [String] = []
            if let shadowing = catalog.shadowNotice(for: sheet) { notices.append(shadowing) }
            let saved = lock == nil ? nil : loadSaved(store, sheet.id, notices: &notices)
            var driver = RunDriver(
                worksheet: sheet, theme: chosenTheme, store: store, saved: saved,
                respondent: settings.name.value, output: output,
                policy: resume ? .resume : (fresh ? .fresh : .ask), lock: lock)
            driver.notices = notices
            driver.unsavedReason = unsaved
            driver.keys = settings.keys.value
            driver.worksheetArgument = settings.worksheet.value
            let code = driver.start(mode: mode)
            if code != 0 { throw ExitCode(code) }
        }
    }

    /// The session's lock. Another process holding it ends the run (exit 73); a state
    /// folder that cannot be written only costs the autosave (`problem` says why), so the
    /// run goes on.
    private func takeLock(_ store: SessionStore, _ worksheetID: String, problem: inout String?) throws -> SessionLock? {
        do {
            return try store.lock(worksheetID: worksheetID)
        } catch let error as SessionStoreError {
            ErrorReporter.say(error.description)
            if case .locked = error { throw VerdictExit.cannotWrite }
            ErrorReporter.say("continuing without autosave")
            if case let .unwritable(path, reason) = error { problem = "\(path): \(reason)" } else { problem = "\(error)" }
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
