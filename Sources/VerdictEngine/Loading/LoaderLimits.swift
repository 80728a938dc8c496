/// Size limits the loaders enforce before and while reading a file, so a hostile or
/// broken file fails fast with a clear error instead of exhausting memory or time.
public struct LoaderLimits: Sendable, Hashable {
    /// Largest accepted file, in bytes (checked before parsing).
    public var maxFileBytes: Int
    /// Deepest accepted nesting of mappings and sequences.
    public var maxDepth: Int
    /// Most questions in one worksheet.
    public var maxQuestions: Int
    /// Most answers to one question.
    public var maxAnswersPerQuestion: Int
    /// Most options in one worksheet.
    public var maxOptions: Int
    /// Longest accepted text, in Unicode scalars ("characters").
    public var maxStringLength: Int
    /// The kind of file these limits are for, when the size error should name it
    /// ("a worksheet": its limit is not the 10 MiB of answers and results).
    public var fileKind: String?

    /// Creates limits.
    public init(
        maxFileBytes: Int, maxDepth: Int, maxQuestions: Int, maxAnswersPerQuestion: Int,
        maxOptions: Int, maxStringLength: Int, fileKind: String? = nil
    ) {
        self.maxFileBytes = maxFileBytes
        self.maxDepth = maxDepth
        self.maxQuestions = maxQuestions
        self.maxAnswersPerQuestion = maxAnswersPerQuestion
        self.maxOptions = maxOptions
        self.maxStringLength = maxStringLength
        self.fileKind = fileKind
    }

    /// The limits every command uses: 10 MiB, depth 32, 20,000 questions, 12 answers per
    /// question, 8 options, 4,000 characters per string. Anchors and aliases are never
    /// accepted, whatever the limits.
    public static let standard = LoaderLimits(
        maxFileBytes: 10 * 1024 * 1024, maxDepth: 32, maxQuestions: 20_000,
        maxAnswersPerQuestion: 12, maxOptions: 8, maxStringLength: 4_000)

    /// The limits for worksheets: ``standard`` with files capped at 5 MiB. A worksheet is a
    /// questionnaire people read (the largest shipped one is about 60 KB), and libyaml alone
    /// parses about 30 MB/s here, so 5 MiB keeps every loadable worksheet, with full
    /// sensitivity, under the 0.5 s that `scripts/bench-score` holds it to, while 20,000
    /// questions (the question limit) each with a `showWhen` still fit (4.2 MB). Result, answer and
    /// case files keep 10 MiB: 20,000 answers with their reasons take about 7 MB.
    public static let worksheet: LoaderLimits = {
        var limits = standard
        limits.maxFileBytes = 5 * 1024 * 1024
        limits.fileKind = "a worksheet"
        return limits
    }()
}
