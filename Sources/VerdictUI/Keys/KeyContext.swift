/// Where a key binding applies: a screen, or an overlay that has the keys.
public enum KeyContext: String, Sendable, Hashable, CaseIterable {
    /// The resume question.
    case resume
    /// The welcome screen.
    case welcome
    /// The question screen.
    case question
    /// The review screen.
    case review
    /// The results screen.
    case results
    /// The what-if screen.
    case whatIf
    /// The list of all keys (F1).
    case keysOverlay
    /// "Quit without exporting? y/n".
    case quitConfirm
    /// The export path editor.
    case pathPrompt
    /// The name editor.
    case namePrompt

    /// The bit of this context in ``KeyContexts``.
    var bitIndex: UInt16 {
        switch self {
        case .welcome: 0
        case .question: 1
        case .review: 2
        case .results: 3
        case .whatIf: 4
        case .keysOverlay: 5
        case .quitConfirm: 6
        case .pathPrompt: 7
        case .resume: 8
        case .namePrompt: 9
        }
    }

    /// The context of a screen.
    public init(_ screen: Screen) {
        switch screen {
        case .resume: self = .resume
        case .welcome: self = .welcome
        case .question: self = .question
        case .review: self = .review
        case .results: self = .results
        case .whatIf: self = .whatIf
        }
    }

    /// A heading for the keys overlay.
    public var title: String {
        switch self {
        case .resume: "Unfinished session"
        case .welcome: "Welcome"
        case .question: "Questions"
        case .review: "Review"
        case .results: "Results"
        case .whatIf: "What-if"
        case .keysOverlay: "This list"
        case .quitConfirm: "Quit question"
        case .pathPrompt: "Export path"
        case .namePrompt: "Your name"
        }
    }
}
