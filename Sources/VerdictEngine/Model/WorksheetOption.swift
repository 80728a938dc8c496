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
    /// When the option first existed, `YYYY` or `YYYY-MM`, if given: `verdict test` leaves
    /// it out of a retrospective case decided before then.
    public var since: String?

    /// Creates an option.
    public init(id: String, name: String, summary: String = "", url: String? = nil, since: String? = nil) {
        self.id = id
        self.name = name
        self.summary = summary
        self.url = url
        self.since = since
    }

    /// Whether the option certainly existed at `date` (`YYYY` or `YYYY-MM`). A bare year means
    /// its start: a choice dated only "2018", in a block its author marked retrospective, may
    /// have been made before an option that appeared in December 2018, so that option is left out.
    public func existed(at date: String) -> Bool {
        guard let since else { return true }
        let decided = date.count == 4 ? date + "-01" : date
        let started = since.count == 4 ? since + "-01" : since
        return started <= decided
    }
}

/// Something a worksheet cannot recommend itself but can point to when the answers favour
/// it (e.g. FastAPI on a Django-or-Flask worksheet): "a way out of the options".
public struct WorksheetAlternative: Sendable, Hashable, Identifiable {
    /// Stable kebab-case id, used in answers' `signals`.
    public var id: String
    /// Display name.
    public var name: String
    /// One line on what it is good at.
    public var summary: String
    /// Home page, if given.
    public var url: String?
    /// Id of the worksheet that weighs it properly, if any.
    public var worksheet: String?

    /// Creates an alternative.
    public init(id: String, name: String, summary: String = "", url: String? = nil, worksheet: String? = nil) {
        self.id = id
        self.name = name
        self.summary = summary
        self.url = url
        self.worksheet = worksheet
    }
}
