/// A set of ``KeyContext`` values, one bit each.
///
/// Every binding carries one, every key and every footer looks through them, and the
/// standard key map builds forty at start-up: as bits they need no allocation and no
/// hashing (DESIGN §2b).
public struct KeyContexts: OptionSet, Sendable, Hashable {
    /// One bit per context, in ``KeyContext/allCases`` order.
    public let rawValue: UInt16

    /// A set from its bits.
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// The set holding one context.
    public init(_ context: KeyContext) { rawValue = 1 << context.bitIndex }

    /// Whether the set holds `context`.
    public func contains(_ context: KeyContext) -> Bool { rawValue & (1 << context.bitIndex) != 0 }

    /// The welcome screen.
    public static let welcome = KeyContexts(.welcome)
    /// The question screen.
    public static let question = KeyContexts(.question)
    /// The review screen.
    public static let review = KeyContexts(.review)
    /// The results screen.
    public static let results = KeyContexts(.results)
    /// The what-if screen.
    public static let whatIf = KeyContexts(.whatIf)
    /// The list of all keys.
    public static let keysOverlay = KeyContexts(.keysOverlay)
    /// The quit confirmation.
    public static let quitConfirm = KeyContexts(.quitConfirm)
    /// The export path editor.
    public static let pathPrompt = KeyContexts(.pathPrompt)
    /// The name editor.
    public static let namePrompt = KeyContexts(.namePrompt)

    /// The resume question.
    public static let resume = KeyContexts(.resume)

    /// The screens (not overlays).
    public static let screens: KeyContexts = [.resume, .welcome, .question, .review, .results, .whatIf]
    /// Every context.
    public static let all = KeyContexts(rawValue: UInt16((1 << KeyContext.allCases.count) - 1))
}
