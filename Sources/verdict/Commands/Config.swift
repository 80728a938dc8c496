import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import VerdictEngine

/// `verdict config`: the settings in force and where each came from.
struct Config: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show the settings in force and where each came from.",
        usage: """
            verdict config [--worksheet <worksheet>] [--name <name>]
                           [--theme <theme>]
            verdict config --path
            """,
        discussion: """
            Settings come from flags, then the environment (VERDICT_WORKSHEET, \
            VERDICT_NAME, VERDICT_THEME; NO_COLOR forces the mono theme), then \
            $XDG_CONFIG_HOME/verdict/config.yaml (default ~/.config/verdict), \
            then the defaults. Exit status 65 when the config file is invalid.
            Keys: worksheet, name, theme, keys, autosave, worksheetFolders.
            Example: VERDICT_THEME=light verdict config --name Ada
            """)

    // MARK: - Options

    @Option(help: ArgumentHelp("The worksheet a command would use.", valueName: "worksheet"),
            completion: CompletionCandidates.worksheets)
    var worksheet: String?

    @Option(help: "The respondent name a command would use.")
    var name: String?

    @Option(help: ArgumentHelp("The theme a command would use: \(ThemeChoice.namesList).", valueName: "theme"),
            completion: .list(ThemeChoice.allCases.map(\.rawValue)))
    var theme: String?

    @Flag(help: "Print only the path of the config file.")
    var path = false

    func validate() throws {
        if let theme, ThemeChoice(name: theme) == nil {
            throw ValidationError("unknown theme '\(theme)'; expected one of \(ThemeChoice.namesList)")
        }
    }

    // MARK: - Running

    func run() throws {
        try ErrorReporter.guarded {
            if path {
                let location = ConfigLocation.path() ?? "(no HOME or XDG_CONFIG_HOME set)"
                print(TextSanitizer.sanitize(location))
                return
            }
            let flags = SettingFlags(worksheet: worksheet, name: name, theme: theme.flatMap { ThemeChoice(name: $0) })
            let settings = try SettingsLoader.load(flags: flags)
            StandardStream.output.write(SettingsTable.render(settings))
        }
    }
}
