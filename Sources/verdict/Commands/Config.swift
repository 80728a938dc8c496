import ArgumentParser
import Foundation
import VerdictEngine

/// `verdict config`: the settings in force and where each came from.
struct Config: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show the settings in force and where each came from.",
        usage: """
            verdict config [--worksheet <worksheet>] [--name <name>]
                           [--theme <theme>]
            verdict config --path
            """,
        discussion: """
            Settings come from flags, then the environment (VERDICT_WORKSHEET,
            VERDICT_NAME, VERDICT_THEME; NO_COLOR forces the mono theme), then
            $XDG_CONFIG_HOME/verdict/config.yaml (default ~/.config/verdict),
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

    func run() async throws {
        try await ErrorReporter.guarded {
            if path {
                let location = ConfigLocation.path() ?? "(no HOME or XDG_CONFIG_HOME set)"
                print(TextSanitizer.sanitize(location))
                return
            }
            let flags = SettingFlags(worksheet: worksheet, name: name, theme: theme.flatMap { ThemeChoice(name: $0) })
            let settings = try SettingsLoader.load(flags: flags)
            FileHandle.standardOutput.write(Data(SettingsTable.render(settings).utf8))
        }
    }
}

/// Lays out effective settings as `KEY  VALUE  SOURCE` lines.
enum SettingsTable {
    /// The config file line, a blank line, then one line per setting. Paths inside `home`
    /// are shown as `~/…`.
    static func render(_ settings: Settings, home: String? = ProcessInfo.processInfo.environment["HOME"]) -> String {
        let file = settings.configPath.map { shorten($0, home) + (settings.configFound ? "" : " (not found)") }
            ?? "(none: no HOME or XDG_CONFIG_HOME set)"
        let rows: [(String, String, SettingSource)] = [
            ("worksheet", settings.worksheet.value, settings.worksheet.source),
            ("name", settings.name.value ?? "(not set)", settings.name.source),
            ("theme", settings.theme.value.rawValue, settings.theme.source),
            ("keys", settings.keys.value.rawValue, settings.keys.source),
            ("autosave", settings.autosave.value ? "true" : "false", settings.autosave.source),
            ("worksheetFolders", settings.worksheetFolders.value.isEmpty ? "(none)"
                : settings.worksheetFolders.value.map { shorten($0, home) }.joined(separator: ", "),
             settings.worksheetFolders.source),
        ]
        let values = rows.map { TextSanitizer.sanitize($0.1) }
        // Long values (several folders) overflow their column instead of widening it.
        let valueWidth = values.map(\.count).filter { $0 <= 30 }.max() ?? 0
        var lines = ["config file: \(file)", ""]
        for (row, value) in zip(rows, values) {
            let key = row.0.padding(toLength: 18, withPad: " ", startingAt: 0)
            let shown = value.count < valueWidth ? value.padding(toLength: valueWidth, withPad: " ", startingAt: 0) : value
            lines.append(key + shown + "  " + source(row.2, home))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Helpers

    private static func source(_ source: SettingSource, _ home: String?) -> String {
        if case let .file(path) = source { return "file " + shorten(path, home) }
        return TextSanitizer.sanitize(source.description)
    }

    /// A path with the home folder written `~`, sanitized for the screen.
    private static func shorten(_ path: String, _ home: String?) -> String {
        if let home, !home.isEmpty, home != "/", path.hasPrefix(home + "/") {
            return TextSanitizer.sanitize("~" + path.dropFirst(home.count))
        }
        return TextSanitizer.sanitize(path)
    }
}
