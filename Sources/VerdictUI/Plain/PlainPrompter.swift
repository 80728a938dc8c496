import VerdictEngine

/// The accessible, plain line-prompt mode (huh's accessible mode): the same product as the
/// full-screen UI as numbered prompts over injected input and output, for pipes,
/// `TERM=dumb`, `--plain` and screen readers — answers (`y`/`n` on yes/no), importance,
/// review and edit, the results with their robustness, and what-if. Every state is said
/// in words; no box drawing, no colour.
public struct PlainPrompter {
    let worksheet: Worksheet
    let scorer: Scorer
    var responses: Responses
    let readLine: () -> String?
    let write: (String) -> Void
    private let autosave: (Responses, String?) -> Void
    private let startQuestionID: String?
    /// Why the answers are not saved (the state folder cannot be written, autosave is off),
    /// or nil while they are: said first, and again when the walk stops.
    public var unsavedReason: String?

    /// Creates a prompter. `write` receives whole lines including their newline (and the
    /// prompt text without one); `autosave` is called after every answer, skip or
    /// importance change with the responses and the question to resume at. `startAt` (a
    /// resumed session's question) is asked first when it is visible; otherwise the walk
    /// starts at question 1.
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

    /// Walks every visible question, prints the results, then offers review, what-if and
    /// finishing (Enter, `q` or the end of input).
    public mutating func run() -> PlainOutcome {
        say(UIText.line(worksheet.title))
        say(UIText.line(worksheet.description))
        say("Options: " + worksheet.options.map { UIText.line($0.name) }.joined(separator: ", ") + ".")
        say("Type a number or an answer id (y or n on yes/no questions); Enter keeps an answer you gave; "
            + "+ or - says how much a question matters; ? explains it; b goes back, s skips, r reviews, q quits.")
        if let unsavedReason {
            say("Answers cannot be saved (\(UIText.line(unsavedReason))); they are kept only until you quit.")
        }
        var index = startQuestionID.flatMap { id in scorer.visibleQuestions(responses).firstIndex { $0.id == id } } ?? 0
        if index > 0 {
            let answered = responses.answers.count
            say("Resuming at question \(index + 1) with \(answered) answer\(answered == 1 ? "" : "s") kept; b goes back to earlier ones.")
        }
        var then: Int?
        while true {
            switch walk(from: index, thenFrom: then) {
            case .stopped:
                say(unsavedReason == nil ? "Stopped. Your answers so far are kept." : "Stopped. Your answers were not saved.")
                return .stopped(responses)
            case .endOfInput:
                say("")
                say("Input ended. Your answers " + (unsavedReason == nil ? "so far are kept." : "were not saved."))
                return .aborted(responses)
            case .review(let at):
                let chosen = review()
                (index, then) = (chosen ?? at, chosen == nil ? nil : at)
                continue
            case .done:
                break
            }
            say("")
            PlainResultText.lines(for: scorer.score(responses), responses: responses, worksheet: worksheet).forEach(say)
            guard let chosen = afterResults() else { return .finished(responses) }
            (index, then) = (chosen, Int.max)
        }
    }

    // MARK: - The walk

    private enum WalkEnd { case done, review(at: Int), stopped, endOfInput }

    /// Asks the visible questions from `start` on. A question picked from the review is
    /// asked alone: once answered, the walk goes on from `thenFrom` (where the review was
    /// opened; `Int.max`: back to the results).
    private mutating func walk(from start: Int, thenFrom: Int?) -> WalkEnd {
        var index = start
        var lastSection: String?
        var then = thenFrom
        while true {
            let visible = scorer.visibleQuestions(responses)
            guard index < visible.count else { return .done }
            let question = visible[index]
            if let section = worksheet.section(containing: question.id), section.id != lastSection {
                say("")
                say("Section: " + UIText.line(section.title))
                lastSection = section.id
            }
            switch ask(question, number: index + 1, of: visible.count) {
            case .answered(let answer):
                responses.answers[question.id] = answer
            case .skipped:
                responses.answers[question.id] = nil
            case .back:
                if index == 0 {
                    say("This is the first question; there is nothing before it.")
                } else {
                    index -= 1
                }
                lastSection = nil
                then = nil
                continue
            case .review: return .review(at: index)
            case .quit: return .stopped
            case .endOfInput: return .endOfInput
            }
            dropHiddenAnswers()
            index += 1
            autosave(responses, resumePoint(after: question, at: index))
            if let next = then {
                (index, then, lastSection) = (next, nil, nil)
            }
        }
    }

    // MARK: - One question

    private enum Reply {
        case answered(String), skipped, back, review, quit, endOfInput
    }

    private mutating func ask(_ question: Question, number: Int, of count: Int) -> Reply {
        say("")
        say("Question \(number) of \(count): " + UIText.line(question.prompt))
        let given = responses.answers[question.id]
        for (index, answer) in question.answers.enumerated() {
            let mark = answer.id == given ? " (your answer)" : ""
            say("  \(index + 1). " + UIText.line(answer.label) + mark)
        }
        let level = ImportanceLevel(multiplier: responses.importance(of: question.id))
        if level != .normal { say("Importance: \(level.phrase).") }
        let range = "1 to \(question.answers.count)" + (question.kind == .yesno ? ", y or n" : "")
        let keep = given == nil ? "" : ", Enter keeps it"
        let expected = "a number from 1 to \(question.answers.count), an answer id (\(question.answers.map(\.id).joined(separator: ", ")))"
            + (given == nil ? "" : ", Enter to keep your answer") + ", +, -, ?, b, s, r or q"
        while true {
            write("Answer (\(range)\(keep), ? help, b back, s skip, q quit): ")
            guard let raw = readLine() else { return .endOfInput }
            let input = raw.trimmingWhitespace()
            switch input.lowercased() {
            case "":
                if let given { return .answered(given) }
            case "?", "h", "help":
                let help = UIText.line(question.help)
                say("Why it matters: " + (help.isEmpty ? "this question has no help text." : help))
                continue
            case "+", "-":
                changeImportance(of: question, up: input == "+")
                continue
            case "b", "back": return .back
            case "s", "skip": return .skipped
            case "r", "review": return .review
            case "q", "quit": return .quit
            case "y" where question.kind == .yesno && question.answer("yes") != nil: return .answered("yes")
            case "n" where question.kind == .yesno && question.answer("no") != nil: return .answered("no")
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

    /// `+` / `-`: how much the question matters (barely, normal, a lot), as in the full-screen UI.
    private mutating func changeImportance(of question: Question, up: Bool) {
        let current = ImportanceLevel(multiplier: responses.importance(of: question.id))
        guard let next = ImportanceLevel(rawValue: current.rawValue + (up ? 1 : -1)) else {
            say("Importance is already “\(current.phrase)”.")
            return
        }
        responses.importance[question.id] = next == .normal ? nil : next.multiplier(in: worksheet.importance)
        say("Importance: \(next.phrase).")
        autosave(responses, question.id)
    }

    private mutating func dropHiddenAnswers() {
        let shown = scorer.visibleIDs(responses)
        for question in worksheet.questions where responses.answers[question.id] != nil {
            if !shown.contains(question.id) { responses.answers[question.id] = nil }
        }
    }

    func say(_ line: String) { write(line + "\n") }
}

extension String {
    func trimmingWhitespace() -> String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
