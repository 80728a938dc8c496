import VerdictEngine

/// The session state machine (bubbletea's Update): `update` applies one event to the
/// state and returns the effects the runtime must perform. No I/O happens here.
public enum Session {
    /// The smallest terminal the screens are drawn in (``ScreenFrame/minimumSize``, every
    /// program's).
    public static var minimumSize: (width: Int, height: Int) { ScreenFrame.minimumSize }

    /// Opens the results screen (a meeting member who was ready rejoins on it).
    public static func openResults(_ state: inout SessionState) {
        state.screen = .results
        state.scroll = 0
        state.refreshInsightIfShown()
    }

    /// Applies one event; returns the effects to perform, in order.
    public static func update(_ state: inout SessionState, _ event: SessionEvent) -> [SessionEffect] {
        let effects = apply(event, to: &state)
        state.refreshInsightIfShown()
        return effects
    }

    private static func apply(_ event: SessionEvent, to state: inout SessionState) -> [SessionEffect] {
        switch event {
        case .key(let key):
            return handle(key: key, in: &state)
        case .resize(let width, let height):
            state.size = (max(0, width), max(0, height))
            return []
        case .exported(let path, let format):
            state.isExported = true
            state.pendingExport = nil
            if case .pathPrompt = state.overlay { state.overlay = nil }
            state.say("Exported \(format.displayName) to \(UIText.sanitize(path)).")
            return []
        case .exportFailed(let path, let message):
            let format = state.pendingExport ?? .json
            state.overlay = .pathPrompt(PathPrompt(format: format, text: path, error: UIText.sanitize(message)))
            // The reason is wrapped whole inside the prompt box; the status row only says what to do.
            state.say("Export failed — edit the path and press Enter to retry, or Esc.", isError: true)
            return []
        case .renamed(let name):
            var responses = state.responses
            responses.respondent = name
            state.replaceResponses(responses)
            if case .namePrompt = state.overlay { state.overlay = nil }
            state.say("Your name is \(UIText.line(name)); exports record it.")
            return []
        case .renameFailed(let name, let message):
            state.overlay = .namePrompt(NamePrompt(text: name, error: UIText.sanitize(message)))
            state.say("Your name was not changed: \(UIText.sanitize(message))", isError: true)
            return []
        case .saveFailed(let message):
            state.unsavedReason = message
            state.say("Autosave failed: \(UIText.sanitize(message)) — answers are kept while Verdict runs.", isError: true)
            return []
        }
    }

    // MARK: - Keys

    private static func handle(key: Key, in state: inout SessionState) -> [SessionEffect] {
        let context = state.keyContext
        let action = state.keyMap.action(for: key, in: context)
        if !ScreenFrame.fits(state.size), action?.worksWhileTooSmall != true { return [] }
        if action != .forceQuit, action != .suspend, state.notice != nil,
           !state.noticeIsError || (context != .pathPrompt && context != .namePrompt) {
            state.say(nil)
        }
        if action == nil {
            switch state.overlay {
            case .pathPrompt(var prompt):
                guard PathEditing.apply(key, to: &prompt) else { return [.bell] }
                state.overlay = .pathPrompt(prompt)
                return []
            case .namePrompt(var prompt):
                guard PathEditing.apply(key, to: &prompt) else { return [.bell] }
                state.overlay = .namePrompt(prompt)
                return []
            default:
                break
            }
        }
        guard let action else {
            if case .unknown = key { return [] }  // keys curses cannot name: ignore quietly
            return [.bell]
        }
        return perform(action, key: key, in: &state)
    }

    private static func perform(_ action: KeyAction, key: Key, in state: inout SessionState) -> [SessionEffect] {
        switch action {
        case .forceQuit: return [.quit(.aborted)]
        case .suspend: return [.suspend]
        case .quit: return requestQuit(&state)
        case .confirmYes: return [.quit(.done)]
        case .confirmNo, .closeOverlay:
            if state.overlay == nil, state.screen == .question { state.showsHelpText = false }
            state.overlay = nil
            return []
        case .showKeys:
            state.overlay = .keys
            state.overlayScroll = 0
            return []
        case .start:
            return startQuestions(&state)
        case .resumeSaved, .startFresh:
            takeUp(state.resumeOffer, resuming: action == .resumeSaved, &state)
            return []
        case .promptConfirm, .promptCancel, .promptClear:
            return promptAction(action, in: &state)
        case .editName:
            state.overlay = .namePrompt(NamePrompt(text: state.responses.respondent))
            return []
        case .otherName:
            return [.bell]  // a meeting member's program acts on it before the session
        case .exportJSON, .exportMarkdown:
            let format: ExportFormat = action == .exportJSON ? .json : .markdown
            state.overlay = .pathPrompt(PathPrompt(format: format, text: ExportPaths.defaultPath(for: state, format: format)))
            return []
        case .review:
            openReview(&state, selecting: state.questionID)
            return []
        case .closeReview where state.reviewOpenedFrom == .question && state.questionID != nil:
            state.screen = .question
            return []
        case .showResults, .closeReview:
            openResults(&state)
            return []
        case .editAnswer:
            return editFromReview(&state)
        case .whatIf, .tryPrevious, .tryNext, .keepWhatIf, .revertWhatIf:
            return whatIfAction(action, in: &state)
        case .moveUp, .moveDown, .pageUp, .pageDown:
            return move(action, in: &state)
        case .confirm, .pickNumber, .pickYes, .pickNo, .back, .forward, .skip, .toggleHelpText,
             .importanceUp, .importanceDown, .toggleScores:
            return questionAction(action, key: key, in: &state)
        }
    }

    // MARK: - Quitting

    private static func requestQuit(_ state: inout SessionState) -> [SessionEffect] {
        if state.isExported || state.responses.answers.isEmpty { return [.quit(.done)] }
        state.overlay = .quitConfirm
        return []
    }

