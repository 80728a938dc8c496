import VerdictEngine

/// Turns the engine's ``SensitivityAnalyzer`` output into the ``ResultsInsight`` the
/// results screen draws (one pivotal alternative per question, names resolved later).
struct InsightBuilder {
    /// The worksheet scored against.
    let worksheet: Worksheet

    /// The insight for a set of answers and their report.
    func insight(for responses: Responses, report: ScoreReport) -> ResultsInsight {
        let sensitivity = SensitivityAnalyzer(worksheet: worksheet).analyze(responses)
        // With no answers nothing is robust or pivotal yet, but the questions that would
        // settle it are still the advice to give.
        guard !responses.answers.isEmpty else {
            return ResultsInsight(robustness: "no answers yet", pivotal: [], settle: sensitivity.settle)
        }
        var seen = Set<String>()
        let pivots = sensitivity.pivotal.filter { seen.insert($0.question).inserted }.map {
            ResultsInsight.Pivot(question: $0.question, answer: $0.answer, alternative: $0.alternative,
                                 winner: $0.kind == .tooClose ? nil : $0.winner)
        }
        return ResultsInsight(robustness: sensitivity.robustness, pivotal: pivots, settle: sensitivity.settle)
    }
}
