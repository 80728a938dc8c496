import VerdictEngine

/// The accessible, plain line-prompt mode (huh's accessible mode): the same walk as the
/// interactive screens as numbered prompts over injected input and output, for pipes,
/// `TERM=dumb`, `--plain` and screen readers. Every state is said in words; no box
/// drawing, no colour.
public struct PlainPrompter {
    private let worksheet: Worksheet
    private let scorer: Scorer
    private var responses: Responses
    private let readLine: () -> String?
    private let write: (String) -> Void
    private let autosave: (Responses, String?) -> Void
    private let startQuestionID: String?

    /// Creates a prompter. `write` receives whole lines including their newline (and the
    /// prompt text without one); `autosave` is called after every answer or skip with the
    /// responses and the question to resume at. `startAt` (a resumed session's question)
    /// is asked first when it is visible; otherwise the walk starts at question 1.
    public init(
        worksheet: Worksheet, responses: Responses, startAt: String? = nil, readLine: @escaping () -> String?,
        write: @escaping (String) -> Void, autosave: @escaping (Responses, String?) -> Void
    ) {
        self.worksheet = worksheet
        self.scorer = Scorer(worksheet: worksheet)
        self.responses = responses
        self.startQuestionID = startAt
        self.readLine = readLine
        self.write = write
        self.autosave = autosave
    }

    // MARK: - Running

    /// The question a resumed session should start at: the next visible one, or the one
    /// just answered when it was the last (as the full-screen session saves it).
    private func resumePoint(after question: Question, at nextIndex: Int) -> String {
        let visible = scorer.visibleQuestions(responses)
        return visible.indices.contains(nextIndex) ? visible[nextIndex].id : question.id
    }

    /// Walks every visible question, then prints the results.
    public mutating func run() -> PlainOutcome {
        say(UIText.line(worksheet.title))
        say(UIText.line(worksheet.description))
        say("Options: " + worksheet.options.map { UIText.line($0.name) }.joined(separator: ", ") + ".")
        say("Type a number or an answer id; ? explains the question, b goes back, s skips, q quits.")
        var index = startQuestionID.flatMap { id in scorer.visibleQuestions(responses).firstIndex { $0.id == id } } ?? 0
        if index > 0 {
            let answered = responses.answers.count
            say("Resuming at question \(index + 1) with \(answered) answer\(answered == 1 ? "" : "s") kept; b goes back to earlier ones.")
        }
        var lastSection: String?
        while true {
            let visible = scorer.visibleQuestions(responses)
            guard index < visible.count else { break }
            let question = visible[index]
            if let section = worksheet.section(containing: question.id), section.id != lastSection {
                say("")
                say("Section: " + UIText.line(section.title))
                lastSection = section.id
            }
            switch ask(question, number: index + 1, of: visible.count) {
            case .answered(let answer):
                responses.answers[question.id] = answer
                dropHiddenAnswers()
                index += 1
                autosave(responses, resumePoint(after: question, at: index))
            case .skipped:
                responses.answers[question.id] = nil
                dropHiddenAnswers()
                index += 1
                autosave(responses, resumePoint(after: question, at: index))
            case .back:
                if index == 0 {
                    say("This is the first question; there is nothing before it.")
                } else {
                    index -= 1
                }
                lastSection = nil
            case .quit:
                say("Stopped. Your answers so far are kept.")
                return .aborted(responses)
            case .endOfInput:
                say("")
                say("Input ended. Your answers so far are kept.")
                return .aborted(responses)
            }
        }
        say("")
        for line in PlainResultText.lines(for: scorer.score(responses), responses: responses, worksheet: worksheet) {
            say(line)
        }
        return .finished(responses)
    }

    // MARK: - One question

    private enum Reply {
        case answered(String), skipped, back, quit, endOfInput
    }

    private func ask(_ question: Question, number: Int, of count: Int) -> Reply {
        say("")
        say("Question \(number) of \(count): " + UIText.line(question.prompt))
        let given = responses.answers[question.id]
        for (index, answer) in question.answers.enumerated() {
            let mark = answer.id == given ? " (your answer)" : ""
            say("  \(index + 1). " + UIText.line(answer.label) + mark)
        }
        let range = "1 to \(question.answers.count)"
        let expected = "a number from \(range), an answer id (\(question.answers.map(\.id).joined(separator: ", "))), ?, b, s or q"
        while true {
            write("Answer (\(range), ? help, b back, s skip, q quit): ")
            guard let raw = readLine() else { return .endOfInput }
            let input = raw.trimmingWhitespace()
            switch input.lowercased() {
            case "?", "h", "help":
                let help = UIText.line(question.help)
                say("Why it matters: " + (help.isEmpty ? "this question has no help text." : help))
                continue
            case "b", "back": return .back
            case "s", "skip": return .skipped
            case "q", "quit": return .quit
            default: break
            }
            if let value = Int(input), question.answers.indices.contains(value - 1) {
                return .answered(question.answers[value - 1].id)
            }
            if let answer = question.answers.first(where: { $0.id == input.lowercased() }) {
                return .answered(answer.id)
            }
            let shown = input.isEmpty ? "nothing" : "“" + UIText.line(String(input.prefix(40))) + "”"
            say("You typed \(shown); expected \(expected).")
        }
    }

    private mutating func dropHiddenAnswers() {
        for question in worksheet.questions where responses.answers[question.id] != nil {
            if !scorer.isVisible(question, responses) { responses.answers[question.id] = nil }
        }
    }

    private func say(_ line: String) { write(line + "\n") }
}

private extension String {
    func trimmingWhitespace() -> String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
