import VerdictEngine

/// Default export file names: `./verdict-<worksheet-id>-<respondent or "result">.<ext>`.
public enum ExportPaths {
    /// The path offered in the export prompt.
    static func defaultPath(for state: SessionState, format: ExportFormat) -> String {
        let who = slug(state.responses.respondent)
        return "./verdict-\(state.worksheet.id)-\(who.isEmpty ? "result" : who).\(format.fileExtension)"
    }

    /// Lower-case letters and digits, runs of anything else turned into one `-`
    /// (file-name safe; also used for the meeting's per-member result files).
    public static func slug(_ text: String) -> String {
        var out = ""
        for character in text.lowercased() {
            if character.isASCII, character.isLetter || character.isNumber {
                out.append(character)
            } else if !out.isEmpty, out.last != "-" {
                out.append("-")
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }
}
