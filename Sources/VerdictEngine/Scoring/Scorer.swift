/// Scores responses against a worksheet (DESIGN §4). Pure and deterministic.
public struct Scorer: Sendable {
    /// The worksheet scored against.
    public let worksheet: Worksheet
    /// How many reasons to give per side.
    public var reasonsPerSide: Int

    /// Creates a scorer for one worksheet.
    public init(worksheet: Worksheet, reasonsPerSide: Int = 5) {
        self.worksheet = worksheet
        self.reasonsPerSide = reasonsPerSide
    }

    /// Whether a question is shown under these answers: its condition's question is itself
    /// visible and answered with one of the listed answers. Validation rules out cycles.
    public func isVisible(_ question: Question, _ responses: Responses) -> Bool {
        var current = question
        var hops = 0
        while let condition = current.showWhen {
            guard let given = responses.answers[condition.question], condition.answers.contains(given),
                  let parent = worksheet.question(condition.question) else { return false }
            current = parent
            hops += 1
            if hops > 10_000 { return false }
        }
        return true
    }

    /// The questions shown under these answers, in worksheet order.
    public func visibleQuestions(_ responses: Responses) -> [Question] {
        worksheet.questions.filter { isVisible($0, responses) }
    }

    /// Scores the responses. Answers to hidden or unknown questions are ignored here;
    /// ``ResponsesChecker`` rejects them before scoring where that matters.
    public func score(_ responses: Responses) -> ScoreReport {
        let visible = visibleQuestions(responses)
        var points: [String: Double] = [:]
        var maxima: [String: Double] = [:]
        var ruledOut: [String: [String]] = [:]
        var contributions: [Reason] = []
        var unanswered: [String] = []
        for question in visible {
            let factor = question.weight * responses.importance(of: question.id)
            for option in worksheet.options {
                let best = question.answers.map { $0.points(for: option.id) }.max() ?? 0
                maxima[option.id, default: 0] += factor * best
            }
            guard let answerID = responses.answers[question.id], let answer = question.answer(answerID) else {
                unanswered.append(question.id)
                continue
            }
            for option in worksheet.options {
                let gained = factor * answer.points(for: option.id)
                points[option.id, default: 0] += gained
                if gained > 0 {
                    contributions.append(Reason(
                        question: question.id, answer: answer.id, option: option.id,
                        points: gained, text: answer.reason, side: .winner))
                }
            }
            for excluded in answer.excludes { ruledOut[excluded, default: []].append(question.id) }
            if let required = answer.requires {
                for option in worksheet.options where option.id != required {
                    ruledOut[option.id, default: []].append(question.id)
                }
            }
        }
        let order = Dictionary(uniqueKeysWithValues: worksheet.options.enumerated().map { ($1.id, $0) })
        let scores = worksheet.options.map { option -> OptionScore in
            let got = points[option.id] ?? 0
            let reachable = maxima[option.id] ?? 0
            return OptionScore(
                option: option.id, name: option.name, points: got, max: reachable,
                percent: reachable > 0 ? got / reachable * 100 : 0, ruledOut: ruledOut[option.id] != nil)
        }.sorted { lhs, rhs in
            if lhs.ruledOut != rhs.ruledOut { return !lhs.ruledOut }
            if lhs.points != rhs.points { return lhs.points > rhs.points }
            return (order[lhs.option] ?? 0) < (order[rhs.option] ?? 0)
        }
        let recommendation = recommend(scores)
        let reasons = pickReasons(contributions, scores: scores)
        return ScoreReport(
            scores: scores, recommendation: recommendation, reasons: reasons,
            visibleQuestions: visible.map(\.id), unanswered: unanswered, ruledOut: ruledOut)
    }

    // MARK: - Verdict

    private func recommend(_ scores: [OptionScore]) -> Recommendation {
        let eligible = scores.filter { !$0.ruledOut }
        guard let first = eligible.first else { return Recommendation(option: nil, kind: .tooClose, margin: 0) }
        guard eligible.count > 1 else { return Recommendation(option: first.option, kind: .clear, margin: 1) }
        let second = eligible[1]
        if first.points == second.points { return Recommendation(option: nil, kind: .tooClose, margin: 0) }
        let margin = first.max > 0 ? (first.points - second.points) / first.max : 0
        let kind: VerdictKind
        if margin < worksheet.thresholds.tooClose {
            kind = .tooClose
        } else if margin < worksheet.thresholds.lean {
            kind = .lean
        } else {
            kind = .clear
        }
        return Recommendation(option: first.option, kind: kind, margin: margin)
    }

    private func pickReasons(_ contributions: [Reason], scores: [OptionScore]) -> [Reason] {
        let eligible = scores.filter { !$0.ruledOut }
        guard let leader = eligible.first ?? scores.first else { return [] }
        let ranked = contributions.sorted { lhs, rhs in
            lhs.points != rhs.points ? lhs.points > rhs.points : lhs.question < rhs.question
        }
        var result = Array(ranked.filter { $0.option == leader.option }.prefix(reasonsPerSide))
        let runnerUp = eligible.count > 1 ? eligible[1] : (scores.count > 1 ? scores[1] : nil)
        if let runnerUp {
            result += ranked.filter { $0.option == runnerUp.option }.prefix(reasonsPerSide).map {
                var reason = $0
                reason.side = .runnerUp
                return reason
            }
        }
        return result
    }
}
