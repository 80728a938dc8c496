#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The team JSON document (DESIGN §6, `schemaVersion: 3`, contract; schemas/team.schema.json).
/// Version 2 changed what a reason's `points` mean: the team's mean points the answer gives
/// its option beyond the option it is compared with (version 1: the points it gave the option).
/// Version 2 also added `meeting` (null outside a meeting).
/// Version 3: `agreed` holds only questions two or more members answered alike (one member's
/// answer is not an agreement; version 2 listed those too).
///
/// Written by `verdict team --format json`, with sorted keys. Optional values are written
/// as explicit `null`, never omitted.
public struct TeamDocument: Codable, Sendable, Hashable {
    /// 3 for this layout (version 2 also listed questions one member answered under `agreed`;
    /// version 1 had other reason points and no `meeting`).
    public var schemaVersion: Int
    /// The producing tool.
    public var tool: ResultDocument.ToolInfo
    /// The worksheet every member was scored against.
    public var worksheet: ResultDocument.WorksheetInfo
    /// The members, in input order.
    public var members: [Member]
    /// Combined scores, best first.
    public var scores: [Score]
    /// The team's verdict.
    public var recommendation: Verdict
    /// How much the team agrees.
    public var consensus: Agreement
    /// Questions the team split on, most important first.
    public var disagreements: [Disagreement]
    /// Questions two or more members answered, all alike.
    public var agreed: [Agreed]
    /// The leader's strongest reasons, then the runner-up's.
    public var reasons: [Reason]
    /// What the meeting decided after the reveal; null outside a meeting.
    public var meeting: Meeting?

    // MARK: - Building

    /// The document for a merged team.
    public init(report: TeamReport) {
        schemaVersion = 3
        tool = ResultDocument.ToolInfo()
        let sheet = report.worksheet
        worksheet = ResultDocument.WorksheetInfo(id: sheet.id, version: sheet.version, title: sheet.title, sha256: sheet.sha256)
        members = report.members.map { member in
            Member(
                name: member.name, file: member.file, pick: member.pick, kind: member.recommendation.kind.rawValue,
                margin: member.recommendation.margin, answered: member.answered,
                scores: member.scores.map {
                    MemberScore(option: $0.option, points: $0.points, max: $0.max, percent: $0.percent, ruledOut: $0.ruledOut)
                })
        }
        scores = report.scores.map {
            Score(
                option: $0.option, name: $0.name, mean: $0.mean, median: $0.median, min: $0.min, max: $0.max,
                spread: $0.spread, reachable: $0.reachable, percent: $0.percent, ruledOut: $0.ruledOut,
                ruledOutBy: $0.ruledOutBy)
        }
        recommendation = Verdict(
            option: report.recommendation.option, kind: report.recommendation.kind.rawValue,
            margin: report.recommendation.margin)
        consensus = Agreement(
            membersWithTeamPick: report.consensus.membersWithTeamPick, pickShare: report.consensus.pickShare,
            pairwiseAgreement: report.consensus.pairwiseAgreement, comparedPairs: report.consensus.comparedPairs)
        disagreements = report.disagreements.map { tally in
            Disagreement(
                question: tally.question, prompt: tally.prompt, weight: tally.weight, answering: tally.answering,
                split: tally.split, impact: tally.impact, priority: tally.priority,
                groups: tally.groups.map { Group(answer: $0.answer, label: $0.label, reason: $0.reason, members: $0.members) })
        }
        agreed = report.agreed.compactMap { tally in
            tally.groups.first.map {
                Agreed(question: tally.question, prompt: tally.prompt, answer: $0.answer, label: $0.label, answering: tally.answering)
            }
        }
        reasons = report.reasons.map {
            Reason(question: $0.question, answer: $0.answer, option: $0.option, points: $0.points,
                   members: $0.members, text: $0.text, side: $0.side.rawValue)
        }
        meeting = report.meeting.map { Meeting($0, worksheet: sheet) }
    }

