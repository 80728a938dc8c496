import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import VerdictEngine
import VerdictUI

/// `verdict list`: the worksheets found on the search path, as a table at 80 columns.
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the worksheets Verdict can find.",
        discussion: """
            Search path: built-in worksheets, ./worksheets, $XDG_CONFIG_HOME/verdict/worksheets \
            (default ~/.config/verdict/worksheets). A file with the same id later on the path \
            overrides an earlier one. Broken files are listed with their first problem.
            The config key worksheetFolders adds folders (see verdict config).
            Example: verdict list
            """)

    func run() throws {
        try ErrorReporter.guarded {
            let entries = try SettingsLoader.load().catalog().entries().filter { !$0.isShadowed }
            var text = ListTable.render(entries, width: 80,
                                        currentDirectory: FileManager.default.currentDirectoryPath,
                                        home: ProcessInfo.processInfo.environment["HOME"])
            // A file that hides a built-in worksheet is said, not silent (probe D6).
            for entry in entries where entry.replacesBuiltIn {
                text += "note: \(TextSanitizer.sanitize(entry.origin)) replaces the built-in worksheet \(entry.id)\n"
            }
            StandardStream.output.write(text)
        }
    }
}

/// Lays out catalog entries as a plain-text table.
enum ListTable {
    /// One line per entry under a header, every line at most `width` columns.
    /// Paths are shown relative to `currentDirectory` (`./…`) or `home` (`~/…`) when inside them.
    static func render(_ entries: [CatalogEntry], width: Int, currentDirectory: String, home: String?) -> String {
        if entries.isEmpty { return "No worksheets found.\n" }
        let places = entries.map { shorten($0.origin, currentDirectory: currentDirectory, home: home) }
        let idWidth = min(24, max(2, entries.map { DisplayWidth.of(clean($0.id)) }.max() ?? 2))
        let whereWidth = min(28, max(5, places.map { DisplayWidth.of($0) }.max() ?? 5))
        let rest = max(16, width - idWidth - 3 - whereWidth - 8)
        let titleWidth = rest * 3 / 5
        let optionsWidth = rest - titleWidth
        var lines = [row([pad("ID", idWidth), pad("TITLE", titleWidth), pad("OPTIONS", optionsWidth), "  Q", "WHERE"],
                         width)]
        for (entry, place) in zip(entries, places) {
            let id = pad(clean(entry.id), idWidth)
            if let problem = entry.problem {
                let place = entry.origin.hasPrefix("bundled:") ? place
                    : file(entry.origin, currentDirectory: currentDirectory, home: home)
                let room = max(10, width - idWidth - 2 - DisplayWidth.of(place) - 3)
                lines.append(row([id, WordWrapper.truncate("broken: \(clean(problem))", width: room) + " (" + place + ")"], width))
            } else {
                let count = String(entry.questionCount)
                lines.append(row([
                    id, pad(clean(entry.title), titleWidth), pad(clean(entry.options.joined(separator: ",")), optionsWidth),
                    String(repeating: " ", count: max(0, 3 - count.count)) + count, truncateLeft(place, whereWidth),
                ], width))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Helpers

    /// Where an entry was found: `built-in`, or its folder (`./worksheets`, `~/.config/verdict/worksheets`).
    private static func shorten(_ origin: String, currentDirectory: String, home: String?) -> String {
        let cleaned = clean(origin)
        if cleaned.hasPrefix("bundled:") { return "built-in" }
        let folder = PathText.parent(cleaned)
        if folder == currentDirectory { return "." }
        if folder.hasPrefix(currentDirectory + "/") { return "." + folder.dropFirst(currentDirectory.count) }
        if let home, !home.isEmpty, folder.hasPrefix(home + "/") { return "~" + folder.dropFirst(home.count) }
        return folder
    }

    /// The file itself, shortened the same way (broken entries name their file).
    private static func file(_ origin: String, currentDirectory: String, home: String?) -> String {
        let cleaned = clean(origin)
        if cleaned.hasPrefix(currentDirectory + "/") { return "." + cleaned.dropFirst(currentDirectory.count) }
        if let home, !home.isEmpty, cleaned.hasPrefix(home + "/") { return "~" + cleaned.dropFirst(home.count) }
        return cleaned
    }

    /// `text` cut from the left to at most `width` columns, starting with `…` when cut.
    private static func truncateLeft(_ text: String, _ width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        var result = ""
        var used = 0
        for character in text.reversed() {
            let next = DisplayWidth.of(character)
            if used + next > width - 1 { break }
            result.insert(character, at: result.startIndex)
            used += next
        }
        return "…" + result
    }

    private static func clean(_ text: String) -> String { TextSanitizer.sanitize(text) }

    /// Cells joined by two spaces, cut to `width` columns with `…`.
    private static func row(_ cells: [String], _ width: Int) -> String {
        var line = WordWrapper.truncate(cells.joined(separator: "  "), width: width)
        while line.hasSuffix(" ") { line.removeLast() }
        return line
    }

    /// `text` cut or padded to exactly `width` columns.
    private static func pad(_ text: String, _ width: Int) -> String {
        let cut = WordWrapper.truncate(text, width: width)
        return cut + String(repeating: " ", count: max(0, width - DisplayWidth.of(cut)))
    }
}
