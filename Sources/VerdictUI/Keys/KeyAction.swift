/// What a key binding does; `Session.update` interprets actions, not keys.
public enum KeyAction: String, Sendable, Hashable, CaseIterable {
    // MARK: - Moving

    /// Resume the unfinished session / start fresh (the resume question).
    case resumeSaved, startFresh
    /// Leave the welcome screen for the first question.
    case start
    /// Selection (or page) up / down, by one or by a page.
    case moveUp, moveDown, pageUp, pageDown

    // MARK: - Answering

    /// Choose the highlighted answer.
    case confirm
    /// Choose the answer with the typed number (1–9).
    case pickNumber
    /// Answer yes / no on a yes/no question.
    case pickYes, pickNo
    /// Previous / next question (next keeps the answer).
    case back, forward
    /// Leave the question unanswered and go on.
    case skip
    /// Show or hide the question's help text.
    case toggleHelpText
    /// Cycle the question's importance up / down.
    case importanceUp, importanceDown
    /// Show or hide the live score panel.
    case toggleScores

    // MARK: - Review and results

    /// Open the review.
    case review
    /// Leave the review for the screen it was opened from (the question, or the results).
    case closeReview
    /// Open the results.
    case showResults
    /// Edit the selected answer (or open the results from the last row).
    case editAnswer
    /// Start an export (opens the path prompt).
    case exportJSON, exportMarkdown
    /// Type the respondent's name (opens the name prompt).
    case editName
    /// A meeting member goes back to the list of names before answering anything (the
    /// member's program takes it; `verdict run` has no binding for it).
    case otherName
    /// Open the what-if mode.
    case whatIf
    /// Try the previous / next answer of the selected question in what-if.
    case tryPrevious, tryNext
    /// Keep / revert the what-if answers.
    case keepWhatIf, revertWhatIf

    // MARK: - Overlays and leaving

    /// Open the list of keys.
    case showKeys
    /// Close the overlay (or the help text).
    case closeOverlay
    /// Quit, asking first when there are answers not yet exported.
    case quit
    /// Quit at once with exit code 130 (Ctrl-C).
    case forceQuit
    /// Suspend the process (Ctrl-Z).
    case suspend
    /// Answer the quit question.
    case confirmYes, confirmNo
    /// Confirm / cancel / clear in the path or name prompt.
    case promptConfirm, promptCancel, promptClear
}

extension KeyAction {
    /// Whether the action works while the terminal is below the minimum size and only
    /// "enlarge the terminal" shows: leaving and help, never an answer the user cannot see.
    var worksWhileTooSmall: Bool {
        switch self {
        case .quit, .forceQuit, .suspend, .showKeys, .closeOverlay, .confirmYes, .confirmNo: true
        default: false
        }
    }
}
