import VerdictEngine

/// Every key binding of the interactive session, in lookup order (first match wins).
///
/// The footer of each screen, the keys overlay and the welcome guide are generated from
/// this list.
public struct KeyMap: Sendable {
    /// The bindings, in lookup order.
    public var bindings: [KeyBinding<KeyAction>]

    /// Creates a key map.
    public init(bindings: [KeyBinding<KeyAction>]) { self.bindings = bindings }

    /// The standard map for a key style: `vim` adds Ctrl-F and Ctrl-B to page down and
    /// up, in the table, so the footer and the keys overlay show them.
    public init(style: KeyStyle) {
        bindings = KeyTable(Self.standard.bindings).styled(style, pageUp: .pageUp, pageDown: .pageDown).bindings
    }

    // MARK: - Queries

    /// The table of a context: the bindings that work there, in order.
    public func table(for context: KeyContext) -> KeyTable<KeyAction> {
        KeyTable(bindings.filter { $0.contexts.contains(context) })
    }

    /// The bindings that work in a context, in order.
    public func bindings(for context: KeyContext) -> [KeyBinding<KeyAction>] { table(for: context).bindings }

    /// The bindings the footer lists for a context, in order.
    public func footer(for context: KeyContext) -> [KeyBinding<KeyAction>] { table(for: context).footer }

    /// The map without the bindings of these actions (so the footer and F1 drop them too).
    public func without(_ actions: Set<KeyAction>) -> KeyMap {
        KeyMap(bindings: bindings.filter { !actions.contains($0.action) })
    }

    /// What a key does in a context, if anything.
    public func action(for key: Key, in context: KeyContext) -> KeyAction? {
        bindings.first { $0.contexts.contains(context) && $0.keys.contains(key) }?.action
    }

    // MARK: - The standard map

    private static func chars(_ text: String) -> [Key] { text.map { Key.character($0) } }

