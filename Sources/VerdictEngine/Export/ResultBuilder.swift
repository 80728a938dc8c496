#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Builds the result JSON document (DESIGN §6) from a worksheet and one set of responses.
///
/// Everything is deterministic except `completedAt`; numbers are rounded to 4 decimals so
/// floating-point noise (0.1 + 0.2) never reaches a document.
public enum ResultBuilder {
    // MARK: - Documents

    /// The result document for these responses, completed at the given time.
    public static func document(worksheet: Worksheet, responses: Responses, completedAt: Date) -> ResultDocument {
        document(worksheet: worksheet, responses: responses, completedAt: completedAt, whatIf: [])
    }

    /// The result document with a `whatIf` section when `whatIf` holds changes.
    public static func document(
        worksheet: Worksheet, responses: Responses, completedAt: Date, whatIf changes: [AnswerChange]
    ) -> ResultDocument {
        let parts = Parts(worksheet: worksheet, responses: responses)
        var whatIfEntry: ResultDocument.WhatIfEntry?
        if !changes.isEmpty {
            let after = WhatIf(worksheet: worksheet).applying(changes, to: responses)
            let afterParts = Parts(worksheet: worksheet, responses: after)
            whatIfEntry = ResultDocument.WhatIfEntry(
                changes: changes.map {
                    ResultDocument.ChangeEntry(question: $0.question, from: responses.answers[$0.question], to: $0.answer)
                },
                answers: afterParts.answers, scores: afterParts.scores, recommendation: afterParts.recommendation,
                reasons: afterParts.reasons, sensitivity: afterParts.sensitivity)
        }
        return ResultDocument(
            worksheet: ResultDocument.WorksheetInfo(
                id: worksheet.id, version: worksheet.version, title: worksheet.title, sha256: worksheet.sha256),
            respondent: responses.respondent, completedAt: UTCText.timestamp(completedAt), answers: parts.answers,
            scores: parts.scores, recommendation: parts.recommendation, reasons: parts.reasons,
            sensitivity: parts.sensitivity, whatIf: whatIfEntry, basis: parts.basis, alternatives: parts.alternatives)
    }

    /// Rounds to 4 decimals (and turns -0 into 0).
    public static func rounded(_ value: Double) -> Double {
        guard value.isFinite else { return 0 }
        let result = (value * 10_000).rounded() / 10_000
        return result == 0 ? 0 : result
    }

    // MARK: - Parts shared by the document and its what-if section

    /// The scored sections of a document for one set of responses.
    private struct Parts {
        var answers: [ResultDocument.AnswerEntry]
        var scores: [ResultDocument.ScoreEntry]
        var recommendation: ResultDocument.RecommendationEntry
        var reasons: [ResultDocument.ReasonEntry]
        var sensitivity: ResultDocument.SensitivityEntry
        var basis: ResultDocument.BasisEntry
        var alternatives: [ResultDocument.AlternativeEntry]

        init(worksheet: Worksheet, responses: Responses) {
            let scorer = Scorer(worksheet: worksheet)
            let report = scorer.score(responses)
            let analysis = SensitivityAnalyzer(scorer).analyze(responses)
            let visible = Set(report.visibleQuestions)
            basis = ResultDocument.BasisEntry(answered: report.answeredCount, visible: report.visibleQuestions.count)
            alternatives = report.alternatives.map {
                ResultDocument.AlternativeEntry(id: $0.alternative, name: $0.name, percent: rounded($0.percent),
                                                signalled: $0.signalled, suggested: $0.suggested, worksheet: $0.worksheet)
            }
            answers = worksheet.questions.compactMap { question in
                guard visible.contains(question.id), let given = responses.answers[question.id],
                      let answer = question.answer(given) else { return nil }
                return ResultDocument.AnswerEntry(
                    question: question.id, answer: answer.id, label: answer.label,
                    importance: rounded(responses.importance(of: question.id)))
            }
            scores = report.scores.map {
                ResultDocument.ScoreEntry(
                    option: $0.option, name: $0.name, points: rounded($0.points), max: rounded($0.max),
                    percent: rounded($0.percent), ruledOut: $0.ruledOut, ruledOutBy: report.ruledOut[$0.option] ?? [])
            }
            recommendation = ResultDocument.RecommendationEntry(
                option: report.recommendation.option, kind: report.recommendation.kind.rawValue,
                margin: rounded(report.recommendation.margin), settle: analysis.settle)
            reasons = report.reasons.map {
                ResultDocument.ReasonEntry(
                    question: $0.question, answer: $0.answer, option: $0.option, points: rounded($0.points),
                    text: $0.text, side: $0.side.rawValue)
            }
            sensitivity = ResultDocument.SensitivityEntry(
                robustness: analysis.robustness,
                pivotal: analysis.pivotal.map {
                    ResultDocument.PivotalEntry(
                        question: $0.question, answer: $0.answer, alternative: $0.alternative, winner: $0.winner,
                        kind: $0.kind.rawValue)
                },
                flipPoints: analysis.flipPoints.map {
                    ResultDocument.FlipPointEntry(question: $0.question, factor: $0.factor.map(rounded), winner: $0.winner)
                })
        }
    }
}
