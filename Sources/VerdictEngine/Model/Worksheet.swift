/// A weighted decision worksheet: the candidates, the questions and how each answer scores.
///
/// Built by ``WorksheetLoader`` from YAML or JSON (format version 1); every value has
/// been validated, so the scorer and the UI can trust it.
public struct Worksheet: Sendable, Hashable {
    /// The only format version this build reads.
    public static let formatVersion = 1

    /// Stable kebab-case identifier, e.g. `django-vs-flask`.
    public var id: String
    /// Human title, e.g. "Django or Flask?".
    public var title: String
    /// The worksheet's own version string (its author's, not the format's).
    public var version: String
    /// A paragraph saying what the worksheet decides and for whom.
    public var description: String
    /// The candidates, in the order the author listed them (two to eight).
    public var options: [WorksheetOption] { didSet { derived = Self.derive(options, sections) } }
    /// The sections, in order; each holds questions.
    public var sections: [WorksheetSection] { didSet { derived = Self.derive(options, sections) } }
    /// Margins that separate clear, lean and too-close results.
    public var thresholds: Thresholds
    /// The range a respondent may scale a question's importance within.
    public var importance: ImportanceBounds
    /// Where factual claims come from.
    public var sources: [WorksheetSource]
    /// What the worksheet can point to beyond its options (at most 4).
    public var alternatives: [WorksheetAlternative]
    /// Lower-case hex SHA-256 of the source bytes the worksheet was loaded from.
    public var sha256: String
    /// Where the worksheet was loaded from (a path, or `bundled:ID`).
    public var origin: String

    /// Creates a worksheet. Prefer ``WorksheetLoader``; this does not validate.
    public init(
        id: String, title: String, version: String, description: String,
        options: [WorksheetOption], sections: [WorksheetSection],
        thresholds: Thresholds = Thresholds(), importance: ImportanceBounds = ImportanceBounds(),
        sources: [WorksheetSource] = [], alternatives: [WorksheetAlternative] = [], sha256: String = "",
        origin: String = ""
    ) {
        self.id = id
        self.title = title
        self.version = version
        self.description = description
        self.options = options
        self.sections = sections
        self.derived = Self.derive(options, sections)
        self.thresholds = thresholds
        self.importance = importance
        self.sources = sources
        self.alternatives = alternatives
        self.sha256 = sha256
        self.origin = origin
    }

    /// Every question in worksheet order, across sections.
    public var questions: [Question] { derived.questions }

    /// The index-based form every scoring path shares (``Scorer``, ``SensitivityAnalyzer``,
    /// ``WhatIf``): compiled once here rather than once per scorer.
    var compiled: CompiledWorksheet { derived.compiled }

    /// What follows from the options and sections, rebuilt whenever they are set (like a
    /// cache, never stale): reading and scoring a 20,000-question worksheet flattened the
    /// sections and compiled the worksheet several times over, and looked questions up by
    /// walking the sections (seconds per frame on a review screen).
    private var derived: Derived

    private struct Derived: Sendable, Hashable {
        var questions: [Question]
        /// The section of each question, by its index in `questions`.
        var sectionOf: [Int]
        var compiled: CompiledWorksheet

        /// A function of the options and sections, which the worksheet's own equality compares.
        static func == (lhs: Derived, rhs: Derived) -> Bool { true }
        func hash(into hasher: inout Hasher) {}
    }

    private static func derive(_ options: [WorksheetOption], _ sections: [WorksheetSection]) -> Derived {
        let questions = sections.flatMap(\.questions)
        let sectionOf = sections.indices.flatMap { repeatElement($0, count: sections[$0].questions.count) }
        return Derived(questions: questions, sectionOf: sectionOf,
                       compiled: CompiledWorksheet(options: options, questions: questions))
    }

    /// The question with this id, if any.
    public func question(_ id: String) -> Question? {
        derived.compiled.indexByID[id].map { derived.questions[$0] }
    }

    /// The option with this id, if any.
    public func option(_ id: String) -> WorksheetOption? { options.first { $0.id == id } }

    /// The section that holds the question with this id.
    public func section(containing questionID: String) -> WorksheetSection? {
        derived.compiled.indexByID[questionID].map { sections[derived.sectionOf[$0]] }
    }
}
