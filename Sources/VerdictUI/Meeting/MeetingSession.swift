import VerdictEngine

/// The meeting's update function: `handle(state, event) -> effects`. Pure and testable.
///
/// Keys while collecting: ↑/↓ choose, Enter (or a digit) records the member's answer,
/// hidden; Tab lets the next member who has not answered go first. On reveal: ↑/↓ choose
/// the team's answer, Enter (or a digit) sets it and moves on, `n` moves on without one.
/// The results screen is ``TeamResults``'. `q` quits (progress is saved), Ctrl-C aborts.
public enum MeetingSession {
    /// Applies one key (shorthand for ``update(_:_:)-(_,MeetingEvent)`` with `.key`).
    public static func update(_ state: inout MeetingState, _ key: Key) -> [MeetingEffect] {
        update(&state, .key(key))
    }

    /// Applies one event.
    public static func update(_ state: inout MeetingState, _ event: MeetingEvent) -> [MeetingEffect] {
        if case let .resize(width, height) = event {
            state.size = (width, height)
            state.results?.size = (width, height)
            return []
        }
        if case let .key(key) = event, !ScreenFrame.fits(state.size) {
            let action = (state.phase == .results ? nil : MeetingKeys.table(for: state).action(for: key))
            guard state.phase == .results || Key.help.contains(key) || [.quit, .forceQuit, .suspend].contains(action) else {
                return []
            }
        }
        if let offer = state.resumeOffer, case let .key(key) = event { return answer(offer, key, &state) }
        if state.phase == .results { return results(&state, event) }
        switch event {
        case .resize:
            return []
        case let .key(key):
            state.notice = nil
            if state.showingKeys, key != .control("c") {
                state.showingKeys = false
                return []
            }
            if Key.help.contains(key) {
                state.showingKeys = true
                return []
            }
            guard let action = MeetingKeys.table(for: state).action(for: key) else { return [.bell] }
            switch action {
            case .forceQuit: return [.quit(.aborted)]
            case .quit: return [.quit(.done)]
            case .suspend: return [.suspend]
            default: break
            }
            return state.phase == .collecting ? collect(&state, action, key) : decide(&state, action, key)
        case let .saveFailed(message):
            state.notice = "Cannot autosave: " + message
            return []
        case .exported, .exportFailed:
            return []
        }
    }

    // MARK: - Resuming

    private static func answer(_ offer: ResumeOffer, _ key: Key, _ state: inout MeetingState) -> [MeetingEffect] {
        switch MeetingKeys.resume.action(for: key) {
        case .forceQuit: return [.quit(.aborted)]
        case .suspend: return [.suspend]
        case .quit: return [.quit(.done)]
        case .startFresh: state.resumeOffer = nil
        case .resumeSaved:
            guard let progress = offer.meeting else { return [.bell] }
            let (keys, size) = (state.keys, state.size)
            state = MeetingState(worksheet: state.worksheet, progress: progress, notice: offer.notice,
                                 exportFolder: state.exportFolder)
            state.keys = keys
            state.size = size
        default: return [.bell]
        }
        return []
    }

    // MARK: - Collecting

    private static func collect(_ state: inout MeetingState, _ action: MeetingAction, _ key: Key) -> [MeetingEffect] {
        guard let question = state.question else { return [.bell] }
        switch action {
        case .moveUp: state.cursor = max(0, state.cursor - 1)
        case .moveDown: state.cursor = min(question.answers.count - 1, state.cursor + 1)
        case .nextMember: nextMember(&state)
        case .importanceUp, .importanceDown:
            let current = ImportanceLevel(multiplier: state.importance[state.memberIndex][question.id] ?? 1)
            let next = ImportanceLevel(rawValue: current.rawValue + (action == .importanceUp ? 1 : -1)) ?? current
            guard next != current else { return [.bell] }
            state.importance[state.memberIndex][question.id] = next == .normal ? nil : next.multiplier(in: state.worksheet.importance)
            return [.autosave(state.progress)]
        case .back: return back(&state)
        case .undo:
            guard let last = state.answerOrder.popLast() else { return [.bell] }
            state.answers[last][question.id] = nil
            state.memberIndex = last
            state.cursor = -1
            state.notice = "\(state.members[last])'s answer was cleared: answer again."
            return [.autosave(state.progress)]
        case .confirm:
            guard state.cursor >= 0 else {
                state.notice = "Choose an answer first (↑↓ or its number)."
                return [.bell]
            }
            return answer(&state, state.cursor)
        case .pickNumber:
            guard let number = digit(key) else { return [.bell] }
            return answer(&state, number - 1)
        default: return [.bell]
        }
        return []
    }

