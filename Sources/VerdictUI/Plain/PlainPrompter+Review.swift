import VerdictEngine

/// The plain mode's review (every answer, pick one to change) and what-if, the line
/// counterparts of the review and what-if screens.
extension PlainPrompter {
    /// After the results: Enter, `q` or the end of input finish; `r` reviews; `w` tries
    /// a what-if. Returns the index of a question picked to change, nil to finish. Three
    /// unknown replies in a row also finish (input that is not meant for this prompt, such
    /// as `yes 1 | verdict run`, must not loop for ever).
    mutating func afterResults() -> Int? {
        say("")
        var unknown = 0
        while unknown < 3 {
            write("Enter or q finishes; r reviews and changes an answer; w tries a what-if: ")
            guard let input = readLine()?.trimmingWhitespace().lowercased() else { return nil }
            unknown += 1
            switch input {
            case "", "q", "quit": return nil
            case "r", "review":
                if let chosen = review() { return chosen }
                unknown = 0
            case "w", "what-if":
                whatIf()
                unknown = 0
            default: say("You typed “\(UIText.line(String(input.prefix(40))))”; expected Enter, q, r or w.")
            }
        }
        say("Finishing.")
        return nil
    }

    /// Lists every visible question with its answer and importance; returns the index of
    /// the one picked to change, or nil (Enter) to go back.
    func review() -> Int? {
        let visible = scorer.visibleQuestions(responses)
        say("")
        say("Your answers:")
        for (index, question) in visible.enumerated() {
            let answer = responses.answers[question.id].flatMap { question.answer($0) }.map { UIText.line($0.label) } ?? "(no answer)"
            let level = ImportanceLevel(multiplier: responses.importance(of: question.id))
            say("  \(index + 1). \(UIText.line(question.prompt)) — \(answer)" + (level == .normal ? "" : " (\(level.phrase))"))
        }
        for _ in 0..<3 {
            write("Change which question (1 to \(visible.count)), Enter to go back: ")
            guard let input = readLine()?.trimmingWhitespace(), !input.isEmpty else { return nil }
            if let number = Int(input), visible.indices.contains(number - 1) { return number - 1 }
            say("You typed “\(UIText.line(String(input.prefix(40))))”; expected a number from 1 to \(visible.count) or Enter.")
        }
        return nil
    }

    /// Tries other answers without changing yours: "3 2" answers question 3 with answer 2
    /// and says the verdict that would give.
    func whatIf() {
        let visible = scorer.visibleQuestions(responses)
        let before = scorer.score(responses).recommendation
        say("What if: type a question number and an answer number (e.g. “3 2”; see r for the numbers); Enter stops.")
        var unknown = 0
        while unknown < 3 {
            write("What if: ")
            guard let input = readLine()?.trimmingWhitespace(), !input.isEmpty else { return }
            let numbers = input.split(separator: " ").compactMap { Int($0) }
            guard numbers.count == 2, visible.indices.contains(numbers[0] - 1),
                  visible[numbers[0] - 1].answers.indices.contains(numbers[1] - 1) else {
                say("You typed “\(UIText.line(String(input.prefix(40))))”; expected a question number "
                    + "(1 to \(visible.count)), a space and an answer number, or Enter.")
                unknown += 1
                continue
            }
            unknown = 0
            let question = visible[numbers[0] - 1]
            let answer = question.answers[numbers[1] - 1]
            let outcome = WhatIf(worksheet: worksheet).apply([AnswerChange(question: question.id, answer: answer.id)], to: responses)
            let change = outcome.afterReport.recommendation == before ? "the same verdict" : "a different verdict"
            say("If “\(UIText.line(question.prompt))” were “\(UIText.line(answer.label))”: "
                + PlainResultText.verdict(outcome.afterReport, worksheet: worksheet) + " (\(change); your answers are unchanged)")
        }
    }
}
