/// A real, publicly documented project and the framework it chose, answered through the
/// worksheets from cited facts (`worksheets/cases/ID.yaml`, docs/worksheets.md "Cases").
public struct DocumentedCase: Sendable, Hashable, Identifiable {
    /// Kebab-case id, equal to the file name.
    public var id: String
    /// Display name of the project.
    public var project: String
    /// The project's home or repository.
    public var url: String
    /// The option (or alternative) id the project chose.
    public var chosen: String
    /// When the choice was made: `YYYY` or `YYYY-MM`.
    public var decided: String
    /// One or two sentences on the project.
    public var summary: String
    /// The facts the answers rest on.
    public var facts: [Fact]
    /// Answers per worksheet id, in file order.
    public var blocks: [Block]
    /// The file it was read from (or `bundled:cases/ID`), for diagnostics.
    public var file: String
    /// Where `chosen` is written.
    public var chosenAt: SourceLocation

    /// One cited fact.
    public struct Fact: Sendable, Hashable {
        /// Kebab-case id, unique in the file.
        public var id: String
        /// The fact in the author's words.
        public var text: String
        /// An http(s) URL.
        public var source: String
    }

    /// The answers the facts support for one worksheet.
    public struct Block: Sendable, Hashable {
        /// Worksheet id.
        public var worksheet: String
        /// True when the choice was made before the worksheet's newest option existed.
        public var retrospective: Bool
        /// The answers, in file order.
        public var answers: [CaseAnswer]
        /// Where the block's key is written.
        public var location: SourceLocation
    }

    /// One answer and the facts it rests on.
    public struct CaseAnswer: Sendable, Hashable {
        /// Question id.
        public var question: String
        /// Answer id.
        public var answer: String
        /// Ids of the facts it cites.
        public var facts: [String]
        /// Where the question id is written.
        public var questionAt: SourceLocation
        /// Where the answer id is written.
        public var answerAt: SourceLocation
    }

    /// The block for a worksheet, if the case answers it.
    public func block(for worksheet: String) -> Block? { blocks.first { $0.worksheet == worksheet } }

    /// The block's answers as responses (importance 1 everywhere: cases do not weigh).
    public func responses(for worksheet: String) -> Responses {
        var answers: [String: String] = [:]
        for answer in block(for: worksheet)?.answers ?? [] { answers[answer.question] = answer.answer }
        return Responses(respondent: project, answers: answers)
    }
}