    /// Records answer `index` (0-based) of the current question for the member whose turn
    /// it is, hidden; reveals when everyone has answered, else the next member's turn.
    /// Outside collecting, or out of range: a bell and no change.
    public static func answer(_ state: inout MeetingState, _ index: Int) -> [MeetingEffect] {
        guard state.phase == .collecting, state.resumeOffer == nil, let question = state.question,
              question.answers.indices.contains(index) else { return [.bell] }
        state.answers[state.memberIndex][question.id] = question.answers[index].id
        state.answerOrder.append(state.memberIndex)
        state.cursor = -1
        state.notice = "\(state.members[state.memberIndex]) has answered."
        if (0..<state.members.count).allSatisfy(state.hasAnswered) {
            state.phase = .revealed
            state.cursor = commonestAnswerIndex(state)
            state.notice = "Everyone has answered: the answers are revealed."
            if state.decision.openRound?.question == question.id {
                for (index, member) in state.members.enumerated() {
                    if let given = state.answers[index][question.id] { state.decision.vote(member, answer: given) }
                }
                state.decision.revealRound()
                state.notice = "Revealed — "
                    + (TeamResultsState.outcome(of: question.id, state.decision, state.worksheet) ?? "")
            }
        } else {
            nextMember(&state)
        }
        return [.autosave(state.progress)]
    }

    private static func digit(_ key: Key) -> Int? {
        guard case let .character(character) = key, let value = character.wholeNumberValue, value >= 1 else { return nil }
        return value
    }

    /// Moves the turn to the next member who has not answered (wrapping around).
    private static func nextMember(_ state: inout MeetingState) {
        let count = state.members.count
        for step in 1...count {
            let candidate = (state.memberIndex + step) % count
            if !state.hasAnswered(candidate) {
                state.memberIndex = candidate
                state.cursor = -1
                return
            }
        }
    }

    /// The most common answer to the current question; -1 (no highlight) on a tie, so a
    /// quick Enter does not favour the answer listed first.
    static func commonestAnswerIndex(_ state: MeetingState) -> Int {
        guard let question = state.question else { return -1 }
        let counts = question.answers.map { answer in state.answers.filter { $0[question.id] == answer.id }.count }
        guard let best = counts.max(), counts.filter({ $0 == best }).count == 1 else { return -1 }
        return counts.firstIndex(of: best) ?? -1
    }

    // MARK: - Revealed

    private static func decide(_ state: inout MeetingState, _ action: MeetingAction, _ key: Key) -> [MeetingEffect] {
        guard let question = state.question else { return [.bell] }
        switch action {
        case .moveUp: state.cursor = max(0, state.cursor - 1)
        case .moveDown: state.cursor = min(question.answers.count - 1, state.cursor + 1)
        case .confirm:
            guard state.cursor >= 0 else {
                state.notice = "A tie: pick the team's answer (↑↓ or its number), or n for none."
                return [.bell]
            }
            return agree(&state, state.cursor)
        case .pickNumber:
            guard let number = digit(key) else { return [.bell] }
            return agree(&state, number - 1)
        case .noAgreement: return agree(&state, nil)
        case .back: return back(&state)
        case .revote: return revote(&state)
        default: return [.bell]
        }
        return []
    }

    /// Back to the previous question's reveal, to change the team's answer or re-vote it
    /// (while collecting, only before anyone answered the question on screen).
    public static func back(_ state: inout MeetingState) -> [MeetingEffect] {
        guard state.resumeOffer == nil, state.phase != .results, state.questionIndex > 0,
              state.phase == .revealed || state.answerOrder.isEmpty else { return [.bell] }
        if state.decision.openRound?.question == state.question?.id { state.decision.rounds.removeLast() }
        state.revoteFromResults = false
        state.questionIndex -= 1
        state.answerOrder = []
        state.phase = .revealed
        if let question = state.question, let agreed = state.agreed[question.id] {
            state.cursor = question.answers.firstIndex { $0.id == agreed } ?? -1
        } else {
            state.cursor = commonestAnswerIndex(state)
        }
        state.notice = "Back to the previous question: change the team's answer, or v to re-vote."
        return [.autosave(state.progress)]
    }

    /// A re-vote on the revealed question: every member answers it again, hidden; their
    /// earlier answers are kept as the round's previous one (``MeetingDecision/Round``).
    public static func revote(_ state: inout MeetingState) -> [MeetingEffect] {
        guard state.resumeOffer == nil, state.phase == .revealed, let question = state.question else { return [.bell] }
        state.decision.openRound(on: question.id, members: state.memberResponses)
        startRound(&state, question.id)
        return [.autosave(state.progress)]
    }

    /// Clears every member's answer to the round's question and collects them again.
    private static func startRound(_ state: inout MeetingState, _ questionID: String) {
        for index in state.answers.indices { state.answers[index][questionID] = nil }
        state.questionIndex = state.questionIDs.firstIndex(of: questionID) ?? state.questionIndex
        state.phase = .collecting
        state.answerOrder = []
        state.memberIndex = 0
        state.cursor = -1
        state.notice = "Re-vote: everyone answers again, hidden; earlier answers are kept."
    }

    /// Records the decision as accepted, with an optional note (on the results screen);
    /// refused with a bell and ``MeetingDecision/nothingToAccept`` while the team's result
    /// is too close to call.
    public static func accept(_ state: inout MeetingState, note: String?) -> [MeetingEffect] {
        guard state.phase == .results, var results = state.results else { return [.bell] }
        guard state.decision.accept(note: note, on: results.report.recommendation) else {
            state.notice = MeetingDecision.nothingToAccept
            return [.bell]
        }
        results.adopt(state.decision)
        state.results = results
        return [.autosave(state.progress)]
    }

