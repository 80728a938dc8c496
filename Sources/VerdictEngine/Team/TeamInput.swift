/// One member's result file as read for a team merge: who answered, which worksheet
/// version, and the answers given — with the place in the file each came from.
///
/// The scores stored in the file are deliberately not kept: ``TeamMerger`` re-scores
/// every member from their answers.
public struct TeamInput: Sendable, Hashable {
    /// One answer read from the file.
    public struct AnsweredQuestion: Sendable, Hashable {
        /// Question id.
        public var question: String
        /// Answer id.
        public var answer: String
        /// Importance multiplier (1 when the file gives none).
        public var importance: Double
        /// Where the entry is in the file.
        public var location: SourceLocation

        /// Creates an answered question.
        public init(question: String, answer: String, importance: Double = 1, location: SourceLocation) {
            self.question = question
            self.answer = answer
            self.importance = importance
            self.location = location
        }
    }

    /// The file, as the user named it (or as found in a named folder).
    public var file: String
    /// The member's name.
    public var respondent: String
    /// Where the respondent's name is in the file.
    public var respondentLocation: SourceLocation
    /// Worksheet id the member answered.
    public var worksheetID: String
    /// Worksheet version the member answered.
    public var worksheetVersion: String
    /// Lower-case hex SHA-256 of the worksheet source the member answered.
    public var worksheetSHA256: String
    /// Where the worksheet block is in the file.
    public var worksheetLocation: SourceLocation
    /// The answers, in file order.
    public var answers: [AnsweredQuestion]

    /// Creates an input.
    public init(
        file: String, respondent: String, respondentLocation: SourceLocation? = nil,
        worksheetID: String, worksheetVersion: String, worksheetSHA256: String,
        worksheetLocation: SourceLocation? = nil, answers: [AnsweredQuestion]
    ) {
        self.file = file
        self.respondent = respondent
        self.respondentLocation = respondentLocation ?? SourceLocation(file: file, line: 1, column: 1)
        self.worksheetID = worksheetID
        self.worksheetVersion = worksheetVersion
        self.worksheetSHA256 = worksheetSHA256
        self.worksheetLocation = worksheetLocation ?? SourceLocation(file: file, line: 1, column: 1)
        self.answers = answers
    }

    /// A member's answers given directly (a meeting's, not read from a file), named `file`
    /// as the result file they are written to.
    public init(responses: Responses, file: String, worksheet: Worksheet) {
        self.init(
            file: file, respondent: responses.respondent, worksheetID: worksheet.id,
            worksheetVersion: worksheet.version, worksheetSHA256: worksheet.sha256,
            answers: responses.answers.map { question, answer in
                AnsweredQuestion(question: question, answer: answer, importance: responses.importance(of: question),
                                 location: SourceLocation(file: file, line: 1, column: 1))
            }.sorted { $0.question < $1.question })
    }

    /// The answers as ``Responses`` for the ``Scorer``.
    public var responses: Responses {
        var result = Responses(respondent: respondent)
        for entry in answers {
            result.answers[entry.question] = entry.answer
            if entry.importance != 1 { result.importance[entry.question] = entry.importance }
        }
        return result
    }
}
