/// One candidate the worksheet decides between, e.g. Django.
public struct WorksheetOption: Sendable, Hashable, Identifiable {
    /// Stable kebab-case id, used in points maps and results.
    public var id: String
    /// Display name.
    public var name: String
    /// One-line summary shown on the welcome screen.
    public var summary: String
    /// Home page, if given.
    public var url: String?

    /// Creates an option.
    public init(id: String, name: String, summary: String = "", url: String? = nil) {
        self.id = id
        self.name = name
        self.summary = summary
        self.url = url
    }
}
