#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The result JSON document (DESIGN §6, `schemaVersion: 2`, contract).
///
/// Produced by `verdict score --format json`, `run --output` and the results screen;
/// read back by `verdict team` and accepted as an answers file. Encoded with sorted keys.
/// Version 2 changed what a reason's `points` mean: the points the answer gives its option
/// beyond the option it is compared with (version 1: the points it gave the option).
public struct ResultDocument: Codable, Sendable, Hashable {
    /// The version this build writes.
    public static let currentSchemaVersion = 2
    /// The versions this build reads (their answers, scores and verdicts mean the same).
    public static let readableSchemaVersions = 1...2

    /// ``currentSchemaVersion`` for documents this build writes.
    public var schemaVersion: Int
    /// The producing tool.
    public var tool: ToolInfo
    /// Which worksheet was answered.
    public var worksheet: WorksheetInfo
    /// Who answered ("" when not given).
    public var respondent: String
    /// ISO 8601 UTC completion time, e.g. `2026-11-25T10:30:00Z`.
    public var completedAt: String
    /// The answers given, in worksheet order.
    public var answers: [AnswerEntry]
    /// Scores, best first.
    public var scores: [ScoreEntry]
    /// The verdict.
    public var recommendation: RecommendationEntry
    /// Winner's reasons, then runner-up's counterpoints.
    public var reasons: [ReasonEntry]
    /// How robust the verdict is.
    public var sensitivity: SensitivityEntry
    /// Present only for `score --what-if`: the hypothetical changes and the result with them.
    public var whatIf: WhatIfEntry?
    /// How many of the visible questions were answered (absent in documents from older builds).
    public var basis: BasisEntry?
    /// The worksheet's alternatives and whether the result suggests each (absent in
    /// documents from older builds; empty when the worksheet names none).
    public var alternatives: [AlternativeEntry]?

    /// Creates a document.
    public init(
        schemaVersion: Int = currentSchemaVersion, tool: ToolInfo = ToolInfo(), worksheet: WorksheetInfo, respondent: String,
        completedAt: String, answers: [AnswerEntry], scores: [ScoreEntry], recommendation: RecommendationEntry,
        reasons: [ReasonEntry], sensitivity: SensitivityEntry, whatIf: WhatIfEntry? = nil,
        basis: BasisEntry? = nil, alternatives: [AlternativeEntry]? = nil
    ) {
        self.schemaVersion = schemaVersion
        self.tool = tool
        self.worksheet = worksheet
        self.respondent = respondent
        self.completedAt = completedAt
        self.answers = answers
        self.scores = scores
        self.recommendation = recommendation
        self.reasons = reasons
        self.sensitivity = sensitivity
        self.whatIf = whatIf
        self.basis = basis
        self.alternatives = alternatives
    }

    /// The option a side's reasons are compared with: for the leader the runner-up, for the
    /// runner-up the leader (the first other option not ruled out; nil when none is left).
    public func comparedOption(for option: String) -> String? {
        scores.first { !$0.ruledOut && $0.option != option }?.option
    }

    /// "Based on 6 of 25 questions": visible questions answered, and visible questions.
    public struct BasisEntry: Codable, Sendable, Hashable {
        /// Visible questions answered.
        public var answered: Int
        /// Questions visible under these answers.
        public var visible: Int
        /// Creates an entry.
        public init(answered: Int, visible: Int) {
            self.answered = answered
            self.visible = visible
        }
    }

    /// An alternative (a way out of the options) and whether the result suggests it.
    public struct AlternativeEntry: Codable, Sendable, Hashable {
        /// Alternative id.
        public var id: String
        /// Display name.
        public var name: String
        /// Its percent of what it could reach on the visible questions.
        public var percent: Double
        /// Answered questions that signalled it.
        public var signalled: Int
        /// Whether the result suggests it.
        public var suggested: Bool
        /// The worksheet to run for it (null when none is named).
        public var worksheet: String?
        /// Creates an entry.
        public init(id: String, name: String, percent: Double, signalled: Int, suggested: Bool, worksheet: String?) {
            self.id = id
            self.name = name
            self.percent = percent
            self.signalled = signalled
            self.suggested = suggested
            self.worksheet = worksheet
        }