    // MARK: - Resuming

    /// Leaves the resume question: with the saved answers on their question (or the
    /// welcome screen), or fresh on the welcome screen.
    private static func takeUp(_ offer: ResumeOffer?, resuming: Bool, _ state: inout SessionState) {
        state.resumeOffer = nil
        state.screen = .welcome
        state.scroll = 0
        guard resuming, let offer else { return }
        state.replaceResponses(offer.responses)
        if let id = offer.questionID, let question = state.worksheet.question(id), state.scorer.isVisible(question, state.responses) {
            state.enter(question: id)
        }
        if let notice = offer.notice { state.say([state.notice, notice].compactMap { $0 }.joined(separator: "; ")) }
    }

    // MARK: - Moving

    private static func move(_ action: KeyAction, in state: inout SessionState) -> [SessionEffect] {
        let step: Int
        switch action {
        case .moveUp: step = -1
        case .moveDown: step = 1
        case .pageUp: step = -10
        default: step = 10
        }
        if state.overlay == .keys {
            let table = state.keyMap.table(for: KeyContext(state.screen))
            let count = table.overlayLines(width: OverlayView.keysBoxWidth(state.size.width) - 4).count
            state.overlayScroll = clamp(state.overlayScroll + step, count)
            return []
        }
        switch state.screen {
        case .question:
            let count = state.currentQuestion?.answers.count ?? 0
            // With the help shown, moving down from the last answer scrolls on to the help's
            // end, and moving up scrolls back before the highlight moves.
            if state.showsHelpText, state.scroll > 0 || (step > 0 && state.answerCursor == count - 1) {
                state.scroll = max(0, min(ScreenLayout.maxScroll(state), state.scroll + step))
            } else {
                state.answerCursor = clamp(state.answerCursor + step, count)
            }
        case .review:
            state.reviewCursor = clamp(state.reviewCursor + step, state.report.visibleQuestions.count + 1)
        case .results, .welcome, .resume:
            state.scroll = max(0, min(ScreenLayout.maxScroll(state), state.scroll + step))
        case .whatIf:
            if var trial = state.whatIf {
                let count = state.scorer.visibleQuestions(trial.responses).count
                trial.cursor = clamp(trial.cursor + step, count)
                state.whatIf = trial
            }
        }
        return []
    }

    static func clamp(_ value: Int, _ count: Int) -> Int { max(0, min(count - 1, value)) }

    // MARK: - Review

    static func openReview(_ state: inout SessionState, selecting questionID: String?) {
        state.reviewOpenedFrom = state.screen == .question ? .question : .results
        state.screen = .review
        state.returnsToReview = false
        state.whatIf = nil
        let visible = state.report.visibleQuestions
        if let questionID, let index = visible.firstIndex(of: questionID) {
            state.reviewCursor = index
        } else {
            state.reviewCursor = clamp(state.reviewCursor, visible.count + 1)
        }
    }

    private static func editFromReview(_ state: inout SessionState) -> [SessionEffect] {
        let visible = state.report.visibleQuestions
        guard state.reviewCursor < visible.count else {
            openResults(&state)
            return []
        }
        state.enter(question: visible[state.reviewCursor])
        state.returnsToReview = true
        return []
    }

    // MARK: - Export prompt

    private static func promptAction(_ action: KeyAction, in state: inout SessionState) -> [SessionEffect] {
        if case .namePrompt(let prompt) = state.overlay { return nameAction(action, prompt, in: &state) }
        guard case .pathPrompt(var prompt) = state.overlay else { return [] }
        switch action {
        case .promptCancel:
            state.overlay = nil
            return []
        case .promptClear:
            prompt.text = ""
            prompt.cursor = 0
            state.overlay = .pathPrompt(prompt)
            return []
        default:
            let path = prompt.path()
            guard !path.isEmpty else {
                prompt.error = "Type a path to export to."
                state.overlay = .pathPrompt(prompt)
                return [.bell]
            }
            state.pendingExport = prompt.format
            state.overlay = nil
            state.say("Exporting \(prompt.format.displayName) to \(path)…")
            return [.export(format: prompt.format, path: path, responses: state.responses)]
        }
    }

    // MARK: - Name prompt

    /// Enter checks the name as `--name` is checked (trimmed; one visible line of at most
    /// ``PersonName/maxLength`` characters) and asks the runtime to keep the session under
    /// it; the name changes when `.renamed` comes back.
    private static func nameAction(_ action: KeyAction, _ prompt: NamePrompt, in state: inout SessionState) -> [SessionEffect] {
        var prompt = prompt
        switch action {
        case .promptCancel:
            state.overlay = nil
            return []
        case .promptClear:
            prompt = NamePrompt(text: "")
            state.overlay = .namePrompt(prompt)
            return []
        default:
            let name = prompt.text.trimmingSpaces()
            let problem = name.isEmpty ? "Type your name (Esc keeps it as it was)." : PersonName.problem(name).map { "The name \($0)." }
            if let problem {
                prompt.error = problem
                state.overlay = .namePrompt(prompt)
                return [.bell]
            }
            var responses = state.responses
            responses.respondent = name
            return [.rename(responses, questionID: state.questionID)]
        }
    }
}

extension Session: Program {
    /// A key press.
    public static func keyEvent(_ key: Key) -> SessionEvent { .key(key) }
    /// The terminal's size.
    public static func sizeEvent(width: Int, height: Int) -> SessionEvent { .resize(width: width, height: height) }
    /// Draws the session (``ScreenRenderer``).
    public static func render(_ state: SessionState, width: Int, height: Int) -> CellGrid {
        ScreenRenderer.render(state, width: width, height: height)
    }
}
