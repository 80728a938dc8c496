/// "Answering QUESTION with ALTERNATIVE instead of ANSWER would, alone, give this outcome."
public struct PivotalAnswer: Sendable, Hashable {
    /// Question id.
    public var question: String
    /// The answer given; nil when the question was skipped.
    public var answer: String?
    /// The alternative answer id.
    public var alternative: String
    /// The winner after the change; nil for a tie or when every option is ruled out.
    public var winner: String?
    /// The kind after the change.
    public var kind: VerdictKind

    /// Creates a pivotal answer.
    public init(question: String, answer: String?, alternative: String, winner: String?, kind: VerdictKind) {
        self.question = question
        self.answer = answer
        self.alternative = alternative
        self.winner = winner
        self.kind = kind
    }
}

/// The smallest factor on one answered question's importance that changes the winner.
public struct FlipPoint: Sendable, Hashable {
    /// Question id.
    public var question: String
    /// The factor f > 1 at which another option draws level (beyond it, that option
    /// leads); nil when no weight change on this question flips the verdict.
    public var factor: Double?
    /// The winner just beyond the factor; nil when there is no flip.
    public var winner: String?

    /// Creates a flip point.
    public init(question: String, factor: Double?, winner: String?) {
        self.question = question
        self.factor = factor
        self.winner = winner
    }
}

/// How much the verdict depends on single answers and weights.
public struct Sensitivity: Sendable, Hashable {
    /// Alternative answers that alone change the winner or make a clear/lean result too close
    /// (for a too-close result: that make it lean or clear), in worksheet order, then answer
    /// order.
    public var pivotal: [PivotalAnswer]
    /// One entry per answered visible question, in worksheet order.
    public var flipPoints: [FlipPoint]
    /// In words, e.g. "sensitive — 1 answer could change it".
    public var robustness: String
    /// For a too-close result: the unanswered questions whose answer alone would make it
    /// lean or clear (empty when every question is answered: the pivotal answers then say
    /// which changed answer would).
    public var settle: [String]

    /// Creates a sensitivity summary.
    public init(pivotal: [PivotalAnswer], flipPoints: [FlipPoint], robustness: String, settle: [String]) {
        self.pivotal = pivotal
        self.flipPoints = flipPoints
        self.robustness = robustness
        self.settle = settle
    }

    /// Distinct questions with at least one pivotal alternative, in worksheet order.
    public var pivotalQuestions: [String] {
        var seen = Set<String>()
        return pivotal.map(\.question).filter { seen.insert($0).inserted }
    }

    /// The robustness label for a number of pivotal questions.
    public static func label(pivotalQuestions count: Int) -> String {
        switch count {
        case 0: return "robust — no single answer changes it"
        case 1: return "sensitive — 1 answer could change it"
        default: return "fragile — \(count) answers could each change it"
        }
    }
}
