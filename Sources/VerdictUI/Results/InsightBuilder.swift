import VerdictEngine

/// Works out a ``ResultsInsight`` by re-scoring with each other answer to each visible
/// question (one change at a time).
///
/// A stand-in for the engine's `SensitivityAnalyzer`; the results screen only sees
/// ``ResultsInsight``, so switching sources touches this file alone.
struct InsightBuilder {
    /// The worksheet scored against.
    let worksheet: Worksheet

    /// The insight for a set of answers and their report.
    func insight(for responses: Responses, report: ScoreReport) -> ResultsInsight {
        let scorer = Scorer(worksheet: worksheet)
        let winner = report.recommendation.option
        let tooClose = report.recommendation.kind == .tooClose
        var pivotal: [ResultsInsight.Pivot] = []
        var settle: [String] = []
        for questionID in report.visibleQuestions {
            guard let question = worksheet.question(questionID) else { continue }
            let given = responses.answers[questionID]
            var settles = false
            for answer in question.answers where answer.id != given {
                var trial = responses
                trial.answers[questionID] = answer.id
                let outcome = scorer.score(trial).recommendation
                if outcome.option != winner, !tooClose {
                    pivotal.append(.init(question: questionID, answer: given, alternative: answer.id, winner: outcome.option))
                    break
                }
                if tooClose, outcome.kind != .tooClose { settles = true }
            }
            if settles { settle.append(questionID) }
        }
        return ResultsInsight(robustness: Self.label(pivotal: pivotal.count, tooClose: tooClose, answered: !responses.answers.isEmpty),
                              pivotal: pivotal, settle: settle)
    }

    private static func label(pivotal: Int, tooClose: Bool, answered: Bool) -> String {
        if !answered { return "no answers yet" }
        if tooClose { return "too close — one answer either way decides it" }
        switch pivotal {
        case 0: return "robust — no single answer changes it"
        case 1: return "fragile — one answer would change it"
        default: return "sensitive — \(pivotal) answers would each change it"
        }
    }
}
