/// What a key binding does; `Session.update` interprets actions, not keys.
public enum KeyAction: String, Sendable, Hashable, CaseIterable {
    case start, moveUp, moveDown, pageUp, pageDown, confirm, pickNumber, pickYes, pickNo
    case back, forward, skip, toggleHelpText, importanceUp, importanceDown, toggleScores
    case review, showResults, editAnswer, exportJSON, exportMarkdown, whatIf
    case tryPrevious, tryNext, keepWhatIf, revertWhatIf
    case showKeys, closeOverlay, quit, forceQuit, suspend, confirmYes, confirmNo
    case promptConfirm, promptCancel, promptClear
}
