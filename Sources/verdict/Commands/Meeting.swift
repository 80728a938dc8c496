import ArgumentParser
import CursesTerminal
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import VerdictEngine
import VerdictUI

/// `verdict meeting [WORKSHEET] --members A,B,C`: a team decision meeting at one screen.
///
/// Full screen (curses) on a terminal, plain line prompts otherwise, chosen as for
/// `verdict run`. Every member's answer is recorded hidden; when all have answered the
/// answers are revealed and the facilitator sets the team's answer. The end is the team
/// results screen, which exports each member's result, the team JSON and a decision
/// record. Progress is autosaved under the session key `meeting-<worksheet id>`.
struct Meeting: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meeting",
        abstract: "Run a team decision meeting: hidden answers, reveal, agreed answers, team result.",
        usage: """
            verdict meeting serve [<worksheet>] [--listen HOST:PORT] [--code CODE]
                                  [--members A,B,...] [--export-folder DIR]
                                  [--resume] [--admit]
            verdict meeting [<worksheet>] --members <members> [--resume] [--fresh]
                            [--plain] [--export-folder <export-folder>]
                            [--theme <theme>]
            """,
        discussion: """
            Each member in turn picks their answer (never shown); when all have answered, the \
            answers are revealed and the facilitator sets the team's (Enter: the highlighted \
            one, n: none). The team results screen exports (e) each member's result JSON into \
            a folder, with team.json and decision.md (as meeting serve does). Progress is autosaved; \
            --resume continues. Plain prompts for pipes, TERM=dumb or --plain.
            Exit status: 0 done, 64 bad members, 65/66 worksheet problems, 73 cannot write, 130 aborted.
            Example: verdict meeting django-vs-flask --members Ana,Ben,Cy
            `verdict meeting serve` runs the meeting over SSH instead: every member at their own terminal.
            """,
        subcommands: [MeetingServe.self])

    /// The worksheet (id or path); default django-vs-flask.
    @Argument(help: "Worksheet id or path (default: django-vs-flask).",
              completion: CompletionCandidates.worksheets)
    var worksheet: String?

    /// The members, comma-separated.
    @Option(help: "The members, comma-separated, e.g. --members Ana,Ben,Cy (required on one terminal).")
    var members: String?

    @Flag(help: "Continue the unfinished meeting of these members without asking.")
    var resume = false

    @Flag(help: "Start over, ignoring any unfinished meeting.")
    var fresh = false

    @Flag(help: "Use plain line prompts instead of the full-screen UI.")
    var plain = false

    @Option(help: "Export folder (default ./verdict-meeting-<worksheet id>/); in plain mode the results are written there at the end.")
    var exportFolder: String?

    @Option(help: "Colour theme: auto, dark, light, mono, high-contrast.",
            completion: .list(ThemeChoice.allCases.map(\.rawValue)))
    var theme: String?

    func validate() throws {
        if resume && fresh { throw ValidationError("--resume and --fresh cannot be used together") }
        try PathOptions.refuseEmpty(["--export-folder": exportFolder])
        if let theme, ThemeChoice(name: theme) == nil {
            throw ValidationError("unknown theme '\(theme)'; expected auto, dark, light, mono or high-contrast")
        }
        if members != nil { _ = try names() }
    }

    /// The member names, checked: non-empty, visible, no duplicates (``PersonName/key(_:)``).
    func names() throws -> [String] {
        guard let members else { throw ValidationError("Missing expected argument '--members <members>'") }
        switch PersonName.roster(members) {
        case .success(let names): return names
        case .failure(let problem): throw ValidationError("--members " + problem.clause)
        }
    }

    // MARK: - Running

    func run() throws {
        let names = try names()
        try ErrorReporter.guarded {
            let settings = try SettingsLoader.load(flags: SettingFlags(
                worksheet: worksheet, theme: theme.flatMap { ThemeChoice(name: $0) }))
            let sheet = try settings.resolveWorksheet(in: settings.catalog())
            // A folder that cannot be made, or holds files already, is refused before the first
            // question (as run's --output); the default never reuses an earlier meeting's.
            if let exportFolder { try TeamExport.checkNewFolder(exportFolder) }
            let chosenTheme = settings.theme.value.theme(environment: ProcessInfo.processInfo.environment)
            let key = MeetingSnapshot.key(worksheetID: sheet.id)
            // One saved meeting per member set: other members never replace it (probe D7).
            let store = SessionStore.standard().keyed(key, for: sheet, respondent: names.joined(separator: ","))
            let lock = try takeLock(store, key)
            defer { lock?.release() }
            var notices: [String] = []
            var saved: SessionStore.Loaded?
            if lock != nil {
                do {
                    saved = try store.loadReporting(worksheetID: key)
                    if let notice = saved?.notice { notices.append(notice) }
                } catch {
                    notices.append("\(error)")
                }
            }
            var driver = MeetingDriver(
                worksheet: sheet, members: names, theme: chosenTheme, store: store, saved: saved,
                policy: resume ? .resume : (fresh ? .fresh : .ask), saving: lock != nil)
            driver.notices = notices
            driver.exportFolder = exportFolder ?? TeamExport.unusedFolder(TeamResultsState.meetingFolder(worksheetID: sheet.id))
            driver.keys = settings.keys.value
            driver.resumeCommand = "verdict meeting \(ShellWord.quote(settings.worksheet.value)) --members "
                + ShellWord.quote(names.joined(separator: ","))
                + (exportFolder.map { " --export-folder \(ShellWord.quote($0))" } ?? "") + " --resume"
            let code = driver.start(mode: TerminalMode.current(plainRequested: plain))
            if code != 0 { throw ExitCode(code) }
        }
    }

    /// The meeting's lock (as `verdict run` takes its session's).
    private func takeLock(_ store: SessionStore, _ key: String) throws -> SessionLock? {
        do {
            return try store.lock(worksheetID: key)
        } catch let error as SessionStoreError {
            ErrorReporter.say(error.description)
            if case .locked = error { throw VerdictExit.cannotWrite }
            ErrorReporter.say("continuing without autosave")
            return nil
        }
    }
}
