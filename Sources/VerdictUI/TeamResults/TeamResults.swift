import VerdictEngine

/// The team results screen's update function: `update(state, event) -> effects`. Pure.
public enum TeamResults {
    /// Rows a page key scrolls.
    static let page = 10

    /// What an export wrote, in the first wording that fits `width` (the last is cut to it).
    static func exportedNotice(folder: String, files: [String], width: Int) -> String {
        let members = files.count - 2
        let folder = UIText.line(folder)
        return [
            "Wrote \(members) member files, \(TeamExport.teamFile) and \(TeamExport.decisionFile) to \(folder)",
            "Wrote \(members) members, \(TeamExport.teamFile), \(TeamExport.decisionFile) to \(folder)",
            "Wrote \(files.count) files to \(folder)",
        ].first { DisplayWidth.of($0) <= width } ?? "Wrote \(files.count) files to \(folder)"
    }

    /// Applies one event.
    public static func update(_ state: inout TeamResultsState, _ event: TeamResultsEvent) -> [TeamResultsEffect] {
        switch event {
        case let .key(key):
            return press(&state, key)
        case let .resize(width, height):
            state.size = (width, height)
            return []
        case let .exported(folder, files):
            // Asked for in the prompt, the status row names what was written; a step's own
            // export (the hot seat's, after a step) keeps the step's word.
            if state.prompt != nil || state.noticeIsError {
                state.notice = exportedNotice(folder: folder, files: files, width: state.size.width - 2)
            }
            state.prompt = nil
            state.exportedTo = folder
            state.noticeIsError = false
            return []
        case let .exportFailed(folder, message):
            var prompt = PathPrompt(format: .json, text: folder)
            prompt.error = message
            state.prompt = prompt
            state.noticeIsError = true
            state.notice = "Export failed: " + message
            return []
        }
    }

    // MARK: - Keys

    private static func press(_ state: inout TeamResultsState, _ key: Key) -> [TeamResultsEffect] {
        let table = TeamResultsKeys.table(for: state)
        if !ScreenFrame.fits(state.size), ![.quit, .forceQuit, .suspend, .showKeys].contains(table.action(for: key)) {
            return []
        }
        if state.note != nil { return editNote(&state, key, table) }
        if var prompt = state.prompt {
            switch table.action(for: key) {
            case .forceQuit: return [.quit(.aborted)]
            case .suspend: return [.suspend]
            case .promptConfirm:
                let folder = prompt.path()
                guard !folder.isEmpty else {
                    prompt.error = "type a folder"
                    state.prompt = prompt
                    return [.bell]
                }
                state.notice = "Writing…"
                state.noticeIsError = false
                return [.export(folder: folder, responses: state.responses, decision: state.decision)]
            case .promptCancel:
                state.prompt = nil
                state.notice = nil
                return []
            case .promptClear:
                prompt.text = ""
                prompt.cursor = 0
                prompt.error = nil
                state.prompt = prompt
                return []
            default:
                guard PathEditing.apply(key, to: &prompt) else { return [.bell] }
                state.prompt = prompt
                return []
            }
        }
        state.notice = nil
        state.noticeIsError = false
        if state.showingKeys, key != .control("c") {
            state.showingKeys = false
            return []
        }
        guard let action = table.action(for: key) else { return [.bell] }
        if action == .agree { return agree(&state, key) }
        if action == .vote { return castVote(&state, key) }
        return perform(action, &state)
    }

