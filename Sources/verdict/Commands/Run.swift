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
            let lock: SessionLock
            do {
                lock = try store.lock(worksheetID: sheet.id)
            } catch let error as SessionStoreError {
                ErrorReporter.say(error.description)
                throw VerdictExit.cannotWrite
            }
            defer { lock.release() }
            let saved = loadSaved(store, sheet.id)
            var driver = RunDriver(
                worksheet: sheet, theme: chosenTheme, store: store, saved: saved,
                respondent: name, output: output,
                policy: resume ? .resume : (fresh ? .fresh : .ask))
            let code = driver.start(mode: TerminalMode.current(plainRequested: plain))
            if code != 0 { throw ExitCode(code) }
        }
    }

    /// The saved snapshot, if any; a damaged one is reported and ignored.
    private func loadSaved(_ store: SessionStore, _ worksheetID: String) -> SessionStore.Loaded? {
        do {
            let loaded = try store.loadReporting(worksheetID: worksheetID)
            if let notice = loaded?.notice { ErrorReporter.say(notice) }
            return loaded
        } catch {
            ErrorReporter.say("\(error)")
            return nil
        }
    }
}
