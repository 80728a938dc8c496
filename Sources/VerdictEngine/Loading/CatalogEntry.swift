/// One worksheet found on the search path, as `verdict list` shows it.
public struct CatalogEntry: Sendable, Hashable {
    /// The worksheet id (for a broken file: its file name without extension).
    public var id: String
    /// The title ("" when broken).
    public var title: String
    /// Option ids, in order (empty when broken).
    public var options: [String]
    /// Number of questions (0 when broken).
    public var questionCount: Int
    /// Where it was found: `bundled:ID` or a file path.
    public var origin: String
    /// The first problem, when the file is broken (nil when it loads).
    public var problem: String?
    /// Whether a worksheet with the same id later on the search path overrides this one.
    public var isShadowed: Bool
    /// Whether this file hides a built-in worksheet of the same id with other contents.
    public var replacesBuiltIn = false

    /// Creates an entry.
    public init(id: String, title: String, options: [String], questionCount: Int, origin: String,
                problem: String? = nil, isShadowed: Bool = false) {
        self.id = id
        self.title = title
        self.options = options
        self.questionCount = questionCount
        self.origin = origin
        self.problem = problem
        self.isShadowed = isShadowed
    }

    /// Whether the file failed to load.
    public var isBroken: Bool { problem != nil }
}
