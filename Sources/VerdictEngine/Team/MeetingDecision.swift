/// What a meeting decided after the reveal (docs/team.md): the team's agreed answers,
/// the re-vote rounds, and whether the decision was accepted, with the facilitator's note.
///
/// Members' own answers are never changed by it; ``applied(to:)`` gives the answers that
/// count for the team: a revealed round's votes in place of the members' earlier answers,
/// then each agreed answer in place of every member's answer to its question. The meeting
/// exports those answers as the member files, so `verdict team FOLDER` reproduces
/// team.json's combined scores.
public struct MeetingDecision: Codable, Sendable, Hashable {
    /// A re-vote on one question: members answer it again, privately, until revealed.
    public struct Round: Codable, Sendable, Hashable {
        /// Question id.
        public var question: String
        /// Each member's answer when the round opened (member name → answer id).
        public var before: [String: String]
        /// Whether a member votes in this round: one who had answered the question (for whom
        /// it is hidden, or who skipped it, watches).
        public func includes(_ member: String) -> Bool { before.keys.contains { PersonName.same($0, member) } }

        /// The members' answers in this round (hidden until ``revealed``).
        public var votes: [String: String]
        /// Whether the facilitator revealed the round (its votes then count).
        public var revealed: Bool

        /// Creates a round.
        public init(question: String, before: [String: String], votes: [String: String] = [:], revealed: Bool = false) {
            self.question = question
            self.before = before
            self.votes = votes
            self.revealed = revealed
        }
    }

    /// The longest note kept, in characters.
    public static let noteLimit = 500

    /// The team's agreed answers, question id → answer id.
    public var agreed: [String: String]
    /// What each member's answer counted as when the team agreed, question id → member →
    /// answer id: an agreed answer replaces the members' answers for the team, so their
    /// own are kept here (and exported in team.json) rather than lost.
    public var agreedOver: [String: [String: String]] = [:]
    /// The re-vote rounds, oldest first; at most the last one is open.
    public var rounds: [Round]
    /// Whether the facilitator recorded the decision as accepted.
    public var accepted: Bool
    /// The facilitator's note on the accepted decision (sanitised, one paragraph).
    public var note: String?

    /// No decision yet.
    public init(agreed: [String: String] = [:], rounds: [Round] = [], accepted: Bool = false, note: String? = nil) {
        self.agreed = agreed
        self.rounds = rounds
        self.accepted = accepted
        self.note = note
    }

    /// Nothing agreed, no round, not accepted.
    public var isEmpty: Bool { agreed.isEmpty && rounds.isEmpty && !accepted }

    /// Whether members' answers were replaced (an agreed answer, a revealed round): their
    /// picks are then not theirs alone, and the consensus lines say so.
    public var replacesAnswers: Bool { !agreed.isEmpty || rounds.contains(where: \.revealed) }

    /// The round members are answering now, if any.
    public var openRound: Round? {
        guard let last = rounds.last, !last.revealed else { return nil }
        return last
    }

    /// The answers that count for the team: revealed rounds' votes, then agreed answers.
    public func applied(to members: [Responses]) -> [Responses] {
        members.map { member in
            var member = member
            for round in rounds where round.revealed {
                if let vote = round.votes[member.respondent] { member.answers[round.question] = vote }
            }
            for (question, answer) in agreed { member.answers[question] = answer }
            return member
        }
    }

    // MARK: - Steps

    /// Sets (or, with nil, clears) the team's answer to a question, keeping what each of
    /// `members` had answered (their answers as they count without this agreement).
    public mutating func agree(_ question: String, answer: String?, members: [Responses]) {
        agreed[question] = nil
        if answer != nil {
            var before: [String: String] = [:]
            for member in applied(to: members) { before[member.respondent] = member.answers[question] }
            agreedOver[question] = before
        } else {
            agreedOver[question] = nil
        }
        agreed[question] = answer
    }

    private enum CodingKeys: String, CodingKey { case agreed, agreedOver, rounds, accepted, note }