    private static func perform(_ action: TeamResultsAction, _ state: inout TeamResultsState) -> [TeamResultsEffect] {
        let count = state.listed.count
        if state.voting { return vote(action, &state) }
        switch (action, state.view) {
        case (.forceQuit, _): return [.quit(.aborted)]
        case (.suspend, _): return [.suspend]
        case (.quit, _): return [.quit(.done)]
        case (.showKeys, _):
            state.showingKeys = true
        case (.export, _):
            state.prompt = PathPrompt(format: .json, text: state.exportedTo ?? state.defaultFolder)
        case (.moveUp, .overview):
            // Scrolled on past the list (↓ on its last row, or a page): back up before the highlight moves.
            let rows = TeamResultsRenderer.scrollRows(state)
            if state.scroll >= 0, rows.shown > rows.following {
                state.scroll = rows.shown - 1 > rows.following ? rows.shown - 1 : -1
                return []
            }
            guard count > 0 else { return [.bell] }
            state.selection = max(0, state.selection - 1)
            state.scroll = -1
        case (.moveDown, .overview):
            guard count > 0, state.selection < count - 1 else {
                // Past the last row ↓ scrolls the rest of the screen, as on every other screen.
                state.scroll = scrolled(state, by: 1)
                return []
            }
            state.selection += 1
            state.scroll = -1
        case (.moveUp, .disagreement): state.scroll = scrolled(state, by: -1)
        case (.moveDown, .disagreement): state.scroll = scrolled(state, by: 1)
        case (.pageUp, _): state.scroll = scrolled(state, by: -page)
        case (.pageDown, _): state.scroll = scrolled(state, by: page)
        case (.open, .overview):
            guard count > 0 else {
                state.notice = "No disagreements: the team answered every question alike."
                return [.bell]
            }
            state.view = .disagreement(state.selection)
            state.scroll = 0
        case (.back, .disagreement):
            state.view = .overview
            state.scroll = -1
        case (.revote, _):
            guard let tally = highlighted(state) else { return [.bell] }
            var decision = state.decision
            decision.openRound(on: tally.question, members: state.responses)
            return decide(&state, decision, notice: "Re-vote open: members answer again, privately; r reveals the round.")
        case (.revealRound, _):
            var decision = state.decision
            let voted = decision.openRound?.votes.count ?? 0, voters = decision.openRound?.before.count ?? 0
            if decision.openRound != nil, voted < voters, !state.confirmingReveal {
                state.confirmingReveal = true
                state.notice = "\(voted) of \(voters) voted; r again reveals anyway (the others' answers stand)."
                return []
            }
            guard decision.revealRound() else { return [.bell] }
            let outcome = decision.rounds.last.flatMap {
                TeamResultsState.outcome(of: $0.question, decision, state.report.worksheet)
            } ?? ""
            return decide(&state, decision, notice: "Revealed on every screen — " + outcome)
        case (.accept, _):
            // The round's votes may still change the result: it is revealed (or replaced) first.
            guard state.decision.openRound == nil else {
                state.notice = MeetingDecision.roundStillOpen
                return [.bell]
            }
            guard MeetingDecision.canAccept(state.report.recommendation) else {
                state.notice = MeetingDecision.nothingToAccept
                return [.bell]
            }
            state.note = PathPrompt(format: .json, text: state.decision.note ?? "")
        default:
            return [.bell]
        }
        return []
    }

    /// The first body row on screen after scrolling `step` rows from what is shown now,
    /// within the body (at the size last reported).
    private static func scrolled(_ state: TeamResultsState, by step: Int) -> Int {
        let rows = TeamResultsRenderer.scrollRows(state)
        return max(0, min(rows.last, rows.shown + step))
    }

    /// The facilitator typed an answer's number in a question's view: the team's answer.
    static func agree(_ state: inout TeamResultsState, _ key: Key) -> [TeamResultsEffect] {
        guard case let .character(character) = key, let number = character.wholeNumberValue,
              let tally = highlighted(state), let question = state.report.worksheet.question(tally.question),
              number >= 1, number <= question.answers.count else { return [.bell] }
        var decision = state.decision
        decision.agree(question.id, answer: question.answers[number - 1].id, members: state.responses)
        if decision.openRound?.question == question.id { decision.rounds.removeLast() }
        let place = state.listed.firstIndex { $0.question == question.id } ?? state.selection
        state.view = .overview
        state.scroll = -1
        let effects = decide(&state, decision, notice: "Agreed: \(UIText.line(question.answers[number - 1].label)) counts for everyone.")
        // On to the next disagreement, if any is left (the settled question is listed below them).
        let open = state.report.disagreements.count
        if open > 0 { state.selection = min(place, open - 1) }
        return effects
    }