    /// Encodes `meeting` as an explicit null outside a meeting.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schemaVersion, forKey: .schemaVersion)
        try container.encode(tool, forKey: .tool)
        try container.encode(worksheet, forKey: .worksheet)
        try container.encode(members, forKey: .members)
        try container.encode(scores, forKey: .scores)
        try container.encode(recommendation, forKey: .recommendation)
        try container.encode(consensus, forKey: .consensus)
        try container.encode(disagreements, forKey: .disagreements)
        try container.encode(agreed, forKey: .agreed)
        try container.encode(reasons, forKey: .reasons)
        try container.encode(meeting, forKey: .meeting)
    }

    // MARK: - Encoding

    /// UTF-8 JSON with sorted keys and a trailing newline.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }

    // MARK: - Parts

    /// One member: their pick and scores.
    public struct Member: Codable, Sendable, Hashable {
        /// Display name.
        public var name: String
        /// The result file read.
        public var file: String
        /// The member's own pick, or null for a tie.
        public var pick: String?
        /// `clear`, `lean` or `too-close`.
        public var kind: String
        /// Margin 0…1 (DESIGN §4).
        public var margin: Double
        /// Visible questions answered.
        public var answered: Int
        /// Scores in worksheet option order.
        public var scores: [MemberScore]

        /// Encodes optional values as explicit null.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(file, forKey: .file)
            try container.encode(pick, forKey: .pick)
            try container.encode(kind, forKey: .kind)
            try container.encode(margin, forKey: .margin)
            try container.encode(answered, forKey: .answered)
            try container.encode(scores, forKey: .scores)
        }
    }

    /// One option's score for one member.
    public struct MemberScore: Codable, Sendable, Hashable {
        /// Option id.
        public var option: String
        /// Points.
        public var points: Double
        /// Highest value.
        public var max: Double
        /// Percent of the reachable total, 0…100.
        public var percent: Double
        /// Ruled out by must-have answers.
        public var ruledOut: Bool
    }

    /// One option's combined score.
    public struct Score: Codable, Sendable, Hashable {
        /// Option id.
        public var option: String
        /// Display name.
        public var name: String
        /// Mean of the members' points.
        public var mean: Double
        /// Median of the members' points.
        public var median: Double
        /// Lowest member's points.
        public var min: Double
        /// Highest value.
        public var max: Double
        /// max − min.
        public var spread: Double
        /// Mean of the members' reachable totals.
        public var reachable: Double
        /// mean ÷ reachable × 100.
        public var percent: Double
        /// True when every member ruled it out.
        public var ruledOut: Bool
        /// Members whose must-have answers rule it out.
        public var ruledOutBy: [String]
    }

    /// The team's verdict.
    public struct Verdict: Codable, Sendable, Hashable {
        /// Option id, or null (exact tie, or every option ruled out).
        public var option: String?
        /// `clear`, `lean` or `too-close`.
        public var kind: String
        /// Margin 0…1 (DESIGN §4).
        public var margin: Double

        /// Encodes optional values as explicit null.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(option, forKey: .option)
            try container.encode(kind, forKey: .kind)
            try container.encode(margin, forKey: .margin)
        }
    }

    /// Consensus figures (docs/team.md).
    public struct Agreement: Codable, Sendable, Hashable {
        /// Members whose own pick is the team's.
        public var membersWithTeamPick: Int
        /// null when the team has no pick.
        public var pickShare: Double?
        /// null when no pair of members answered a question in common.
        public var pairwiseAgreement: Double?
        /// Pairs of members counted in pairwiseAgreement.
        public var comparedPairs: Int

        /// Encodes optional values as explicit null.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(membersWithTeamPick, forKey: .membersWithTeamPick)
            try container.encode(pickShare, forKey: .pickShare)
            try container.encode(pairwiseAgreement, forKey: .pairwiseAgreement)
            try container.encode(comparedPairs, forKey: .comparedPairs)
        }
    }

    /// A question the team split on.
    public struct Disagreement: Codable, Sendable, Hashable {
        /// Question id.
        public var question: String
        /// The question as asked.
        public var prompt: String
        /// The question's weight.
        public var weight: Double
        /// Members who answered it.
        public var answering: Int
        /// 0…1, see docs/team.md.
        public var split: Double
        /// See docs/team.md.
        public var impact: Double
        /// split × impact (the ranking key).
        public var priority: Double
        /// Who answered what, largest group first.
        public var groups: [Group]
    }

    /// The members who gave one answer, and the answer's reason sentence.
    public struct Group: Codable, Sendable, Hashable {
        /// Answer id.
        public var answer: String
        /// Answer label.
        public var label: String
        /// The answer's reason sentence.
        public var reason: String
        /// Members (names, or a count for reasons).
        public var members: [String]
    }

    /// A question two or more members answered, all alike.
    public struct Agreed: Codable, Sendable, Hashable {
        /// Question id.
        public var question: String
        /// The question as asked.
        public var prompt: String
        /// Answer id.
        public var answer: String
        /// Answer label.
        public var label: String
        /// Members who answered it.
        public var answering: Int
    }

    /// An answer's mean contribution to an option across the team.
    public struct Reason: Codable, Sendable, Hashable {
        /// Question id.
        public var question: String
        /// Answer id.
        public var answer: String
        /// Option id.
        public var option: String
        /// The team's mean points the answer gives `option` beyond the compared option.
        public var points: Double
        /// Members who gave this answer.
        public var members: Int
        /// The answer's reason sentence.
        public var text: String
        /// `winner` or `runner-up`.
        public var side: String
    }

    /// What a meeting decided after the reveal (``MeetingDecision``).
    public struct Meeting: Codable, Sendable, Hashable {
        /// The team's agreed answers, in worksheet order; they count for every member.
        public var agreed: [AgreedAnswer]
        /// The re-vote rounds, oldest first.
        public var rounds: [Round]
        /// Whether the facilitator recorded the decision as accepted.
        public var accepted: Bool
        /// The facilitator's note, or null.
        public var note: String?

        init(_ decision: MeetingDecision, worksheet: Worksheet) {
            let order = Dictionary(uniqueKeysWithValues: worksheet.questions.enumerated().map { ($1.id, $0) })
            agreed = decision.agreed.sorted { (order[$0.key] ?? 0, $0.key) < (order[$1.key] ?? 0, $1.key) }.map { question, answer in
                AgreedAnswer(question: question, prompt: worksheet.question(question)?.prompt ?? question, answer: answer,
                             label: worksheet.question(question)?.answer(answer)?.label ?? answer,
                             before: (decision.agreedOver[question] ?? [:]).sorted { $0.key < $1.key }.map { member, own in
                                 Vote(member: member, answer: own, label: worksheet.question(question)?.answer(own)?.label ?? own)
                             })
            }
            rounds = decision.rounds.enumerated().map { index, round in
                let votes = { (answers: [String: String]) in
                    answers.sorted { $0.key < $1.key }.map { member, answer in
                        Vote(member: member, answer: answer,
                             label: worksheet.question(round.question)?.answer(answer)?.label ?? answer)
                    }
                }
                // An open round's votes stay on the host until the facilitator reveals it.
                return Round(question: round.question, prompt: worksheet.question(round.question)?.prompt ?? round.question,
                             round: decision.rounds[...index].filter { $0.question == round.question }.count + 1,
                             revealed: round.revealed, before: votes(round.before), votes: round.revealed ? votes(round.votes) : [])
            }
            accepted = decision.accepted
            note = decision.note
        }

        /// Encodes the note as an explicit null when there is none.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(agreed, forKey: .agreed)
            try container.encode(rounds, forKey: .rounds)
            try container.encode(accepted, forKey: .accepted)
            try container.encode(note, forKey: .note)
        }
    }

    /// An answer the team agreed on in the meeting.
    public struct AgreedAnswer: Codable, Sendable, Hashable {
        /// Question id.
        public var question: String
        /// The question as asked.
        public var prompt: String
        /// Answer id.
        public var answer: String
        /// Answer label.
        public var label: String
        /// What each member had answered when the team agreed (their own answers, kept).
        public var before: [Vote]
    }

    /// A re-vote round on one question.
    public struct Round: Codable, Sendable, Hashable {
        /// Question id.
        public var question: String
        /// The question as asked.
        public var prompt: String
        /// Which vote on this question it was: 2 for the first re-vote (1 is the first answers).
        public var round: Int
        /// Whether the facilitator revealed it (its votes then count).
        public var revealed: Bool
        /// Each member's answer when the round opened (the previous round).
        public var before: [Vote]
        /// Each member's answer in this round (empty until revealed).
        public var votes: [Vote]
    }

    /// One member's answer in a round.
    public struct Vote: Codable, Sendable, Hashable {
        /// Member name.
        public var member: String
        /// Answer id.
        public var answer: String
        /// Answer label.
        public var label: String
    }
}
