#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What `verdict test` finds when it scores documented cases through a worksheet
/// (`--format json` writes it with sorted keys; docs/worksheets.md "Testing against cases").
public struct CaseTestReport: Codable, Sendable, Hashable {
    /// `{id, version}` of the worksheet tested.
    public var worksheet: WorksheetRef
    /// Option ids, in worksheet order.
    public var options: [String]
    /// One row per case whose chosen option is an option of the worksheet.
    public var cases: [Row]
    /// `confusion[i][j]`: cases that chose `options[i]` and were recommended `options[j]`;
    /// the last column counts cases with no recommendation (too close to call, a tie
    /// included, or all ruled out).
    public var confusion: [[Int]]
    /// Cases that agree ÷ cases (0 when there are none).
    public var accuracy: Double
    /// Mean recall over the options that at least one case chose.
    public var balancedAccuracy: Double
    /// Per option: cases that chose it, how many of them agree, and their ratio (null
    /// when no case chose it).
    public var recall: [Recall]
    /// Cases whose chosen option is not an option of the worksheet (one of its
    /// alternatives): whether the result suggested that way out.
    public var outside: [Outside]
    /// Retrospective cases decided when only one of the options existed: they chose
    /// nothing among the options, so they are named here and kept out of every figure.
    public var unopposed: [String]

    /// `{id, version}`.
    public struct WorksheetRef: Codable, Sendable, Hashable {
        /// Worksheet id.
        public var id: String
        /// Worksheet version.
        public var version: String
    }

    /// One case's result.
    public struct Row: Codable, Sendable, Hashable {
        /// Case id.
        public var id: String
        /// The option the project chose.
        public var chosen: String
        /// The recommended option; nil when too close to call (a tie included) or when every
        /// option is ruled out: such a row never agrees.
        public var recommended: String?
        /// For a too-close row, the option ahead (nil for a tie and for every other row).
        public var ahead: String?
        /// `clear`, `lean` or `too-close`.
        public var kind: String
        /// The result's margin, 0…1 (4 decimals).
        public var margin: Double
        /// Whether the recommendation is the chosen option.
        public var agrees: Bool
        /// Whether the answers are retrospective (the choice predates an option).
        public var retrospective: Bool
        /// Options left out because they did not exist when a retrospective choice was made.
        public var leftOut: [String]
        /// For a row with options left out: what the worksheet recommends when every option
        /// competes (nil when too close to call, and for every other row).
        public var amongAll: String?
        /// Visible questions answered, and visible questions.
        public var answered: Int
        /// Visible questions.
        public var visible: Int
        /// For a disagreement: the answers that moved it most away from the chosen option.
        public var movedBy: [Mover]

        /// Encodes `recommended` as an explicit null.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(chosen, forKey: .chosen)
            try container.encode(recommended, forKey: .recommended)
            try container.encode(ahead, forKey: .ahead)
            try container.encode(kind, forKey: .kind)
            try container.encode(margin, forKey: .margin)
            try container.encode(agrees, forKey: .agrees)
            try container.encode(retrospective, forKey: .retrospective)
            try container.encode(leftOut, forKey: .leftOut)
            try container.encode(amongAll, forKey: .amongAll)
            try container.encode(answered, forKey: .answered)
            try container.encode(visible, forKey: .visible)
            try container.encode(movedBy, forKey: .movedBy)
        }
    }

    /// An answer that pushed a case away from its chosen option.
    public struct Mover: Codable, Sendable, Hashable {
        /// Question id.
        public var question: String
        /// Answer id.
        public var answer: String
        /// The option it favoured over the chosen one.
        public var toward: String
        /// weight × (points for `toward` − points for the chosen option); 0 for a must-have
        /// that ruled the chosen option out.
        public var points: Double
        /// True when the answer ruled the chosen option out.
        public var rulesOut: Bool
    }

    /// Recall of one option.
    public struct Recall: Codable, Sendable, Hashable {
        /// Option id.
        public var option: String
        /// Cases that chose it.
        public var cases: Int
        /// Of those, how many were recommended it.
        public var agreed: Int
        /// agreed ÷ cases; nil when no case chose it.
        public var recall: Double?

        /// Encodes `recall` as an explicit null.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(option, forKey: .option)
            try container.encode(cases, forKey: .cases)
            try container.encode(agreed, forKey: .agreed)
            try container.encode(recall, forKey: .recall)
        }
    }

    /// A case outside the worksheet's options.
    public struct Outside: Codable, Sendable, Hashable {
        /// Case id.
        public var id: String
        /// What the project chose (an alternative of the worksheet).
        public var chosen: String
        /// What the worksheet recommended instead.
        public var recommended: String?
        /// Whether the result suggested the chosen alternative as a way out.
        public var wayOutSuggested: Bool

        /// Encodes `recommended` as an explicit null.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(chosen, forKey: .chosen)
            try container.encode(recommended, forKey: .recommended)
            try container.encode(wayOutSuggested, forKey: .wayOutSuggested)
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
