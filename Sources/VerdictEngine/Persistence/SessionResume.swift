/// What survives of a saved session when it is resumed against the worksheet as it is now.
public struct SessionResume: Sendable, Hashable {
    /// The answers and importance that still fit the worksheet.
    public var responses: Responses
    /// Where to continue: the saved question while it is visible, else the first unanswered
    /// one (else the last); nil only for a worksheet without visible questions.
    public var questionID: String?
    /// Question ids whose saved answer was dropped (the question or the answer is gone).
    public var dropped: [String]
    /// True when the worksheet's source changed since the snapshot was taken.
    public var worksheetChanged: Bool
    /// Why the saved respondent name was dropped (re-checked as `score --answers` checks
    /// it: the autosave is a file like any other), or nil when it was kept.
    public var respondentProblem: String?

    /// Reconciles a snapshot with the current worksheet. When the worksheet's sha256 is
    /// unchanged everything is kept; otherwise only answers whose question and answer ids
    /// still exist, and importance for questions that exist (clamped to the bounds).
    public init(snapshot: SessionSnapshot, worksheet: Worksheet) {
        worksheetChanged = snapshot.worksheetSHA256 != worksheet.sha256
        respondentProblem = snapshot.respondent.isEmpty ? nil : PersonName.problem(snapshot.respondent)
        var kept = Responses(respondent: respondentProblem == nil ? snapshot.respondent : "")
        var lost: [String] = []
        for (questionID, answerID) in snapshot.answers {
            if let question = worksheet.question(questionID), question.answer(answerID) != nil {
                kept.answers[questionID] = answerID
            } else {
                lost.append(questionID)
            }
        }
        for (questionID, value) in snapshot.importance where worksheet.question(questionID) != nil {
            guard value.isFinite else { continue }
            let bounds = worksheet.importance
            kept.importance[questionID] = Swift.min(Swift.max(value, bounds.min), bounds.max)
        }
        responses = kept
        dropped = lost.sorted()
        // A session left on the results (no question saved), or at a question now gone or
        // hidden, resumes at the first unanswered question (else the last), never at the
        // welcome and question 1 again.
        let visible = Scorer(worksheet: worksheet).visibleQuestions(kept).map(\.id)
        questionID = snapshot.questionID.flatMap { visible.contains($0) ? $0 : nil }
            ?? visible.first { kept.answers[$0] == nil } ?? visible.last
    }

    /// One line for the user about dropped answers or a dropped name, or nil when nothing
    /// was dropped. Ids and names come from the autosave, so the line is sanitized.
    public var notice: String? {
        var parts: [String] = []
        if !dropped.isEmpty {
            let noun = dropped.count == 1 ? "answer" : "answers"
            parts.append("the worksheet changed since this session was saved; dropped \(dropped.count) \(noun) "
                + "that no longer fit: \(DiagnosticCap.list(dropped))")
        }
        if let respondentProblem { parts.append("the saved name was dropped: it \(respondentProblem)") }
        return parts.isEmpty ? nil : TextSanitizer.sanitize(parts.joined(separator: "; "))
    }
}
