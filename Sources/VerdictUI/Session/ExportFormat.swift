/// The file formats the results screen can export.
public enum ExportFormat: String, Sendable, Hashable, CaseIterable {
    /// The result JSON document (DESIGN §6).
    case json
    /// A Markdown report for people.
    case markdown

    /// The file extension used in default export paths.
    public var fileExtension: String {
        switch self {
        case .json: "json"
        case .markdown: "md"
        }
    }

    /// A short name for messages ("JSON", "Markdown").
    public var displayName: String {
        switch self {
        case .json: "JSON"
        case .markdown: "Markdown"
        }
    }
}
