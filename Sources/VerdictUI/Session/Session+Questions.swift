import VerdictEngine

// MARK: - Walking the questions

extension Session {
    /// Welcome → the first visible question.
    static func startQuestions(_ state: inout SessionState) -> [SessionEffect] {
        guard let first = state.report.visibleQuestions.first else {
            openReview(&state, selecting: nil)
            return []
        }
        state.enter(question: first)
        return []
    }

    /// Keys of the question screen.
    static func questionAction(_ action: KeyAction, key: Key, in state: inout SessionState) -> [SessionEffect] {
        guard let question = state.currentQuestion else { return [.bell] }
        switch action {
        case .confirm:
            guard question.answers.indices.contains(state.answerCursor) else { return [.bell] }
            return answer(question, with: question.answers[state.answerCursor].id, in: &state)
        case .pickNumber:
            guard case .character(let character) = key, let number = character.wholeNumberValue,
                  question.answers.indices.contains(number - 1) else { return [.bell] }
            return answer(question, with: question.answers[number - 1].id, in: &state)
        case .pickYes, .pickNo:
            let id = action == .pickYes ? "yes" : "no"
            guard question.kind == .yesno, question.answer(id) != nil else { return [.bell] }
            return answer(question, with: id, in: &state)
        case .back:
            goBack(from: question, in: &state)
            return []
        case .forward:
            advance(from: question, in: &state)
            return []
        case .skip:
            var responses = state.responses
            responses.answers[question.id] = nil
            state.replaceResponses(responses)
            advance(from: question, in: &state)
            return [.autosave(state.responses, questionID: state.questionID)]
        case .toggleHelpText:
            state.showsHelpText.toggle()
            state.scroll = 0
            return []
        case .toggleScores:
            state.showsScores.toggle()
            return []
        case .importanceUp, .importanceDown:
            return changeImportance(of: question, up: action == .importanceUp, in: &state)
        default:
            return [.bell]
        }
    }

    // MARK: - Answering

    private static func answer(_ question: Question, with answerID: String, in state: inout SessionState) -> [SessionEffect] {
        var responses = state.responses
        responses.answers[question.id] = answerID
        dropHiddenAnswers(from: &responses, scorer: state.scorer)
        state.replaceResponses(responses)
        advance(from: question, in: &state)
        return [.autosave(state.responses, questionID: state.questionID ?? question.id)]
    }

    /// Removes answers to questions a changed answer has hidden, so they neither score
    /// nor appear in exports (the scorer ignores them anyway).
    private static func dropHiddenAnswers(from responses: inout Responses, scorer: Scorer) {
        let shown = scorer.visibleIDs(responses)
        for question in scorer.worksheet.questions where responses.answers[question.id] != nil {
            if !shown.contains(question.id) { responses.answers[question.id] = nil }
        }
    }

    private static func advance(from question: Question, in state: inout SessionState) {
        if state.returnsToReview {
            openReview(&state, selecting: question.id)
            return
        }
        let all = state.worksheet.questions
        guard let position = all.firstIndex(where: { $0.id == question.id }) else { return }
        let shown = state.scorer.visibleIDs(state.responses)
        let later = all[(position + 1)...].first { shown.contains($0.id) }
        if let later {
            state.enter(question: later.id)
        } else {
            openReview(&state, selecting: nil)
            state.reviewCursor = state.report.visibleQuestions.count
            state.say("That was the last question. Check your answers, then open the results.")
        }
    }

    private static func goBack(from question: Question, in state: inout SessionState) {
        let all = state.worksheet.questions
        guard let position = all.firstIndex(where: { $0.id == question.id }) else { return }
        let shown = state.scorer.visibleIDs(state.responses)
        let earlier = all[..<position].last { shown.contains($0.id) }
        if let earlier {
            state.enter(question: earlier.id)
        } else {
            state.screen = .welcome
            state.scroll = 0
            state.returnsToReview = false
        }
    }

    // MARK: - Importance

    private static func changeImportance(of question: Question, up: Bool, in state: inout SessionState) -> [SessionEffect] {
        let current = ImportanceLevel(multiplier: state.responses.importance(of: question.id))
        let next = ImportanceLevel(rawValue: current.rawValue + (up ? 1 : -1))
        guard let next else {
            state.say("Importance is already “\(current.phrase)”.")
            return [.bell]
        }
        var responses = state.responses
        responses.importance[question.id] = next == .normal ? nil : next.multiplier(in: state.worksheet.importance)
        state.replaceResponses(responses)
        state.say("This question now: \(next.phrase).")
        return [.autosave(state.responses, questionID: question.id)]
    }
}
