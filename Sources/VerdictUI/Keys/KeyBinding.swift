/// One key binding, for every screen (huh's `key.Binding`): the keys, their label, short
/// help for the footer, long help for the keys overlay, the action, and — in the run's
/// ``KeyMap``, which serves several screens — the contexts it works in.
///
/// The footer and the overlay are generated from these values, so they cannot drift
/// from what the keys actually do.
public struct KeyBinding<Action: Hashable & Sendable>: Sendable, Hashable {
    /// The keys that trigger the action.
    public var keys: [Key]
    /// How the keys are written on screen, e.g. `↑/k` (`Up/k` under ASCII, ``Charset``).
    public var label: String
    /// A word or two for the footer.
    public var short: String
    /// One sentence for the keys overlay.
    public var long: String
    /// What the binding does.
    public var action: Action
    /// Where it applies (the run's contexts; a table of one screen leaves it at `.all`).
    public var contexts: KeyContexts
    /// Whether the footer lists it (the overlay lists every listed binding).
    public var inFooter: Bool
    /// Whether the footer and the keys overlay list it at all: false while the key, pressed,
    /// only says why it does nothing now (accepting a team result too close to call).
    public var listed = true

    /// Creates a binding.
    public init(
        _ keys: [Key], label: String, short: String, long: String, action: Action,
        contexts: KeyContexts = .all, inFooter: Bool = true
    ) {
        self.keys = keys
        self.label = label
        self.short = short
        self.long = long
        self.action = action
        self.contexts = contexts
        self.inFooter = inFooter
    }

    /// The footer text of this binding: `label short`.
    public var footerText: String { "\(label) \(short)" }
}
