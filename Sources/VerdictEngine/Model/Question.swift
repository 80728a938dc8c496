/// How a question is asked and drawn.
public enum QuestionKind: String, Sendable, Hashable, CaseIterable {
    /// Two answers with ids `yes` and `no`.
    case yesno
    /// A list of named answers, pick one.
    case choice
    /// Ordered points on a scale (e.g. 1–5), drawn as a scale.
    case scale
}

/// One question of a worksheet.
public struct Question: Sendable, Hashable, Identifiable {
    /// Stable kebab-case id, used in answers files and results.
    public var id: String
    /// The question as asked.
    public var prompt: String
    /// Why it matters; shown on request.
    public var help: String
    /// yes/no, choice or scale.
    public var kind: QuestionKind
    /// How much the question counts (finite, ≥ 0).
    public var weight: Double
    /// Whether `score` refuses answers that leave it unanswered while visible.
    public var required: Bool
    /// Show the question only when this holds; nil means always shown.
    public var showWhen: Condition?
    /// Ids of worksheet sources backing the help text.
    public var sources: [String]
    /// The possible answers, in display order.
    public var answers: [Answer]

    /// Creates a question.
    public init(
        id: String, prompt: String, help: String = "", kind: QuestionKind, weight: Double = 1,
        required: Bool = false, showWhen: Condition? = nil, sources: [String] = [], answers: [Answer]
    ) {
        self.id = id
        self.prompt = prompt
        self.help = help
        self.kind = kind
        self.weight = weight
        self.required = required
        self.showWhen = showWhen
        self.sources = sources
        self.answers = answers
    }

    /// The answer with this id, if any.
    public func answer(_ id: String) -> Answer? { answers.first { $0.id == id } }
}