    /// Decodes a decision; `agreedOver` is absent from decisions saved before it existed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        agreed = try container.decode([String: String].self, forKey: .agreed)
        agreedOver = try container.decodeIfPresent([String: [String: String]].self, forKey: .agreedOver) ?? [:]
        rounds = try container.decode([Round].self, forKey: .rounds)
        accepted = try container.decode(Bool.self, forKey: .accepted)
        note = try container.decodeIfPresent(String.self, forKey: .note)
    }

    /// Opens a re-vote on a question (closing any open round, which then is not counted).
    /// `members` are the members' answers; what counts of them now, without an agreed
    /// answer to this question (the re-vote replaces it), is kept as the round's ``Round/before``.
    public mutating func openRound(on question: String, members: [Responses]) {
        if openRound != nil { rounds.removeLast() }
        agreed[question] = nil
        agreedOver[question] = nil
        var before: [String: String] = [:]
        for member in applied(to: members) { before[member.respondent] = member.answers[question] }
        rounds.append(Round(question: question, before: before))
    }

    /// Records a member's vote in the open round; false when no round is open.
    @discardableResult
    public mutating func vote(_ member: String, answer: String) -> Bool {
        guard openRound != nil else { return false }
        rounds[rounds.count - 1].votes[member] = answer
        return true
    }

    /// Reveals the open round; its votes count from now on. False when none is open.
    @discardableResult
    public mutating func revealRound() -> Bool {
        guard openRound != nil else { return false }
        rounds[rounds.count - 1].revealed = true
        return true
    }

    /// Why ``accept(note:on:)`` refused, for a status row (fits 80 columns).
    public static let nothingToAccept = "Too close to call: nothing to accept yet — agree answers or re-vote first"

    /// Why accepting is refused while a re-vote is open, for a status row (fits 80 columns).
    public static let roundStillOpen = "A re-vote is open: r reveals it, then a accepts the result."

    /// Whether a team result can be accepted: only one that names an option, clearly or as a
    /// lean. Too close to call (a tie, or every option ruled out) chose nothing to accept.
    public static func canAccept(_ recommendation: Recommendation) -> Bool {
        recommendation.option != nil && recommendation.kind != .tooClose
    }

    /// Records the decision as accepted on `recommendation` (the team's result with this
    /// decision applied), with an optional note; false, and nothing changed, when
    /// ``canAccept(_:)`` refuses it (the screens then say ``nothingToAccept``).
    public mutating func accept(note: String?, on recommendation: Recommendation) -> Bool {
        guard Self.canAccept(recommendation) else { return false }
        accept(note: note)
        return true
    }

    /// Records the decision as accepted, with an optional note (sanitised, at most
    /// ``noteLimit`` characters, blank → none).
    mutating func accept(note: String?) {
        accepted = true
        let text = TextSanitizer.sanitize(note ?? "").split(whereSeparator: \.isNewline).joined(separator: " ")
            .trimmingSpaces()
        self.note = text.isEmpty ? nil : String(text.prefix(Self.noteLimit))
    }

    /// This decision when everything in it fits `worksheet` and `members` (every question
    /// and answer exists, every round's name is a member), with the note sanitised again;
    /// nil otherwise. For a decision read back from a file.
    public func fitting(_ worksheet: Worksheet, members: [String]) -> MeetingDecision? {
        let names = Set(members)
        func fits(_ question: String, _ answers: [String: String]) -> Bool {
            guard let question = worksheet.question(question) else { return false }
            return answers.allSatisfy { names.contains($0.key) && question.answer($0.value) != nil }
        }
        guard agreed.allSatisfy({ worksheet.question($0.key)?.answer($0.value) != nil }),
              agreedOver.allSatisfy({ agreed[$0.key] != nil && fits($0.key, $0.value) }),
              rounds.allSatisfy({ fits($0.question, $0.before) && fits($0.question, $0.votes) }),
              rounds.dropLast().allSatisfy(\.revealed) else { return nil }
        var copy = self
        if accepted { copy.accept(note: note) }
        return copy
    }

    /// What one member may see: an open round holds only their own vote.
    public func redacted(for member: String) -> MeetingDecision {
        guard let open = openRound else { return self }
        var copy = self
        copy.rounds[rounds.count - 1].votes = open.votes.filter { $0.key == member }
        return copy
    }
}