    /// Sets the team's answer to the revealed question (answer `index`, 0-based; nil: no
    /// agreed answer) and moves on to the next question or the results. Before the reveal,
    /// or out of range: a bell and no change.
    public static func agree(_ state: inout MeetingState, _ index: Int?) -> [MeetingEffect] {
        guard state.phase == .revealed, state.resumeOffer == nil, let question = state.question else { return [.bell] }
        if let index {
            guard question.answers.indices.contains(index) else { return [.bell] }
            state.decision.agree(question.id, answer: question.answers[index].id, members: state.memberResponses)
        } else {
            state.decision.agree(question.id, answer: nil, members: state.memberResponses)
        }
        if state.revoteFromResults {
            state.revoteFromResults = false
            state.answerOrder = []
            finish(&state)
        } else {
            advance(&state)
        }
        return [.autosave(state.progress)]
    }

    /// Next question (as visible under the agreed answers), or the results screen.
    private static func advance(_ state: inout MeetingState) {
        state.questionIndex += 1
        state.answerOrder = []
        state.memberIndex = 0
        state.cursor = -1
        if state.questionIndex >= state.questionIDs.count { finish(&state) } else { state.phase = .collecting }
    }

    /// Ends the questions: merges the answers and opens the team results screen.
    /// Back from a re-vote, an accepted decision stays accepted unless the team's result changed.
    static func finish(_ state: inout MeetingState) {
        state.phase = .results
        state.questionIndex = state.questionIDs.count
        let before = state.results?.report.recommendation
        do {
            // The agreed answers count for every member (``MeetingDecision/applied(to:)``).
            var results = try TeamResultsState.meeting(
                worksheet: state.worksheet, members: state.memberResponses, decision: state.decision, role: .facilitator,
                defaultFolder: state.exportFolder)
            results.keys = state.keys
            results.size = state.size
            state.notice = "The meeting is over: the team's results. e exports them."
            if state.decision.accepted, let before, results.report.recommendation != before {
                state.decision.accepted = false
                results.adopt(state.decision)
                state.notice = "Proposed again: the team's result changed since it was accepted."
            }
            state.results = results
        } catch {
            state.results = nil
            state.notice = "The answers could not be merged: \(error)"
        }
    }

    // MARK: - Results

    private static func results(_ state: inout MeetingState, _ event: MeetingEvent) -> [MeetingEffect] {
        guard var screen = state.results else {
            if case let .key(key) = event {
                if key == .control("c") { return [.quit(.aborted)] }
                if key == .character("q") { return [.quit(.done)] }
            }
            return [.bell]
        }
        let inner: TeamResultsEvent
        switch event {
        case let .key(key): inner = .key(key)
        case .resize: return []
        case let .exported(folder, files): inner = .exported(folder: folder, files: files)
        case let .exportFailed(folder, message): inner = .exportFailed(folder: folder, message: message)
        case .saveFailed: return []
        }
        state.notice = nil
        let effects = TeamResults.update(&screen, inner)
        state.results = screen
        return effects.flatMap { effect -> [MeetingEffect] in
            switch effect {
            case let .export(folder, responses, decision): return [.export(folder: folder, responses: responses, decision: decision)]
            case let .quit(reason): return [.quit(reason)]
            case .suspend: return [.suspend]
            case .bell, .vote: return [.bell]
            case let .decided(decision):
                let saved = decided(&state, decision)
                // A step after an export is written there at once, as `meeting serve` does: the
                // folder never says less than the screen.
                guard state.phase == .results, let folder = state.results?.exportedTo else { return [saved] }
                return [saved, .export(folder: folder, responses: state.memberResponses, decision: state.decision)]
            }
        }
    }

    /// A step the facilitator took on the results screen. A re-vote there goes back to the
    /// question: the members answer it again in turn, and deciding it returns here.
    private static func decided(_ state: inout MeetingState, _ decision: MeetingDecision) -> MeetingEffect {
        state.decision = decision
        if let round = decision.openRound {
            guard state.questionIDs.contains(round.question) else {
                state.decision.rounds.removeLast()
                state.results?.adopt(state.decision)
                state.notice = "That question is hidden by the team's agreed answers: nothing to re-vote."
                return .bell
            }
            startRound(&state, round.question)
            state.revoteFromResults = true
        }
        return .autosave(state.progress)
    }
}

extension MeetingSession: Program {
    /// A key press.
    public static func keyEvent(_ key: Key) -> MeetingEvent { .key(key) }
    /// The terminal's size.
    public static func sizeEvent(width: Int, height: Int) -> MeetingEvent { .resize(width: width, height: height) }
    /// Draws the meeting (``MeetingRenderer``).
    public static func render(_ state: MeetingState, width: Int, height: Int) -> CellGrid {
        MeetingRenderer.render(state, width: width, height: height)
    }
}
