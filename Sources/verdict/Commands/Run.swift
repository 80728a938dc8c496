import ArgumentParser
import CursesTerminal
import Foundation
import VerdictEngine
import VerdictUI

/// `verdict run`: answer a worksheet in the full-screen UI (or plain prompts), with autosave.
struct Run: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Answer a worksheet interactively and see the verdict.",
        discussion: """
            Answers are saved after every change under $XDG_STATE_HOME/verdict (default
            ~/.local/state/verdict), so an interrupted run can be resumed. Plain line prompts
            are used when input or output is not a terminal, for TERM=dumb, or with --plain.
            """)

    // MARK: - Options

    @Argument(help: "A worksheet id or path (default: django-vs-flask).")
    var worksheet: String?

    @Flag(help: "Continue the unfinished session without asking.")
    var resume = false

    @Flag(help: "Start over, ignoring any unfinished session.")
    var fresh = false

    @Flag(help: "Use plain line prompts instead of the full-screen UI.")
    var plain = false

    @Option(help: "Your name, recorded in the result.")
    var name: String?

    @Option(help: "Write the result JSON to FILE when done.")
    var output: String?

    @Option(help: "Colour theme: auto, dark, light, mono, high-contrast.")
    var theme: String?

    @Option(help: .hidden)
    var benchmarkFrames: Int?

    func validate() throws {
        if resume && fresh { throw ValidationError("--resume and --fresh cannot be used together") }
        if let theme, theme != "auto", Theme.named(theme) == nil {
            throw ValidationError("unknown theme '\(theme)'; expected auto, dark, light, mono or high-contrast")
        }
        if let benchmarkFrames, benchmarkFrames < 1 { throw ValidationError("--benchmark-frames must be positive") }
    }

    // MARK: - Running

    func run() async throws {
        try await ErrorReporter.guarded {
            let sheet = try WorksheetCatalog.standard().resolve(worksheet)
            let chosenTheme = theme.flatMap { $0 == "auto" ? nil : Theme.named($0) }
                ?? Theme.automatic(environment: ProcessInfo.processInfo.environment)
            if let benchmarkFrames {
                try FrameBenchmark(worksheet: sheet, theme: chosenTheme, frames: benchmarkFrames).run()
                return
            }
            let store = SessionStore.standard()
            let lock = try takeLock(store, sheet.id)
            defer { lock?.release() }
            var notices: [String] = []
            let saved = lock == nil ? nil : loadSaved(store, sheet.id, notices: &notices)
            var driver = RunDriver(
                worksheet: sheet, theme: chosenTheme, store: store, saved: saved,
                respondent: name, output: output,
                policy: resume ? .resume : (fresh ? .fresh : .ask), saving: lock != nil)
            driver.notices = notices
            let code = driver.start(mode: TerminalMode.current(plainRequested: plain))
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
