import VerdictEngine

/// Default export file names: `./verdict-<worksheet-id>-<respondent or "result">.<ext>`.
public enum ExportPaths {
    /// The path offered in the export prompt.
    static func defaultPath(for state: SessionState, format: ExportFormat) -> String {
        let who = PathText.slug(state.responses.respondent)
        return "./verdict-\(state.worksheet.id)-\(who.isEmpty ? "result" : who).\(format.fileExtension)"
    }
}
