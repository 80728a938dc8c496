#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import VerdictEngine

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
            let key = padded(row.0, to: 18)
            let shown = padded(value, to: valueWidth)
            lines.append(key + shown + "  " + source(row.2, home))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The text with spaces added up to `width` characters (longer text unchanged).
    private static func padded(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
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
