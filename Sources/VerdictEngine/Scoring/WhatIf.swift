/// One hypothetical change of answer: "what if QUESTION were answered ANSWER?".
public struct AnswerChange: Sendable, Hashable {
    /// Question id.
    public var question: String
    /// The new answer id; nil leaves the question unanswered.
    public var answer: String?

    /// Creates a change.
    public init(question: String, answer: String?) {
        self.question = question
        self.answer = answer
    }
}

/// The result of applying answer changes: both reports and the changed responses.
public struct WhatIfOutcome: Sendable, Hashable {
    /// The responses as given.
    public var before: Responses
    /// The responses with the changes applied.
    public var after: Responses
    /// The score of the responses as given.
    public var beforeReport: ScoreReport
    /// The score with the changes applied.
    public var afterReport: ScoreReport
    /// The changes, in the order applied.
    public var changes: [AnswerChange]

    /// Creates an outcome.
    public init(
        before: Responses, after: Responses, beforeReport: ScoreReport, afterReport: ScoreReport,
        changes: [AnswerChange]
    ) {
        self.before = before
        self.after = after
        self.beforeReport = beforeReport
        self.afterReport = afterReport
        self.changes = changes
    }

    /// Whether the changes change the recommended option or its kind.
    public var changesVerdict: Bool { beforeReport.recommendation != afterReport.recommendation }
}

/// Applies hypothetical answer changes and scores before and after.
public struct WhatIf: Sendable {
    /// The worksheet scored against.
    public let worksheet: Worksheet
    private let scorer: Scorer

    /// Creates a what-if engine for one worksheet.
    public init(worksheet: Worksheet) {
        self.worksheet = worksheet
        self.scorer = Scorer(worksheet: worksheet)
    }

    /// The responses with the changes applied in order (a later change to the same
    /// question wins).
    public func applying(_ changes: [AnswerChange], to responses: Responses) -> Responses {
        var changed = responses
        for change in changes { changed.answers[change.question] = change.answer }
        return changed
    }

    /// Scores the responses as given and with the changes applied.
    public func apply(_ changes: [AnswerChange], to responses: Responses) -> WhatIfOutcome {
        let after = applying(changes, to: responses)
        return WhatIfOutcome(
            before: responses, after: after, beforeReport: scorer.score(responses), afterReport: scorer.score(after),
            changes: changes)
    }
}
