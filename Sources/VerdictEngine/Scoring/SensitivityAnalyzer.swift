/// Explains how firm a verdict is: which single answers would change it, how far each
/// answered question's weight would have to grow to flip it, and — for a too-close
/// result — which unanswered questions would settle it. Every alternative answer of every visible
/// question is tried, each as a change to the tally (``ChangeTally``), not a re-score; no
/// combinations.
public struct SensitivityAnalyzer: Sendable {
    // MARK: - Configuration

    /// The worksheet analysed.
    public let worksheet: Worksheet
    private let compiled: CompiledWorksheet
    private let rule: VerdictRule

    /// Creates an analyzer for one worksheet.
    public init(worksheet: Worksheet) {
        self.worksheet = worksheet
        self.compiled = worksheet.compiled
        self.rule = VerdictRule(thresholds: worksheet.thresholds)
    }

    /// An analyzer for a scorer's worksheet.
    init(_ scorer: Scorer) {
        worksheet = scorer.worksheet
        compiled = scorer.compiled
        rule = scorer.rule
    }

    // MARK: - Analysis

    /// Analyses one set of responses.
    public func analyze(_ responses: Responses) -> Sensitivity {
        let choices = compiled.choices(responses)
        let importance = compiled.importances(responses)
        let base = compiled.tally(choices: choices, importance: importance)
        let outcome = rule.outcome(base)
        let changes = ChangeTally(compiled: compiled, choices: choices, importance: importance, base: base)
        var pivotal: [PivotalAnswer] = []
        var settle: [String] = []
        for (index, question) in compiled.questions.enumerated() where base.visible[index] {
            var settles = false
            for alternative in question.answerIDs.indices where alternative != choices[index] {
                let after = rule.outcome(changes.changing(index, to: alternative))
                // A too-close result changes only by becoming a lean or clear one; another
                // option ahead by a hair is still too close to call.
                let moves = outcome.kind == .tooClose
                    ? after.kind != .tooClose
                    : after.option != outcome.option || after.kind == .tooClose
                guard moves else { continue }
                settles = true
                pivotal.append(PivotalAnswer(
                    question: question.id, answer: choices[index] >= 0 ? question.answerIDs[choices[index]] : nil,
                    alternative: question.answerIDs[alternative], winner: after.option.map { compiled.optionIDs[$0] },
                    kind: after.kind))
            }
            // Only a question still unanswered settles a close call; a changed answer is pivotal.
            if settles && outcome.kind == .tooClose && choices[index] < 0 { settle.append(question.id) }
        }
        var result = Sensitivity(
            pivotal: pivotal,
            flipPoints: flipPoints(choices: choices, importance: importance, base: base, winner: outcome.option, changes: changes),
            robustness: "", settle: settle)
        result.robustness = Sensitivity.label(pivotalQuestions: result.pivotalQuestions.count)
        return result
    }

    // MARK: - Weight flip points

    /// Points are linear in a question's importance factor f: option o has
    /// `p_o + (f − 1) c_o`, where c_o is the question's current contribution to o. Another
    /// eligible option o overtakes the winner w once `(f − 1)(c_o − c_w) > p_w − p_o`, so
    /// the flip point is `1 + (p_w − p_o) / (c_o − c_w)` for every o with `c_o > c_w`; the
    /// smallest wins.
    private func flipPoints(
        choices: [Int], importance: [Double], base: CompiledWorksheet.Tally, winner: Int?, changes: ChangeTally
    ) -> [FlipPoint] {
        compiled.questions.indices.compactMap { index -> FlipPoint? in
            guard base.visible[index], choices[index] >= 0 else { return nil }
            let question = compiled.questions[index]
            guard let winner else { return FlipPoint(question: question.id, factor: nil, winner: nil) }
            let factor = question.weight * importance[index]
            let row = { compiled.points(index, answer: choices[index], option: $0) }
            let winnerGain = factor * row(winner)
            var smallest: Double?
            for other in 0..<compiled.optionCount where other != winner && base.ruledOutBy[other].isEmpty {
                let otherGain = factor * row(other)
                guard otherGain > winnerGain else { continue }
                let flip = 1 + (base.points[winner] - base.points[other]) / (otherGain - winnerGain)
                guard flip.isFinite, flip > 1 else { continue }
                smallest = Swift.min(smallest ?? flip, flip)
            }
            guard let smallest else { return FlipPoint(question: question.id, factor: nil, winner: nil) }
            let after = rule.outcome(changes.scaling(index, by: smallest * 1.01))
            return FlipPoint(
                question: question.id, factor: smallest, winner: after.option.map { compiled.optionIDs[$0] })
        }
    }
}
