import VerdictEngine

/// What a key does on the team results screen.
public enum TeamResultsAction: String, Sendable, Hashable, CaseIterable {
    /// Selection (or scroll) up / down, by one or a page.
    case moveUp, moveDown, pageUp, pageDown
    /// Open the highlighted disagreement.
    case open
    /// Back to the overview.
    case back
    /// Open the export prompt.
    case export
    /// Open the list of keys.
    case showKeys
    /// Quit / abort / suspend.
    case quit, forceQuit, suspend
    /// In the export prompt (or the note prompt): write, cancel, clear the text.
    case promptConfirm, promptCancel, promptClear
    /// Facilitator: set the typed answer as the team's agreed answer (in a question's view).
    case agree
    /// Facilitator: open a re-vote round on the highlighted question.
    case revote
    /// Facilitator: reveal the open round.
    case revealRound
    /// Facilitator: record the decision as accepted (asks for an optional note).
    case accept
    /// Member: vote for the highlighted (Enter) or typed answer in the open round.
    case vote
}

/// The key tables of the team results screen.
public enum TeamResultsKeys {
    private static let always: [KeyBinding<TeamResultsAction>] = [
        KeyBinding([.control("c")], label: "Ctrl-C", short: "abort", long: "Stop at once.",
                         action: .forceQuit, inFooter: false),
        KeyBinding([.control("z")], label: "Ctrl-Z", short: "suspend", long: "Put Verdict in the background.",
                         action: .suspend, inFooter: false),
    ]

    private static let moving: [KeyBinding<TeamResultsAction>] = [
        KeyBinding([.up, .character("k")], label: "↑/k", short: "up", long: "Move the selection up, or scroll.",
                         action: .moveUp),
        KeyBinding([.down, .character("j")], label: "↓/j", short: "down", long: "Move the selection down, or scroll.",
                         action: .moveDown),
        KeyBinding([.pageUp], label: "PgUp", short: "page up", long: "Scroll a page up.",
                         action: .pageUp, inFooter: false),
        KeyBinding([.pageDown, .character(" ")], label: "PgDn", short: "page down", long: "Scroll a page down.",
                         action: .pageDown, inFooter: false),
    ]

    private static let leaving: [KeyBinding<TeamResultsAction>] = [
        KeyBinding([.character("e")], label: "e", short: "export",
                         long: "Write each member's result, the team JSON and the decision record.", action: .export),
        KeyBinding(Key.help, label: "F1/?", short: "keys", long: "List every key.", action: .showKeys),
        KeyBinding([.character("q")], label: "q", short: "quit", long: "Quit.", action: .quit),
    ]

    private static let digits: [Key] = "123456789".map { Key.character($0) }

    private static let open = KeyBinding<TeamResultsAction>(
        [.enter, .right], label: "Enter", short: "who said what",
        long: "Show who answered what on the highlighted disagreement, and why.", action: .open)

    private static let back = KeyBinding<TeamResultsAction>(
        [.escape, .left, .backspace, .character("b")], label: "Esc", short: "back", long: "Back to the overview.",
        action: .back)

    private static let helpAndQuit = Array(leaving.dropFirst())

    private static let revote = KeyBinding<TeamResultsAction>(
        [.character("v")], label: "v", short: "re-vote",
        long: "Members answer this question again, privately, until you reveal the round.", action: .revote)

    private static let steps: [KeyBinding<TeamResultsAction>] = [
        KeyBinding([.character("r")], label: "r", short: "reveal round",
                   long: "Show the open round's answers on every screen; they count from now on.", action: .revealRound),
        KeyBinding([.character("a")], label: "a", short: "accept",
                   long: "Record the decision as accepted, with an optional note.", action: .accept),
    ]

    /// The overview's keys.
    public static let overview = KeyTable(always + moving + [open] + leaving)

    /// The keys of one disagreement.
    public static let detail = KeyTable(always + moving + [back] + leaving)

    /// The facilitator's overview: the meeting's steps after the reveal.
    public static let facilitatorOverview = KeyTable(always + moving + [open, revote] + steps + leaving)

    /// The facilitator's view of one question: set the team's answer, or re-vote.
    public static let facilitatorDetail = KeyTable(always + moving + [
        KeyBinding(digits, label: "1-9", short: "agree",
                   long: "Set that answer as the team's: it counts for everyone and the question is settled.",
                   action: .agree),
        back, revote,
    ] + steps + leaving)

    /// A member's overview and question view (nothing that writes on the host).
    public static let memberOverview = KeyTable(always + moving + [open] + helpAndQuit)

    /// A member's view of one question.
    public static let memberDetail = KeyTable(always + moving + [back] + helpAndQuit)

    /// A member's vote in an open round.
    public static let memberVote = KeyTable(always + [
        KeyBinding([.up, .character("k")], label: "↑↓", short: "choose", long: "Move the highlight.", action: .moveUp),
        KeyBinding([.down, .character("j")], label: "↓", short: "down", long: "Move the highlight down.",
                   action: .moveDown, inFooter: false),
        KeyBinding(digits + [.enter], label: "1-9/Enter", short: "vote",
                   long: "Vote for that answer (or the highlighted one); you can change it until the reveal.",
                   action: .vote),
    ] + helpAndQuit)

    /// The note prompt's keys (other keys edit the note).
    public static let notePrompt = KeyTable(always + [
        KeyBinding([.enter], label: "Enter", short: "accept", long: "Record the decision as accepted, with this note.",
                   action: .promptConfirm),
        KeyBinding([.escape], label: "Esc", short: "cancel", long: "Close the prompt.", action: .promptCancel),
        KeyBinding([.control("u")], label: "Ctrl-U", short: "clear", long: "Clear the note.", action: .promptClear),
    ])

    /// The export prompt's keys (other keys edit the folder).
    public static let prompt = KeyTable(always + [
        KeyBinding([.enter], label: "Enter", short: "write", long: "Write the files.", action: .promptConfirm),
        KeyBinding([.escape], label: "Esc", short: "cancel", long: "Close the prompt.", action: .promptCancel),
        KeyBinding([.control("u")], label: "Ctrl-U", short: "clear", long: "Clear the folder.",
                         action: .promptClear),
    ])

    /// The table in effect for a state.
    public static func table(for state: TeamResultsState) -> KeyTable<TeamResultsAction> {
        if state.prompt != nil { return prompt }
        if state.note != nil { return notePrompt }
        var detailView = false
        if case .disagreement = state.view { detailView = true }
        var table: KeyTable<TeamResultsAction>
        switch state.role {
        case .viewer: table = detailView ? detail : overview
        case .facilitator: table = detailView ? facilitatorDetail : facilitatorOverview
        case .member: table = state.voting ? memberVote : detailView ? memberDetail : memberOverview
        }
        if !state.hostKeys { table.bindings.removeAll { $0.action == .export || $0.action == .suspend } }
        // `r` is offered only while a round is open (the hot seat collects its rounds in turn).
        if state.decision.openRound == nil { table.bindings.removeAll { $0.action == .revealRound } }
        // `a` leaves the footer and F1 while the result names nothing to accept, or a round is
        // open (its reveal may change it); pressed, it says why.
        if !MeetingDecision.canAccept(state.report.recommendation) || state.decision.openRound != nil {
            for index in table.bindings.indices where table.bindings[index].action == .accept {
                table.bindings[index].listed = false
            }
        }
        return table.styled(state.keys, pageUp: .pageUp, pageDown: .pageDown)
    }
}
