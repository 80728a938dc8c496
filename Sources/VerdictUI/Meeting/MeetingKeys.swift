/// What a key does in the meeting's question phases.
public enum MeetingAction: String, Sendable, Hashable, CaseIterable {
    /// Move the highlight.
    case moveUp, moveDown
    /// Record the highlighted answer (collecting) or set it as the team's (revealed).
    case confirm
    /// Record / set the answer with the typed number.
    case pickNumber
    /// Pass the keyboard to the next member who has not answered.
    case nextMember
    /// Clear the last recorded answer so that member answers again.
    case undo
    /// Move on without an agreed answer.
    case noAgreement
    /// The member whose turn it is: this question matters more / less to them.
    case importanceUp, importanceDown
    /// Back to the previous question's reveal.
    case back
    /// Everyone answers the revealed question again (a re-vote round).
    case revote
    /// Open the list of keys.
    case showKeys
    /// Resume the unfinished meeting / start this one (the resume question).
    case resumeSaved, startFresh
    /// Quit (progress is saved), abort, suspend.
    case quit, forceQuit, suspend
}

/// The key tables of the meeting; the footer is generated from them.
public enum MeetingKeys {
    private static let digits: [Key] = "123456789".map { Key.character($0) }

    private static let always: [KeyBinding<MeetingAction>] = [
        KeyBinding([.control("c")], label: "Ctrl-C", short: "abort", long: "Stop at once; progress is saved.",
                         action: .forceQuit, inFooter: false),
        KeyBinding([.control("z")], label: "Ctrl-Z", short: "suspend", long: "Put Verdict in the background.",
                         action: .suspend, inFooter: false),
        KeyBinding([.up, .character("k")], label: "↑/k", short: "up", long: "Move the highlight up.",
                         action: .moveUp),
        KeyBinding([.down, .character("j")], label: "↓/j", short: "down", long: "Move the highlight down.",
                         action: .moveDown),
    ]

    private static let help = KeyBinding<MeetingAction>(
        Key.help, label: "F1/?", short: "keys", long: "List every key.", action: .showKeys)

    private static let quit = KeyBinding<MeetingAction>(
        [.character("q")], label: "q", short: "quit (saved)", long: "Quit; `--resume` continues later.", action: .quit)

    /// The question whether to resume an unfinished meeting.
    public static let resume = KeyTable<MeetingAction>([
        always[0], always[1],
        KeyBinding([.character("y"), .character("Y"), .enter], label: "y/Enter", short: "resume",
                         long: "Continue the unfinished meeting where it stopped.", action: .resumeSaved),
        KeyBinding([.character("n"), .character("N")], label: "n", short: "start fresh",
                         long: "Start this meeting; the unfinished one is replaced.", action: .startFresh),
        KeyBinding([.character("q"), .escape], label: "q", short: "quit", long: "Quit.", action: .quit),
    ])

    /// The table in effect for a state (the results phase has the team results' tables).
    /// After a tied reveal nothing is highlighted, so the footer and F1 do not offer Enter
    /// (pressed, it says how to choose) until something is.
    static func table(for state: MeetingState) -> KeyTable<MeetingAction> {
        if state.resumeOffer != nil { return resume }
        guard state.phase != .collecting else { return collecting }
        var table = revealed
        if state.cursor < 0, let enter = table.bindings.firstIndex(where: { $0.action == .confirm }) {
            table.bindings[enter].listed = false
        }
        return table
    }

    /// While members answer, hidden.
    public static let collecting = KeyTable(always + [
        KeyBinding(digits, label: "1-9", short: "answer", long: "Record that answer, hidden.",
                         action: .pickNumber),
        KeyBinding([.enter], label: "Enter", short: "answer (hidden)", long: "Record the highlighted answer, hidden.",
                         action: .confirm),
        KeyBinding([.tab], label: "Tab", short: "next member", long: "Let the next member answer first.",
                         action: .nextMember),
        KeyBinding([.backspace], label: "⌫", short: "undo last",
                         long: "Clear the last recorded answer; that member answers again.", action: .undo),
        KeyBinding([.character("+"), .character("=")], label: "+/-", short: "importance",
                   long: "This question matters more to the member answering (normal → a lot).", action: .importanceUp),
        KeyBinding([.character("-")], label: "-", short: "less", long: "It matters less to them (normal → barely).",
                   action: .importanceDown, inFooter: false),
        KeyBinding([.character("b"), .left], label: "b", short: "back",
                   long: "Back to the previous question's reveal (before anyone answered this one).", action: .back,
                   inFooter: false),
        help, quit,
    ])

    /// Once the answers are revealed.
    public static let revealed = KeyTable(always + [
        KeyBinding(digits, label: "1-9", short: "team answer", long: "Set that answer as the team's.",
                         action: .pickNumber),
        KeyBinding([.enter], label: "Enter", short: "agree on highlighted",
                         long: "Set the highlighted answer as the team's and go on.", action: .confirm),
        KeyBinding([.character("n"), .right, .tab], label: "n", short: "move on",
                         long: "Go on without an agreed answer.", action: .noAgreement),
        KeyBinding([.character("v")], label: "v", short: "re-vote",
                   long: "Everyone answers this question again, hidden; the earlier answers stay in the record.",
                   action: .revote),
        KeyBinding([.character("b"), .left], label: "b", short: "back",
                   long: "Back to the previous question's reveal.", action: .back),
        help, quit,
    ])
}
