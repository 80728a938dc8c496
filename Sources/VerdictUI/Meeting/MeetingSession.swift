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
        case .undo:
            guard let last = state.answerOrder.popLast() else { return [.bell] }
            state.answers[last][question.id] = nil
            state.memberIndex = last
            state.cursor = 0
            state.notice = "\(state.members[last])'s answer was cleared: answer again."
            return [.autosave(state.progress)]
        case .confirm: return answer(&state, state.cursor)
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
        state.cursor = 0
        state.notice = "\(state.members[state.memberIndex]) has answered."
        if (0..<state.members.count).allSatisfy(state.hasAnswered) {
            state.phase = .revealed
            state.cursor = commonestAnswerIndex(state)
            state.notice = "Everyone has answered: the answers are revealed."
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
                state.cursor = 0
                return
            }
        }
    }

    /// The most common answer to the current question (first in answer order on a tie).
    static func commonestAnswerIndex(_ state: MeetingState) -> Int {
        guard let question = state.question else { return 0 }
        let counts = question.answers.map { answer in state.answers.filter { $0[question.id] == answer.id }.count }
        guard let best = counts.max() else { return 0 }
        return counts.firstIndex(of: best) ?? 0
    }

    // MARK: - Revealed

    private static func decide(_ state: inout MeetingState, _ action: MeetingAction, _ key: Key) -> [MeetingEffect] {
        guard let question = state.question else { return [.bell] }
        switch action {
        case .moveUp: state.cursor = max(0, state.cursor - 1)
        case .moveDown: state.cursor = min(question.answers.count - 1, state.cursor + 1)
        case .confirm: return agree(&state, state.cursor)
        case .pickNumber:
            guard let number = digit(key) else { return [.bell] }
            return agree(&state, number - 1)
        case .noAgreement: return agree(&state, nil)
        default: return [.bell]
        }
        return []
    }

    /// Sets the team's answer to the revealed question (answer `index`, 0-based; nil: no
    /// agreed answer) and moves on to the next question or the results. Before the reveal,
    /// or out of range: a bell and no change.
    public static func agree(_ state: inout MeetingState, _ index: Int?) -> [MeetingEffect] {
        guard state.phase == .revealed, state.resumeOffer == nil, let question = state.question else { return [.bell] }
        if let index {
            guard question.answers.indices.contains(index) else { return [.bell] }
            state.agreed[question.id] = question.answers[index].id
        } else {
            state.agreed[question.id] = nil
        }
        advance(&state)
        return [.autosave(state.progress)]
    }

    /// Next question (as visible under the agreed answers), or the results screen.
    private static func advance(_ state: inout MeetingState) {
        state.questionIndex += 1
        state.answerOrder = []
        state.memberIndex = 0
        state.cursor = 0
        if state.questionIndex >= state.questionIDs.count { finish(&state) } else { state.phase = .collecting }
    }

    /// Ends the questions: merges the answers and opens the team results screen.
    static func finish(_ state: inout MeetingState) {
        state.phase = .results
        state.questionIndex = state.questionIDs.count
        do {
            var results = TeamResultsState(
                report: try merge(state), responses: state.memberResponses,
                defaultFolder: state.exportFolder)
            let agreed = Scorer(worksheet: state.worksheet).score(Responses(answers: state.agreed))
            let pick = agreed.recommendation.option.flatMap { state.worksheet.option($0)?.name } ?? "none (too close)"
            results.headline = "With the answers the team agreed on: \(pick)"
            results.keys = state.keys
            results.size = state.size
            state.results = results
            state.notice = "The meeting is over: the team's results. e exports them."
        } catch {
            state.results = nil
            state.notice = "The answers could not be merged: \(error)"
        }
    }

    /// The members' answers merged as a team.
    static func merge(_ state: MeetingState) throws -> TeamReport {
        try TeamMerger(worksheet: state.worksheet).merge(
            state.memberResponses.map { TeamInput(responses: $0, file: "meeting", worksheet: state.worksheet) })
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
        return effects.map { effect in
            switch effect {
            case let .export(folder, responses, decision): .export(folder: folder, responses: responses, decision: decision)
            case let .quit(reason): .quit(reason)
            case .suspend: .suspend
            case .bell, .decided, .vote: .bell
            }
        }
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
