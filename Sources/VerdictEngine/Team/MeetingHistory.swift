/// How a meeting dealt with one question after the reveal, for every screen and text: the
/// answers given first, each revealed re-vote (a member who did not vote kept their answer),
/// and the agreed answer. Built from a ``MeetingDecision``; plain text, which each screen or
/// document sanitises or escapes as it shows it.
public struct MeetingHistory: Sendable, Hashable {
    /// One member's answer in a step.
    public struct Entry: Sendable, Hashable {
        /// Member name.
        public var member: String
        /// Answer id.
        public var answer: String
        /// True when the member did not vote in this re-vote and so kept their answer.
        public var kept: Bool
    }

    /// The answers first given (``revote`` 0), or those after re-vote ``revote``.
    public struct Step: Sendable, Hashable {
        /// 0 for the answers first given, then 1, 2, … for each revealed re-vote.
        public var revote: Int
        /// Every member's answer, by name.
        public var entries: [Entry]
    }

    /// The question.
    public var question: Question
    /// The answers first given, then one step per revealed re-vote.
    public var steps: [Step]
    /// The team's agreed answer id, if the team agreed one.
    public var agreed: String?

    /// The history of one question, or nil when the meeting neither agreed an answer to it
    /// nor revealed a re-vote on it.
    public init?(_ question: Question, decision: MeetingDecision) {
        let rounds = decision.rounds.filter { $0.question == question.id && $0.revealed }
        let agreed = decision.agreed[question.id]
        guard !rounds.isEmpty || agreed != nil else { return nil }
        func entries(_ answers: [String: String], kept: Bool = false) -> [Entry] {
            answers.sorted { $0.key < $1.key }.map { Entry(member: $0.key, answer: $0.value, kept: kept) }
        }
        var steps = [Step(revote: 0, entries: entries(rounds.first?.before ?? decision.agreedOver[question.id] ?? [:]))]
        for (index, round) in rounds.enumerated() {
            let voted = entries(round.votes)
            let kept = entries(round.before.filter { round.votes[$0.key] == nil }, kept: true)
            steps.append(Step(revote: index + 1, entries: (voted + kept).sorted { $0.member < $1.member }))
        }
        self.question = question
        self.steps = steps
        self.agreed = agreed
    }

    /// Every question the meeting agreed an answer to or re-voted, in worksheet order.
    public static func all(_ decision: MeetingDecision, worksheet: Worksheet) -> [MeetingHistory] {
        worksheet.questions.compactMap { MeetingHistory($0, decision: decision) }
    }

    /// An answer's label (its id when the worksheet no longer has it).
    public func label(_ answer: String) -> String { question.answer(answer)?.label ?? answer }

    /// "Answered first" or "Re-vote 2".
    public static func title(_ step: Step) -> String { step.revote == 0 ? "Answered first" : "Re-vote \(step.revote)" }

    /// "Ana Yes, Ben Yes, Cy kept Yes".
    public func said(_ step: Step) -> String {
        step.entries.map { $0.member + ($0.kept ? " kept " : " ") + label($0.answer) }.joined(separator: ", ")
    }

    /// One line per step with answers: "Answered first: Ana Yes, Ben No", "Re-vote 1: …".
    public var lines: [String] {
        steps.filter { !$0.entries.isEmpty }.map { Self.title($0) + ": " + said($0) }
    }

    /// "Yes 2 · No 1": most given first, as the disagreement rows list them (ties in the
    /// question's answer order).
    public func counts(_ step: Step) -> String {
        let counted = question.answers.map { answer in (answer.label, step.entries.filter { $0.answer == answer.id }.count) }
        return counted.enumerated().filter { $0.element.1 > 0 }
            .sorted { ($0.element.1, -$0.offset) > ($1.element.1, -$1.offset) }
            .map { "\($0.element.0) \($0.element.1)" }.joined(separator: " · ")
    }

    /// The outcome in a few words: "agreed Yes, was No 2 · Yes 1" (the answers the
    /// agreement replaced, after any re-vote), "re-vote 1: Yes 3, was Yes 2 · No 1", or
    /// "re-vote 2: Yes 3, unchanged" when the re-vote left the tally as the step before it.
    public var outcome: String {
        let first = steps[0]
        let was = first.entries.isEmpty ? "" : ", was " + counts(first)
        if let agreed, let replaced = steps.last {
            return "agreed \(label(agreed))" + (replaced.entries.isEmpty ? "" : ", was " + counts(replaced))
        }
        guard let last = steps.last, last.revote > 0 else { return counts(first) }
        let before = steps[steps.count - 2]
        return "re-vote \(last.revote): \(counts(last))" + (counts(before) == counts(last) ? ", unchanged" : was)
    }
}
