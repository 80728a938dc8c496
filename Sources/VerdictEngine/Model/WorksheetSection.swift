/// A named group of questions, e.g. "Team and experience".
public struct WorksheetSection: Sendable, Hashable, Identifiable {
    /// Stable kebab-case id.
    public var id: String
    /// Display title.
    public var title: String
    /// Optional sentence introducing the section.
    public var description: String
    /// The questions, in order.
    public var questions: [Question]

    /// Creates a section.
    public init(id: String, title: String, description: String = "", questions: [Question]) {
        self.id = id
        self.title = title
        self.description = description
        self.questions = questions
    }
}
