/// Checks answers and importance values against a worksheet and turns them into
/// ``Responses``; shared by answers files, result documents and `--answer` flags.
struct AnswersValidator {
    /// Where problems go.
    let sink: DiagnosticCollector
    /// The worksheet answered.
    let worksheet: Worksheet

    /// One `question → answer` pair as written.
    struct Given {
        /// The question id as written.
        var question: String
        /// The answer id as written (raw scalar text).
        var answer: String
        /// Where the question id is.
        var questionAt: SourcePosition
        /// Where the answer id is.
        var answerAt: SourcePosition
        /// Prefix for messages, e.g. `--answer api=maybe: ` (empty for files).
        var prefix: String = ""
    }

    /// One importance value as written.
    struct Weighting {
        /// The question id as written.
        var question: String
        /// The value node.
        var value: SourceNode
        /// Where the question id is.
        var questionAt: SourcePosition
        /// Prefix for messages.
        var prefix: String = ""
    }

    // MARK: - Checking

    /// Validates everything and returns the responses (check `sink` for problems).
    /// `missingAt` is where "required question unanswered" is reported.
    func validate(respondent: String, answers: [Given], importance: [Weighting],
                  missingAt: SourcePosition, missingHint: String) -> Responses {
        var responses = Responses(respondent: respondent)
        var positions: [String: (at: SourcePosition, prefix: String)] = [:]
        var guesses = Self.guesses
        for given in answers {
            guard let question = worksheet.question(given.question) else {
                sink.add(given.questionAt, given.prefix + unknownQuestion(given.question, guesses: &guesses))
                continue
            }
            if positions[question.id] != nil {
                sink.add(given.questionAt, given.prefix + "question '\(question.id)' is answered twice")
                continue
            }
            let answerID = Self.normalized(given.answer, for: question)
            guard question.answer(answerID) != nil else {
                sink.add(given.answerAt, given.prefix + "question '\(question.id)': unknown answer "
                    + "'\(TextSanitizer.sanitize(given.answer))' (answers are \(question.answers.map(\.id).joined(separator: ", ")))")
                continue
            }
            positions[question.id] = (given.questionAt, given.prefix)
            responses.answers[question.id] = answerID
        }
        readImportance(importance, into: &responses, guesses: &guesses)
        // Visibility of every question in one pass (the scorer's), not a walk up each
        // question's chain of conditions: quadratic on a 20,000-question chain.
        let compiled = worksheet.compiled
        let shown = compiled.visibility(compiled.choices(responses))
        for (index, question) in worksheet.questions.enumerated() {
            let visible = shown[index]
            if let (position, prefix) = positions[question.id], !visible, let condition = question.showWhen {
                let given = responses.answers[condition.question].map { "'\($0)'" } ?? "not answered"
                sink.add(position, prefix + "question '\(question.id)' is hidden: it is shown only when "
                    + "'\(condition.question)' is answered \(condition.answers.joined(separator: " or ")) (here: \(given))")
            } else if visible, question.required, responses.answers[question.id] == nil {
                sink.add(missingAt, "required question '\(question.id)' is not answered "
                    + "(answers are \(question.answers.map(\.id).joined(separator: ", ")))\(missingHint)")
            }
        }
        return responses
    }

    private func readImportance(_ items: [Weighting], into responses: inout Responses, guesses: inout Int) {
        let bounds = worksheet.importance
        let reader = FieldReader(sink: sink, limits: .standard)
        for item in items {
            guard worksheet.question(item.question) != nil else {
                sink.add(item.questionAt, item.prefix + "importance: " + unknownQuestion(item.question, guesses: &guesses))
                continue
            }
            if responses.importance[item.question] != nil {
                sink.add(item.questionAt, item.prefix + "importance: question '\(item.question)' is given twice")
                continue
            }
            if let value = reader.number(item.value, context: item.prefix + "importance", field: "'\(item.question)'",
                                         range: bounds.min...bounds.max) {
                responses.importance[item.question] = value
            }
        }
    }

    // MARK: - Helpers

    /// For yes/no questions, `yes`/`no`/`true`/`false` in any case map to `yes`/`no`.
    static func normalized(_ raw: String, for question: Question) -> String {
        guard question.kind == .yesno else { return raw }
        switch raw.lowercased() {
        case "yes", "true": return "yes"
        case "no", "false": return "no"
        default: return raw
        }
    }

    /// How many unknown question ids get a "did you mean": a guess is a pass over every
    /// question id (0.2 s for 20,000 ids of 64 characters), so 100,000 typos get three.
    static let guesses = 3

    /// `unknown question 'apy'; did you mean 'api'? (questions are api, size)`, while
    /// `guesses` last. The valid ids are quoted the first time only, after that a pointer to
    /// that line (100,000 unknown ids must not print the list 100,000 times).
    private func unknownQuestion(_ typed: String, guesses: inout Int) -> String {
        var text = "unknown question '\(TextSanitizer.sanitize(typed))'"
        if guesses > 0 {
            guesses -= 1
            if let guess = NearestName.suggestion(for: typed, among: worksheet.questions.map(\.id)) {
                text += "; did you mean '\(guess)'?"
            }
        }
        let known = sink.firstTime("questions") ? DiagnosticCap.list(worksheet.questions.map(\.id)) : "listed above"
        return text + " (questions are \(known))"
    }
}
