/// How one option did.
public struct OptionScore: Sendable, Hashable {
    /// Option id.
    public var option: String
    /// Option display name.
    public var name: String
    /// Σ weight × importance × points over answered, visible questions.
    public var points: Double
    /// The most the option could have reached on the visible questions.
    public var max: Double
    /// `points / max × 100` (0 when max is 0).
    public var percent: Double
    /// True when a must-have answer rules this option out.
    public var ruledOut: Bool

    /// Creates a score.
    public init(option: String, name: String, points: Double, max: Double, percent: Double, ruledOut: Bool = false) {
        self.option = option
        self.name = name
        self.points = points
        self.max = max
        self.percent = percent
        self.ruledOut = ruledOut
    }
}

/// The strength of a recommendation.
public enum VerdictKind: String, Sendable, Hashable, CaseIterable {
    /// The margin is at or above the worksheet's lean threshold.
    case clear
    /// The margin is between the too-close and lean thresholds.
    case lean
    /// The margin is under the too-close threshold (always so for an exact tie).
    case tooClose = "too-close"
}

/// The verdict: which option, how strongly, by what margin.
public struct Recommendation: Sendable, Hashable {
    /// The recommended option id; nil for an exact tie or when every option is ruled out.
    public var option: String?
    /// clear, lean or too-close.
    public var kind: VerdictKind
    /// (winner − runner-up) ÷ winner's reachable total, in 0…1.
    public var margin: Double

    /// Creates a recommendation.
    public init(option: String?, kind: VerdictKind, margin: Double) {
        self.option = option
        self.kind = kind
        self.margin = margin
    }
}

/// Which side of the verdict a reason supports.
public enum ReasonSide: String, Sendable, Hashable {
    /// Supports the recommended (or leading) option.
    case winner
    /// The strongest points for the runner-up.
    case runnerUp = "runner-up"
}

/// An answer that gives an option points beyond the option it is compared with (the
/// runner-up for the leader's reasons, the leader for the runner-up's), with the worksheet's
/// sentence for it.
public struct Reason: Sendable, Hashable {
    /// Question id.
    public var question: String
    /// Answer id given.
    public var answer: String
    /// Option the points went to.
    public var option: String
    /// Points beyond the compared option: weight × importance × (the answer's points for
    /// this option − its points for the compared one), always > 0.
    public var points: Double
    /// The answer's reason sentence.
    public var text: String
    /// Winner's reason or runner-up's counterpoint.
    public var side: ReasonSide

    /// Creates a reason.
    public init(question: String, answer: String, option: String, points: Double, text: String, side: ReasonSide) {
        self.question = question
        self.answer = answer
        self.option = option
        self.points = points
        self.text = text
        self.side = side
    }
}

/// How an alternative (a way out of the worksheet's options) did: its signals scored like
/// an option's points, and whether the result suggests it.
public struct AlternativeScore: Sendable, Hashable {
    /// Alternative id.
    public var alternative: String
    /// Display name.
    public var name: String
    /// Σ weight × importance × signal points over answered, visible questions.
    public var points: Double
    /// The most it could reach on the visible questions.
    public var max: Double
    /// `points / max × 100` (0 when max is 0).
    public var percent: Double
    /// How many answered, visible questions signalled it.
    public var signalled: Int
    /// True when its percent is at least the leading option's and at least two answers
    /// signalled it.
    public var suggested: Bool
    /// The worksheet that weighs it properly, if the worksheet names one.
    public var worksheet: String?

    /// Creates a score.
    public init(alternative: String, name: String, points: Double, max: Double, percent: Double, signalled: Int,
                suggested: Bool, worksheet: String?) {
        self.alternative = alternative
        self.name = name
        self.points = points
        self.max = max
        self.percent = percent
        self.signalled = signalled
        self.suggested = suggested
        self.worksheet = worksheet
    }
}

/// Everything the scorer concludes from one set of responses.
public struct ScoreReport: Sendable, Hashable {
    /// Scores sorted best first (ties keep worksheet order).
    public var scores: [OptionScore]
    /// The verdict.
    public var recommendation: Recommendation
    /// The leader's reasons, then the runner-up's, each side strongest first.
    public var reasons: [Reason]
    /// Ids of the questions visible under these answers, in worksheet order.
    public var visibleQuestions: [String]
    /// Ids of visible questions left unanswered, in worksheet order.
    public var unanswered: [String]
    /// Option id → ids of the questions whose answers rule it out.
    public var ruledOut: [String: [String]]
    /// The worksheet's alternatives, in worksheet order (empty when it names none).
    public var alternatives: [AlternativeScore]

    /// Creates a report.
    public init(
        scores: [OptionScore], recommendation: Recommendation, reasons: [Reason],
        visibleQuestions: [String], unanswered: [String], ruledOut: [String: [String]],
        alternatives: [AlternativeScore] = []
    ) {
        self.scores = scores
        self.recommendation = recommendation
        self.reasons = reasons
        self.visibleQuestions = visibleQuestions
        self.unanswered = unanswered
        self.ruledOut = ruledOut
        self.alternatives = alternatives
    }

    /// How many visible questions were answered ("based on 6 of 25 questions").
    public var answeredCount: Int { visibleQuestions.count - unanswered.count }

    /// The alternatives the result suggests.
    public var suggestedAlternatives: [AlternativeScore] { alternatives.filter(\.suggested) }

    /// The score of one option.
    public func score(of option: String) -> OptionScore? { scores.first { $0.option == option } }
}
