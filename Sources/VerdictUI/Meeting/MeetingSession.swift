import VerdictEngine

/// The meeting's update function: `update(state, key) -> effects`. Pure and testable.
///
/// Keys while collecting: ↑/↓ choose, Enter records the member's answer (hidden), Tab
/// skips to the next member who has not answered. On reveal: ↑/↓ choose the team's
/// answer, Enter sets it and moves on, `n` moves on without setting one. On the results
/// screen: ↑/↓/PgUp/PgDn scroll. `q` or Ctrl-C quits.
public enum MeetingSession {
    /// Applies one key.
    public static func update(_ state: inout MeetingState, _ key: Key) -> [MeetingEffect] {
        state.notice = nil
        switch key {
        case .control("c"): return [.quit(exitCode: 130)]
        case .character("q"): return [.quit(exitCode: 0)]
        default: break
        }
        switch state.phase {
        case .collecting: return collect(&state, key)
        case .revealed: return decide(&state, key)
        case .results: return scroll(&state, key)
        }
    }

    // MARK: - Collecting

    private static func collect(_ state: inout MeetingState, _ key: Key) -> [MeetingEffect] {
        guard let question = state.question else { return [.bell] }
        switch key {
        case .up: state.cursor = max(0, state.cursor - 1)
        case .down: state.cursor = min(question.answers.count - 1, state.cursor + 1)
        case .tab: nextMember(&state)
        case .enter:
            let answer = question.answers[state.cursor].id
            state.answers[state.memberIndex][question.id] = answer
            state.cursor = 0
            state.notice = "\(state.members[state.memberIndex]) has answered."
            if (0..<state.members.count).allSatisfy(state.hasAnswered) {
                state.phase = .revealed
                state.cursor = commonestAnswerIndex(state, question)
                state.notice = "Everyone has answered: the answers are revealed."
            } else {
                nextMember(&state)
            }
        default: return [.bell]
        }
        return []
    }

    /// Moves the turn to the next member who has not answered (wrapping around).
    private static func nextMember(_ state: inout MeetingState) {
        let count = state.members.count
        for step in 1...count {
            let candidate = (state.memberIndex + step) % count
            if !state.hasAnswered(candidate) {
                state.memberIndex = candidate
                state.cursor = 0
                return
            }
        }
    }

    private static func commonestAnswerIndex(_ state: MeetingState, _ question: Question) -> Int {
        let counts = question.answers.map { answer in state.answers.filter { $0[question.id] == answer.id }.count }
        guard let best = counts.max() else { return 0 }
        return counts.firstIndex(of: best) ?? 0
    }

    // MARK: - Revealed

    private static func decide(_ state: inout MeetingState, _ key: Key) -> [MeetingEffect] {
        guard let question = state.question else { return [.bell] }
        switch key {
        case .up: state.cursor = max(0, state.cursor - 1)
        case .down: state.cursor = min(question.answers.count - 1, state.cursor + 1)
        case .enter:
            state.agreed[question.id] = question.answers[state.cursor].id
            advance(&state)
        case .character("n"):
            state.agreed[question.id] = nil
            advance(&state)
        default: return [.bell]
        }
        return []
    }

    /// Next question (as visible under the agreed answers), or the results screen.
    private static func advance(_ state: inout MeetingState) {
        state.questionIndex += 1
        state.memberIndex = 0
        state.cursor = 0
        if state.questionIndex >= state.questionIDs.count {
            state.phase = .results
            state.report = try? merge(state)
            if state.report == nil { state.notice = "The answers could not be merged." }
        } else {
            state.phase = .collecting
        }
    }

    /// The members' answers merged as a team (members with no answers are left out).
    static func merge(_ state: MeetingState) throws -> TeamReport {
        let inputs = state.members.enumerated().map { index, name in
            TeamInput(
                file: "meeting", respondent: name, worksheetID: state.worksheet.id,
                worksheetVersion: state.worksheet.version, worksheetSHA256: state.worksheet.sha256,
                answers: state.answers[index].map { question, answer in
                    TeamInput.AnsweredQuestion(
                        question: question, answer: answer,
                        location: SourceLocation(file: "meeting", line: 1, column: 1))
                }.sorted { $0.question < $1.question })
        }
        return try TeamMerger(worksheet: state.worksheet).merge(inputs)
    }

    // MARK: - Results

    private static func scroll(_ state: inout MeetingState, _ key: Key) -> [MeetingEffect] {
        switch key {
        case .up: state.scroll = max(0, state.scroll - 1)
        case .down: state.scroll += 1
        case .pageUp: state.scroll = max(0, state.scroll - 10)
        case .pageDown: state.scroll += 10
        case .home: state.scroll = 0
        default: return [.bell]
        }
        return []
    }
}