    /// The key map of `verdict run`.
    public static let standard: KeyMap = {
        let all = KeyContexts.all
        let screens = KeyContexts.screens
        let lists: KeyContexts = [.welcome, .question, .review, .results, .whatIf, .keysOverlay]
        return KeyMap(bindings: [
            KeyBinding([.control("c")], label: "Ctrl-C", short: "abort",
                       long: "Stop at once; your answers are already saved.", action: .forceQuit,
                       contexts: all, inFooter: false),
            KeyBinding([.control("z")], label: "Ctrl-Z", short: "suspend",
                       long: "Put Verdict in the background; `fg` brings it back.", action: .suspend,
                       contexts: all, inFooter: false),
            // Overlays
            KeyBinding([.escape, .function(1), .character("?"), .character("q")], label: "Esc", short: "close",
                       long: "Close this list of keys.", action: .closeOverlay, contexts: [.keysOverlay]),
            KeyBinding(chars("yY"), label: "y", short: "quit",
                       long: "Quit now (the question says what becomes of your answers).", action: .confirmYes,
                       contexts: [.quitConfirm]),
            KeyBinding(chars("nN") + [.escape], label: "n/Esc", short: "stay",
                       long: "Stay in Verdict.", action: .confirmNo, contexts: [.quitConfirm]),
            KeyBinding([.enter], label: "Enter", short: "export",
                       long: "Write the file to the path shown.", action: .promptConfirm, contexts: [.pathPrompt]),
            KeyBinding([.escape], label: "Esc", short: "cancel",
                       long: "Close the path prompt without exporting.", action: .promptCancel,
                       contexts: [.pathPrompt]),
            KeyBinding([.control("u")], label: "Ctrl-U", short: "clear",
                       long: "Clear the path to type a new one.", action: .promptClear, contexts: [.pathPrompt]),
            KeyBinding([.enter], label: "Enter", short: "use name",
                       long: "Use this name: it is saved with your answers and recorded in exports.",
                       action: .promptConfirm, contexts: [.namePrompt]),
            KeyBinding([.escape], label: "Esc", short: "cancel",
                       long: "Keep the name as it was.", action: .promptCancel, contexts: [.namePrompt]),
            KeyBinding([.control("u")], label: "Ctrl-U", short: "clear",
                       long: "Clear the name to type another.", action: .promptClear, contexts: [.namePrompt]),
            // Resume question
            KeyBinding([.character("y"), .character("Y"), .enter], label: "y/Enter", short: "resume",
                       long: "Continue the unfinished session where it stopped.", action: .resumeSaved,
                       contexts: [.resume]),
            KeyBinding(chars("nN"), label: "n", short: "start fresh",
                       long: "Start over (the unfinished session is replaced at the first answer).",
                       action: .startFresh, contexts: [.resume]),
            // Welcome
            KeyBinding([.enter, .right], label: "Enter", short: "start",
                       long: "Start with the first question.", action: .start, contexts: [.welcome]),
            // Lists
            KeyBinding([.up, .character("k")], label: "↑/k", short: "up",
                       long: "Move the selection up (or scroll up).", action: .moveUp, contexts: lists),
            KeyBinding([.down, .character("j")], label: "↓/j", short: "down",
                       long: "Move the selection down (or scroll down).", action: .moveDown, contexts: lists),
            KeyBinding([.pageUp], label: "PgUp", short: "page up",
                       long: "Move a page up.", action: .pageUp, contexts: lists, inFooter: false),
            KeyBinding([.pageDown], label: "PgDn", short: "page down",
                       long: "Move a page down.", action: .pageDown, contexts: lists, inFooter: false),
            // Question
            KeyBinding(chars("123456789"), label: "1-9", short: "pick",
                       long: "Pick that answer directly and go on.", action: .pickNumber, contexts: [.question]),
            KeyBinding(chars("y"), label: "y", short: "yes",
                       long: "On a yes/no question: answer yes and go on.", action: .pickYes,
                       contexts: [.question], inFooter: false),
            KeyBinding(chars("n"), label: "n", short: "no",
                       long: "On a yes/no question: answer no and go on.", action: .pickNo,
                       contexts: [.question], inFooter: false),
            KeyBinding([.enter], label: "Enter", short: "confirm",
                       long: "Choose the selected answer and go on.", action: .confirm, contexts: [.question]),
            KeyBinding([.left, .character("h"), .backspace, .backTab], label: "←/h", short: "back",
                       long: "Go to the previous question (also Backspace, Shift-Tab).", action: .back,
                       contexts: [.question]),
            KeyBinding([.right, .character("l"), .tab], label: "→/l", short: "next",
                       long: "Go to the next question, keeping the answer (also Tab).", action: .forward,
                       contexts: [.question]),
            KeyBinding(chars("s"), label: "s", short: "skip",
                       long: "Leave this question unanswered and go on.", action: .skip, contexts: [.question]),
            KeyBinding(chars("?"), label: "?", short: "why",
                       long: "Show or hide why this question matters.", action: .toggleHelpText,
                       contexts: [.question]),
            KeyBinding([.escape], label: "Esc", short: "hide why",
                       long: "Hide the help text.", action: .closeOverlay, contexts: [.question], inFooter: false),
            KeyBinding(chars("+="), label: "+", short: "matters more",
                       long: "This question matters more (normal → a lot).", action: .importanceUp,
                       contexts: [.question]),
            KeyBinding(chars("-_"), label: "-", short: "less",
                       long: "This question matters less (normal → barely).", action: .importanceDown,
                       contexts: [.question]),
            KeyBinding(chars("t"), label: "t", short: "scores",
                       long: "Show or hide the live score panel.", action: .toggleScores, contexts: [.question]),
            // Review
            KeyBinding([.enter], label: "Enter", short: "edit/open",
                       long: "Edit the selected answer, or open the results on the last row.",
                       action: .editAnswer, contexts: [.review]),
            KeyBinding(chars("v"), label: "v", short: "results",
                       long: "Show the results.", action: .showResults, contexts: [.review]),
            KeyBinding([.escape, .character("r")], label: "Esc/r", short: "back",
                       long: "Back to where you opened the review: the question you were on, or the results.",
                       action: .closeReview, contexts: [.review]),
            // Results
            KeyBinding(chars("e"), label: "e", short: "JSON",
                       long: "Export the result as JSON (you can edit the path).", action: .exportJSON,
                       contexts: [.results]),
            KeyBinding(chars("m"), label: "m", short: "Markdown",
                       long: "Export the result as Markdown (you can edit the path).", action: .exportMarkdown,
                       contexts: [.results]),
            KeyBinding(chars("n"), label: "n", short: "your name",
                       long: "Type your name; exports record it (verdict team needs it).",
                       action: .editName, contexts: [.welcome, .results]),
            KeyBinding(chars("w"), label: "w", short: "what-if",
                       long: "Try another answer to one question and watch the bars move.", action: .whatIf,
                       contexts: [.results]),
            KeyBinding(chars("rb"), label: "r/b", short: "review",
                       long: "Back to the review of your answers.", action: .review, contexts: [.results]),
            // What-if
            KeyBinding([.left, .character("h")], label: "←/h", short: "previous answer",
                       long: "Try the previous answer to the selected question.", action: .tryPrevious,
                       contexts: [.whatIf]),
            KeyBinding([.right, .character("l")], label: "→/l", short: "next answer",
                       long: "Try the next answer to the selected question.", action: .tryNext,
                       contexts: [.whatIf]),
            KeyBinding([.enter], label: "Enter", short: "keep",
                       long: "Keep the answers you tried.", action: .keepWhatIf, contexts: [.whatIf]),
            KeyBinding([.escape], label: "Esc", short: "revert",
                       long: "Go back to your real answers.", action: .revertWhatIf, contexts: [.whatIf]),
            // Everywhere after the welcome
            KeyBinding(chars("r"), label: "r", short: "review",
                       long: "Review every answer.", action: .review, contexts: [.question]),
            KeyBinding([.function(1)], label: "F1", short: "keys",
                       long: "List every key.", action: .showKeys, contexts: [.question]),
            KeyBinding([.function(1), .character("?")], label: "F1/?", short: "keys",
                       long: "List every key.", action: .showKeys, contexts: screens.subtracting([.question])),
            KeyBinding(chars("q"), label: "q", short: "quit",
                       long: "Quit; asks first when answers are not yet exported.", action: .quit,
                       contexts: screens),
        ])
    }()
}