        /// Encodes `worksheet` as an explicit null.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(name, forKey: .name)
            try container.encode(percent, forKey: .percent)
            try container.encode(signalled, forKey: .signalled)
            try container.encode(suggested, forKey: .suggested)
            try container.encode(worksheet, forKey: .worksheet)
        }
    }

    /// `{name, version}` of the producing tool.
    public struct ToolInfo: Codable, Sendable, Hashable {
        /// "verdict".
        public var name: String
        /// Semantic version.
        public var version: String
        /// Creates tool info; defaults to this build.
        public init(name: String = VerdictVersion.toolName, version: String = VerdictVersion.tool) {
            self.name = name
            self.version = version
        }
    }

    /// `{id, version, title, sha256}` of the answered worksheet.
    public struct WorksheetInfo: Codable, Sendable, Hashable {
        /// Worksheet id.
        public var id: String
        /// The worksheet's own version.
        public var version: String
        /// The worksheet's title.
        public var title: String
        /// Lower-case hex SHA-256 of the worksheet source bytes.
        public var sha256: String
        /// Creates worksheet info.
        public init(id: String, version: String, title: String, sha256: String) {
            self.id = id
            self.version = version
            self.title = title
            self.sha256 = sha256
        }
    }

    /// One answer: question id, answer id, the answer's label, importance multiplier.
    public struct AnswerEntry: Codable, Sendable, Hashable {
        /// Question id.
        public var question: String
        /// Answer id.
        public var answer: String
        /// The answer's label in the worksheet.
        public var label: String
        /// Importance multiplier (1 = as weighted).
        public var importance: Double
        /// Creates an entry.
        public init(question: String, answer: String, label: String, importance: Double) {
            self.question = question
            self.answer = answer
            self.label = label
            self.importance = importance
        }
    }

    /// One option's score.
    public struct ScoreEntry: Codable, Sendable, Hashable {
        /// Option id.
        public var option: String
        /// Option display name.
        public var name: String
        /// Σ weight × importance × answer points (4 decimals).
        public var points: Double
        /// The most the option could reach on the visible questions.
        public var max: Double
        /// points ÷ max × 100.
        public var percent: Double
        /// True when a must-have answer ruled the option out.
        public var ruledOut: Bool
        /// Ids of the questions whose answers rule the option out, in worksheet order
        /// (empty unless `ruledOut`; read as empty when absent).
        public var ruledOutBy: [String]
        /// Creates an entry.
        public init(
            option: String, name: String, points: Double, max: Double, percent: Double, ruledOut: Bool,
            ruledOutBy: [String] = []
        ) {
            self.option = option
            self.name = name
            self.points = points
            self.max = max
            self.percent = percent
            self.ruledOut = ruledOut
            self.ruledOutBy = ruledOutBy
        }

        /// Decodes an entry; `ruledOutBy` may be absent.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            option = try container.decode(String.self, forKey: .option)
            name = try container.decode(String.self, forKey: .name)
            points = try container.decode(Double.self, forKey: .points)
            max = try container.decode(Double.self, forKey: .max)
            percent = try container.decode(Double.self, forKey: .percent)
            ruledOut = try container.decode(Bool.self, forKey: .ruledOut)
            ruledOutBy = try container.decodeIfPresent([String].self, forKey: .ruledOutBy) ?? []
        }
    }

    /// The verdict: option id or null, kind (`clear`, `lean`, `too-close`), margin 0…1.
    public struct RecommendationEntry: Codable, Sendable, Hashable {
        /// Recommended option id, or nil for a tie or when every option is ruled out.
        public var option: String?
        /// `clear`, `lean` or `too-close`.
        public var kind: String
        /// (winner − runner-up) ÷ winner's max, 0…1.
        public var margin: Double
        /// Question ids that would settle a too-close result (empty otherwise).
        public var settle: [String]
        /// Creates an entry.
        public init(option: String?, kind: String, margin: Double, settle: [String] = []) {
            self.option = option
            self.kind = kind
            self.margin = margin
            self.settle = settle
        }

        /// Encodes `option` as an explicit null, never omitted.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(option, forKey: .option)  // explicit null, never omitted
            try container.encode(kind, forKey: .kind)
            try container.encode(margin, forKey: .margin)
            try container.encode(settle, forKey: .settle)
        }
    }

    /// One reason: the answer's contribution to an option and its sentence.
    public struct ReasonEntry: Codable, Sendable, Hashable {
        /// Question id.
        public var question: String
        /// Answer id given.
        public var answer: String
        /// The option it is a reason for.
        public var option: String
        /// Points beyond the compared option (``ResultDocument/comparedOption(for:)``):
        /// weight × importance × (points for `option` − points for the compared one), > 0.
        public var points: Double
        /// The answer's reason sentence.
        public var text: String
        /// `winner` or `runner-up`.
        public var side: String
        /// Creates an entry.
        public init(question: String, answer: String, option: String, points: Double, text: String, side: String) {
            self.question = question
            self.answer = answer
            self.option = option
            self.points = points
            self.text = text
            self.side = side
        }
    }

    /// Sensitivity of the verdict (issue "explain and stress-test").
    public struct SensitivityEntry: Codable, Sendable, Hashable {
        /// e.g. "robust — no single answer changes it".
        public var robustness: String
        /// Answers that alone would change the winner (or make it too close).
        public var pivotal: [PivotalEntry]
        /// Per answered question: factor on its weight that would flip the winner, or null.
        public var flipPoints: [FlipPointEntry]
        /// Creates an entry.
        public init(robustness: String, pivotal: [PivotalEntry], flipPoints: [FlipPointEntry]) {
            self.robustness = robustness
            self.pivotal = pivotal
            self.flipPoints = flipPoints
        }
    }

    /// "Answering QUESTION with ALTERNATIVE instead of ANSWER would make it OUTCOME."
    public struct PivotalEntry: Codable, Sendable, Hashable {
        /// Question id.
        public var question: String
        /// The answer given (null when the question was skipped).
        public var answer: String?
        /// The alternative answer id.
        public var alternative: String
        /// New winner option id, or null when the result would become too close / a tie.
        public var winner: String?
        /// New kind (`clear`, `lean`, `too-close`).
        public var kind: String
        /// Creates an entry.
        public init(question: String, answer: String?, alternative: String, winner: String?, kind: String) {
            self.question = question
            self.answer = answer
            self.alternative = alternative
            self.winner = winner
            self.kind = kind
        }

        /// Encodes nil fields as explicit nulls.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(question, forKey: .question)
            try container.encode(answer, forKey: .answer)
            try container.encode(alternative, forKey: .alternative)
            try container.encode(winner, forKey: .winner)
            try container.encode(kind, forKey: .kind)
        }
    }

    /// The factor by which a question's weight must be multiplied to change the winner.
    public struct FlipPointEntry: Codable, Sendable, Hashable {
        /// Question id.
        public var question: String
        /// null: no weight change flips it.
        public var factor: Double?
        /// The winner after the flip (null when no flip).
        public var winner: String?
        /// Creates an entry.
        public init(question: String, factor: Double?, winner: String?) {
            self.question = question
            self.factor = factor
            self.winner = winner
        }

        /// Encodes nil fields as explicit nulls.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(question, forKey: .question)
            try container.encode(factor, forKey: .factor)
            try container.encode(winner, forKey: .winner)
        }
    }

    /// The `--what-if` section: which answers were changed and the result with the changes.
    public struct WhatIfEntry: Codable, Sendable, Hashable {
        /// The changes, in the order given.
        public var changes: [ChangeEntry]
        /// The answers after the changes, in worksheet order.
        public var answers: [AnswerEntry]
        /// Scores after the changes, best first.
        public var scores: [ScoreEntry]
        /// The verdict after the changes.
        public var recommendation: RecommendationEntry
        /// Reasons after the changes.
        public var reasons: [ReasonEntry]
        /// Sensitivity after the changes.
        public var sensitivity: SensitivityEntry
        /// Creates an entry.
        public init(
            changes: [ChangeEntry], answers: [AnswerEntry], scores: [ScoreEntry],
            recommendation: RecommendationEntry, reasons: [ReasonEntry], sensitivity: SensitivityEntry
        ) {
            self.changes = changes
            self.answers = answers
            self.scores = scores
            self.recommendation = recommendation
            self.reasons = reasons
            self.sensitivity = sensitivity
        }
    }

    /// One hypothetical change: question, the answer given (null if skipped), the new answer
    /// (null to leave it unanswered).
    public struct ChangeEntry: Codable, Sendable, Hashable {
        /// Question id.
        public var question: String
        /// The answer given; nil when the question was skipped.
        public var from: String?
        /// The hypothetical answer; nil leaves the question unanswered.
        public var to: String?
        /// Creates an entry.
        public init(question: String, from: String?, to: String?) {
            self.question = question
            self.from = from
            self.to = to
        }

        /// Encodes `from` and `to` as explicit nulls, never omitted.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(question, forKey: .question)
            try container.encode(from, forKey: .from)
            try container.encode(to, forKey: .to)
        }
    }

    /// UTF-8 JSON with sorted keys and a trailing newline.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }
}
