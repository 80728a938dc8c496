import VerdictEngine

// MARK: - What-if on the results

extension Session {
    /// Keys of the what-if screen (and `w` on the results).
    static func whatIfAction(_ action: KeyAction, in state: inout SessionState) -> [SessionEffect] {
        switch action {
        case .whatIf:
            state.whatIf = WhatIfTrial(responses: state.responses)
            state.screen = .whatIf
            return []
        case .tryPrevious, .tryNext:
            guard var trial = state.whatIf else { return [.bell] }
            let visible = state.scorer.visibleQuestions(trial.responses)
            guard visible.indices.contains(trial.cursor) else { return [.bell] }
            let question = visible[trial.cursor]
            let ids = question.answers.map(\.id)
            let current = trial.responses.answers[question.id].flatMap { ids.firstIndex(of: $0) }
            let step = action == .tryNext ? 1 : -1
            let next = current.map { ($0 + step + ids.count) % ids.count } ?? (step > 0 ? 0 : ids.count - 1)
            trial.responses.answers[question.id] = ids[next]
            if trial.responses.answers[question.id] == state.responses.answers[question.id] {
                trial.changed.remove(question.id)
            } else {
                trial.changed.insert(question.id)
            }
            state.whatIf = trial
            return []
        case .keepWhatIf:
            guard let trial = state.whatIf else { return [.bell] }
            state.whatIf = nil
            state.screen = .results
            guard !trial.changed.isEmpty else { return [] }
            var kept = trial.responses
            let shown = state.scorer.visibleIDs(kept)
            for question in state.worksheet.questions where !shown.contains(question.id) {
                kept.answers[question.id] = nil
            }
            state.replaceResponses(kept)
            state.say("Kept \(trial.changed.count) changed answer\(trial.changed.count == 1 ? "" : "s").")
            return [.autosave(state.responses, questionID: nil)]
        default:
            state.whatIf = nil
            state.screen = .results
            state.say("What-if reverted; your answers are unchanged.")
            return []
        }
    }
}
