/// Scores responses against a worksheet (DESIGN §4). Pure and deterministic.
///
/// For each option: points = Σ over answered, visible questions of weight × importance ×
/// the answer's points; max = the most the option could reach on the visible questions.
/// Must-have answers rule options out; ruled-out options sort last and are never
/// recommended.
public struct Scorer: Sendable {
    // MARK: - Configuration

    /// The worksheet scored against.
    public let worksheet: Worksheet
    /// How many reasons to give per side at most (every one by default).
    public var reasonsPerSide: Int
    /// The index-based form every scoring path shares.
    let compiled: CompiledWorksheet
    /// The verdict rule with the worksheet's thresholds.
    let rule: VerdictRule

    /// Creates a scorer for one worksheet.
    public init(worksheet: Worksheet, reasonsPerSide: Int = .max) {
        self.worksheet = worksheet
        self.reasonsPerSide = reasonsPerSide
        self.compiled = worksheet.compiled
        self.rule = VerdictRule(thresholds: worksheet.thresholds)
    }

    // MARK: - Visibility

    /// Whether a question is shown under these answers: its condition's question is itself
    /// visible and answered with one of the listed answers.
    public func isVisible(_ question: Question, _ responses: Responses) -> Bool {
        guard let index = compiled.indexByID[question.id] else { return false }
        return compiled.visibility(compiled.choices(responses))[index]
    }

    /// The ids of the questions shown under these answers: one pass for every question
    /// (asking ``isVisible(_:_:)`` per question is a pass each).
    public func visibleIDs(_ responses: Responses) -> Set<String> {
        let visible = compiled.visibility(compiled.choices(responses))
        return Set(compiled.questions.indices.lazy.filter { visible[$0] }.map { compiled.questions[$0].id })
    }

    /// The questions shown under these answers, in worksheet order.
    public func visibleQuestions(_ responses: Responses) -> [Question] {
        let visible = compiled.visibility(compiled.choices(responses))
        return zip(worksheet.questions, visible).filter(\.1).map(\.0)
    }

    // MARK: - Scoring

    /// Scores the responses. Answers to hidden or unknown questions are ignored here;
    /// ``AnswersReader`` rejects them before scoring where that matters.
    public func score(_ responses: Responses) -> ScoreReport {
        let choices = compiled.choices(responses)
        let importance = compiled.importances(responses)
        let tally = compiled.tally(choices: choices, importance: importance)
        let order = rule.order(tally)
        let decided = rule.decide(tally, order: order)
        let scores = order.map { index -> OptionScore in
            let option = worksheet.options[index]
            let got = tally.points[index]
            let reachable = tally.maxima[index]
            return OptionScore(
                option: option.id, name: option.name, points: got, max: reachable,
                percent: reachable > 0 ? got / reachable * 100 : 0, ruledOut: !tally.ruledOutBy[index].isEmpty)
        }
        var ruledOut: [String: [String]] = [:]
        for (index, questions) in tally.ruledOutBy.enumerated() where !questions.isEmpty {
            ruledOut[compiled.optionIDs[index]] = questions.map { compiled.questions[$0].id }
        }
        let visibleIDs = compiled.questions.indices.filter { tally.visible[$0] }
        let recommendation = Recommendation(
            option: decided.option.map { compiled.optionIDs[$0] }, kind: decided.kind, margin: decided.margin)
        return ScoreReport(
            scores: scores, recommendation: recommendation,
            reasons: reasons(choices: choices, importance: importance, tally: tally, order: order),
            visibleQuestions: visibleIDs.map { compiled.questions[$0].id },
            unanswered: visibleIDs.filter { choices[$0] < 0 }.map { compiled.questions[$0].id },
            ruledOut: ruledOut,
            alternatives: alternatives(choices: choices, importance: importance, visible: tally.visible,
                                       leader: scores.first { !$0.ruledOut }))
    }

    // MARK: - Alternatives

    /// Each alternative scored like an option, from the answers' `signals`; suggested when
    /// its percent reaches the leading eligible option's and at least two answers signal it.
    private func alternatives(choices: [Int], importance: [Double], visible: [Bool],
                              leader: OptionScore?) -> [AlternativeScore] {
        guard !worksheet.alternatives.isEmpty else { return [] }
        let questions = worksheet.questions
        return worksheet.alternatives.map { alternative in
            var points = 0.0
            var reachable = 0.0
            var signalled = 0
            for (index, question) in questions.enumerated() where visible[index] {
                let factor = question.weight * importance[index]
                reachable += factor * (question.answers.map { $0.signals[alternative.id] ?? 0 }.max() ?? 0)
                guard choices[index] >= 0, let signal = question.answers[choices[index]].signals[alternative.id],
                      signal > 0 else { continue }
                points += factor * signal
                if factor > 0 { signalled += 1 }
            }
            let percent = reachable > 0 ? points / reachable * 100 : 0
            let suggested = signalled >= 2 && VerdictRule.key(percent) >= VerdictRule.key(leader?.percent ?? 0)
            return AlternativeScore(
                alternative: alternative.id, name: alternative.name, points: points, max: reachable, percent: percent,
                signalled: signalled, suggested: suggested, worksheet: alternative.worksheet)
        }
    }

    // MARK: - Reasons

    /// The leader's reasons, then the runner-up's (each side strongest first, ties in
    /// worksheet order). The leader is the recommended option, or the top of the order for a
    /// tie; the runner-up is the next eligible option. An answer is a reason for a side only
    /// by what it gives that side beyond the other (weight × importance × the difference in
    /// points): an answer that gives both the same, or the other more, is no reason for it.
    private func reasons(choices: [Int], importance: [Double], tally: CompiledWorksheet.Tally, order: [Int]) -> [Reason] {
        let eligible = order.filter { tally.ruledOutBy[$0].isEmpty }
        let sides: [(option: Int, other: Int?, side: ReasonSide)]
        switch eligible.count {
        case 0: sides = []
        case 1: sides = [(eligible[0], nil, .winner)]
        default: sides = [(eligible[0], eligible[1], .winner), (eligible[1], eligible[0], .runnerUp)]
        }
        let questions = worksheet.questions
        return sides.flatMap { option, other, side -> [Reason] in
            var found: [(index: Int, reason: Reason)] = []
            for (index, question) in compiled.questions.enumerated() where tally.visible[index] && choices[index] >= 0 {
                let row = { compiled.points(index, answer: choices[index], option: $0) }
                // Alone, an option is compared with the least any option got from the answer.
                let beyond = row(option) - (other.map(row) ?? ((0..<compiled.optionCount).lazy.map(row).min() ?? 0))
                let net = question.weight * importance[index] * beyond
                guard VerdictRule.key(net) > 0 else { continue }
                let answer = questions[index].answers[choices[index]]
                found.append((index, Reason(
                    question: question.id, answer: answer.id, option: compiled.optionIDs[option],
                    points: net, text: answer.reason, side: side)))
            }
            found.sort { lhs, rhs in
                let lhsKey = VerdictRule.key(lhs.reason.points)
                let rhsKey = VerdictRule.key(rhs.reason.points)
                return lhsKey != rhsKey ? lhsKey > rhsKey : lhs.index < rhs.index
            }
            return found.prefix(reasonsPerSide).map(\.reason)
        }
    }
}