    /// The question in view (or highlighted on the overview).
    static func highlighted(_ state: TeamResultsState) -> QuestionTally? {
        let list = state.listed
        var index = state.selection
        if case let .disagreement(shown) = state.view { index = shown }
        return list.indices.contains(index) ? list[index] : nil
    }

    /// Takes a step. A step that changes the team's result after the decision was accepted
    /// takes it back to proposed (the record never says accepted above an outcome the team
    /// did not accept); one that leaves the result as it was keeps it accepted.
    private static func decide(
        _ state: inout TeamResultsState, _ decision: MeetingDecision, notice: String, accepting: Bool = false
    ) -> [TeamResultsEffect] {
        var decision = decision
        let before = state.report.recommendation
        state.confirmingReveal = false
        state.adopt(decision)
        let reopened = decision.accepted && !accepting && state.report.recommendation != before
        if reopened {
            decision.accepted = false
            state.adopt(decision)
        }
        // Said first, so a cut status row still says it; `a` is offered again only when the
        // changed result names an option and no round is open.
        let again = MeetingDecision.canAccept(state.report.recommendation) && decision.openRound == nil
        state.notice = (reopened ? again ? "Proposed again (a accepts it): " : "Proposed again: " : "") + notice
        return [.decided(decision)]
    }

    // MARK: - Accepting

    private static func editNote(_ state: inout TeamResultsState, _ key: Key, _ table: KeyTable<TeamResultsAction>) -> [TeamResultsEffect] {
        guard var note = state.note else { return [] }
        switch table.action(for: key) {
        case .forceQuit: return [.quit(.aborted)]
        case .suspend: return [.suspend]
        case .promptConfirm:
            state.note = nil
            var decision = state.decision
            guard decision.accept(note: note.text, on: state.report.recommendation) else {
                state.notice = MeetingDecision.nothingToAccept
                return [.bell]
            }
            return decide(&state, decision, notice: "Decision accepted; the record says so.", accepting: true)
        case .promptCancel:
            state.note = nil
        case .promptClear:
            note.text = ""
            note.cursor = 0
            state.note = note
        default:
            guard note.text.count < MeetingDecision.noteLimit || key == .backspace, PathEditing.apply(key, to: &note) else {
                return [.bell]
            }
            state.note = note
        }
        return []
    }

    // MARK: - A member's vote

    private static func vote(_ action: TeamResultsAction, _ state: inout TeamResultsState) -> [TeamResultsEffect] {
        guard let question = state.openQuestion else { return [.bell] }
        let last = question.answers.count - 1
        switch action {
        case .quit: return [.quit(.done)]
        case .showKeys: state.showingKeys = true
        case .moveUp: state.voteCursor = max(0, (state.voteCursor ?? 1) - 1)
        case .moveDown: state.voteCursor = min(last, (state.voteCursor ?? -1) + 1)
        default: return [.bell]
        }
        return []
    }

    /// A member's vote key (a digit, or Enter on the highlighted answer).
    static func castVote(_ state: inout TeamResultsState, _ key: Key) -> [TeamResultsEffect] {
        guard let question = state.openQuestion, let name = state.memberName else { return [.bell] }
        var index = state.voteCursor
        if case let .character(character) = key, let number = character.wholeNumberValue { index = number - 1 }
        guard let index, question.answers.indices.contains(index) else {
            state.notice = "Choose an answer first (↑↓ or its number)."
            return [.bell]
        }
        let answer = question.answers[index].id
        state.decision.vote(name, answer: answer)
        state.voteCursor = index
        state.notice = "Your vote is in, hidden; change it until the reveal."  // whole at 60 columns
        return [.vote(question: question.id, answer: answer)]
    }
}

extension TeamResults: Program {
    /// A key press.
    public static func keyEvent(_ key: Key) -> TeamResultsEvent { .key(key) }
    /// The terminal's size.
    public static func sizeEvent(width: Int, height: Int) -> TeamResultsEvent { .resize(width: width, height: height) }
    /// Draws the screen (``TeamResultsRenderer``).
    public static func render(_ state: TeamResultsState, width: Int, height: Int) -> CellGrid {
        TeamResultsRenderer.render(state, width: width, height: height)
    }
}
