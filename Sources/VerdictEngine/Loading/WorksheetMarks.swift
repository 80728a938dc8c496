/// What the reference checker needs to know about a worksheet beyond the model: the
/// positions of ids and references, gathered by ``WorksheetBuilder``.
struct WorksheetMarks {
    /// Declared option ids, in order; nil until the options list was read.
    var optionIDs: [String]?
    /// Declared source ids; nil until the sources list was read (none declared = empty).
    var sourceIDs: Set<String> = []
    /// First position of every question id.
    var questionIDs: [String: SourcePosition] = [:]
    /// Questions seen so far (for the limit).
    var questionCount = 0
    /// Every `showWhen`, for the checks that need all questions.
    var conditions: [ConditionMark] = []
    /// Position of every option id.
    var optionPositions: [String: SourcePosition] = [:]
    /// Declared alternative ids (empty when none).
    var alternativeIDs: [String] = []
    /// Every answer id of each question with its position, in file order (a dozen at most:
    /// a list, not a dictionary per question).
    var answerPositions: [String: [(id: String, position: SourcePosition)]] = [:]
    /// Lint allowances by question id ("" for the worksheet's own).
    var lint: [String: LintAllowance] = [:]

    /// `lint: {allow, reason}` on a question or the worksheet.
    struct LintAllowance {
        /// Allowed rule ids.
        var rules: [String]
        /// Why.
        var reason: String
        /// Where the `lint` mapping starts.
        var position: SourcePosition
    }

    /// One `showWhen` and where its parts are.
    struct ConditionMark {
        /// The question the condition belongs to.
        var owner: String
        /// Where the `showWhen` mapping starts.
        var position: SourcePosition
        /// The question it names, and where.
        var target: String
        /// Position of the target id.
        var targetPosition: SourcePosition
        /// The answers it names, each with its position.
        var answers: [(id: String, position: SourcePosition)]
    }
}
