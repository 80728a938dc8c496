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
    /// In the export prompt: write, cancel, clear the path.
    case promptConfirm, promptCancel, promptClear
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
        KeyBinding([.up, .character("k")], label: "↑↓", short: "move", long: "Move the selection or scroll.",
                         action: .moveUp),
        KeyBinding([.down, .character("j")], label: "↓", short: "down", long: "Move down.",
                         action: .moveDown, inFooter: false),
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

    /// The overview's keys.
    public static let overview = KeyTable(always + moving + [
        KeyBinding([.enter, .right], label: "Enter", short: "who said what",
                         long: "Show who answered what on the highlighted disagreement, and why.", action: .open),
    ] + leaving)

    /// The keys of one disagreement.
    public static let detail = KeyTable(always + moving + [
        KeyBinding([.escape, .left, .backspace, .character("b")], label: "Esc", short: "back",
                         long: "Back to the overview.", action: .back),
    ] + leaving)

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
        var table: KeyTable<TeamResultsAction>
        if case .disagreement = state.view { table = detail } else { table = overview }
        if !state.hostKeys { table.bindings.removeAll { $0.action == .export || $0.action == .suspend } }
        return table.styled(state.keys, pageUp: .pageUp, pageDown: .pageDown)
    }
}
