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
    public var options: [WorksheetOption]
    /// The sections, in order; each holds questions.
    public var sections: [WorksheetSection] { didSet { places = Self.places(sections) } }
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
        self.places = Self.places(sections)
        self.thresholds = thresholds
        self.importance = importance
        self.sources = sources
        self.alternatives = alternatives
        self.sha256 = sha256
        self.origin = origin
    }

    /// Every question in worksheet order, across sections.
    public var questions: [Question] { sections.flatMap(\.questions) }

    /// Where each question id is first found (section, position): ``question(_:)`` in
    /// constant time, since screens and reports look questions up one by one (a 20,000-
    /// question review looked each one up by walking the sections: seconds per frame).
    private var places: [String: Place]

    private struct Place: Sendable, Hashable {
        var section: Int
        var index: Int
    }

    private static func places(_ sections: [WorksheetSection]) -> [String: Place] {
        var places: [String: Place] = [:]
        for (section, part) in sections.enumerated() {
            for (index, question) in part.questions.enumerated() where places[question.id] == nil {
                places[question.id] = Place(section: section, index: index)
            }
        }
        return places
    }

    /// The question with this id, if any.
    public func question(_ id: String) -> Question? {
        guard let place = places[id] else { return nil }
        return sections[place.section].questions[place.index]
    }

    /// The option with this id, if any.
    public func option(_ id: String) -> WorksheetOption? { options.first { $0.id == id } }

    /// The section that holds the question with this id.
    public func section(containing questionID: String) -> WorksheetSection? {
        places[questionID].map { sections[$0.section] }
    }
}
