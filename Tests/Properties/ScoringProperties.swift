import Foundation
import VerdictEngine
import VerdictTestSupport

/// The scoring properties over the shipped worksheets, as functions that return what
/// failed: `swift test` runs them with cheap rounds (`ScoringPropertyTests`), the release-
/// built `verdict-property-check` with 1,000 expensive rounds. Random answer sets come from
/// a seeded SplitMix64, so every failure is reproducible.
public enum ScoringProperties {
    /// The shipped worksheets, loaded.
    public static func shipped() throws -> [Worksheet] {
        try BundledFiles.worksheets.map { try WorksheetLoader().load(bytes: $0.bytes, file: $0.name, origin: "bundled:\($0.name)") }
    }

    /// Random responses over the whole worksheet; `complete` answers every question.
    public static func responses(_ sheet: Worksheet, complete: Bool, using random: inout SplitMix64) -> Responses {
        var responses = Responses(respondent: "Prop Tester")
        let levels = [sheet.importance.min, 1, sheet.importance.max]
        for question in sheet.questions where complete || Int.random(in: 0..<4, using: &random) != 0 {
            responses.answers[question.id] = question.answers[Int.random(in: 0..<question.answers.count, using: &random)].id
            if Int.random(in: 0..<3, using: &random) == 0 {
                responses.importance[question.id] = levels[Int.random(in: 0..<levels.count, using: &random)]
            }
        }
        return responses
    }

    /// Scores stay in range, sorted and deterministic, and the recommendation is the leader
    /// (`rounds` rounds); every fourth of the first `metamorphicRounds` rounds also checks
    /// the sensitivity analysis by re-scoring (``metamorphicFailures(_:_:)``).
    public static func scoreFailures(_ sheet: Worksheet, rounds: Int, metamorphicRounds: Int) -> [String] {
        let scorer = Scorer(worksheet: sheet)
        var random = SplitMix64(seed: 0x5EED_0001 ^ UInt64(sheet.id.utf8.count))
        var failures: [String] = []
        for round in 0..<rounds {
            let responses = responses(sheet, complete: Bool.random(using: &random), using: &random)
            let report = scorer.score(responses)
            let eligible = report.scores.filter { !$0.ruledOut }
            let problems = [
                report != scorer.score(responses) ? "not deterministic" : nil,
                report.scores.count != sheet.options.count ? "option count" : nil,
                report.scores.contains { $0.points < 0 || $0.points > $0.max + 1e-9 } ? "points out of 0…max" : nil,
                report.scores.contains { $0.percent < 0 || $0.percent > 100 + 1e-9 } ? "percent out of 0…100" : nil,
                report.scores.prefix(eligible.count).contains { $0.ruledOut } ? "ruled out not last" : nil,
                zip(eligible, eligible.dropFirst()).contains { $0.points < $1.points - 1e-9 } ? "not sorted" : nil,
                report.recommendation.option.map { $0 != eligible.first?.option } ?? (report.recommendation.kind != .tooClose)
                    ? "recommendation" : nil,
            ].compactMap { $0 }
            failures += problems.map { "round \(round): \($0)" }
            if round % 4 == 0, round < metamorphicRounds {
                failures += metamorphicFailures(sheet, responses).map { "round \(round): \($0)" }
            }
        }
        return failures
    }

    /// Complete answer sets' result documents read back as the same answers (`rounds`
    /// rounds); returns the failures and every fifth document, for a schema check.
    public static func documentFailures(_ sheet: Worksheet, rounds: Int) throws -> (failures: [String], sample: [Data]) {
        var random = SplitMix64(seed: 0x5EED_0002 ^ UInt64(sheet.id.utf8.count))
        let scorer = Scorer(worksheet: sheet)
        var failures: [String] = []
        var sample: [Data] = []
        let moment = Date(timeIntervalSince1970: 1_800_000_000)
        for round in 0..<rounds {
            let responses = responses(sheet, complete: true, using: &random)
            let data = try ResultBuilder.document(worksheet: sheet, responses: responses, completedAt: moment).encoded()
            if round % 5 == 0 { sample.append(data) }
            let readBack = try AnswersReader().read(bytes: Array(data), file: "result.json", for: sheet)
            let report = scorer.score(responses)
            let visible = Set(report.visibleQuestions)
            if readBack.answers != responses.answers.filter({ visible.contains($0.key) })
                || scorer.score(readBack).recommendation != report.recommendation {
                failures.append("round \(round): result JSON did not read back as the same answers")
            }
        }
        return (failures, sample)
    }

    /// For every reported pivotal answer, changing that one answer gives the reported
    /// outcome; for every alternative not reported, the winner stays and a clear/lean result
    /// does not become too close; each flip factor f flips at f × 1.01 and not at f × 0.99;
    /// where no factor is reported, even × 1000 does not flip (points are linear in the
    /// factor, so the two ends cover the whole range).
    public static func metamorphicFailures(_ sheet: Worksheet, _ responses: Responses) -> [String] {
        var failures: [String] = []
        let scorer = Scorer(worksheet: sheet)
        let base = scorer.score(responses)
        let before = base.recommendation
        let sensitivity = SensitivityAnalyzer(worksheet: sheet).analyze(responses)
        let visible = Set(base.visibleQuestions)
        for question in sheet.questions where visible.contains(question.id) {
            for answer in question.answers where answer.id != responses.answers[question.id] {
                var changed = responses
                changed.answers[question.id] = answer.id
                let after = scorer.score(changed).recommendation
                let reported = sensitivity.pivotal.first { $0.question == question.id && $0.alternative == answer.id }
                // A too-close result changes only by becoming lean or clear.
                let flips = before.kind == .tooClose
                    ? after.kind != .tooClose
                    : after.option != before.option || after.kind == .tooClose
                if let reported {
                    if after.option != reported.winner || after.kind != reported.kind || !flips {
                        failures.append("pivotal \(question.id)=\(answer.id): reported \(reported), got \(after)")
                    }
                } else if flips {
                    failures.append("unreported pivotal \(question.id)=\(answer.id): \(before) → \(after)")
                }
            }
        }
        if sensitivity.robustness != Sensitivity.label(pivotalQuestions: sensitivity.pivotalQuestions.count) {
            failures.append("label \(sensitivity.robustness)")
        }
        for flip in sensitivity.flipPoints {
            func winner(scaledBy factor: Double) -> String? {
                var scaled = responses
                scaled.importance[flip.question] = responses.importance(of: flip.question) * factor
                return scorer.score(scaled).recommendation.option
            }
            guard let factor = flip.factor else {
                if before.option != nil && winner(scaledBy: 1000) != before.option {
                    failures.append("\(flip.question): no flip reported but × 1000 flips")
                }
                continue
            }
            let above = winner(scaledBy: factor * 1.01)
            if factor <= 1 || above == before.option || above != flip.winner || winner(scaledBy: factor * 0.99) != before.option {
                failures.append("flip \(flip.question) × \(factor): above \(String(describing: above))")
            }
        }
        if before.kind != .tooClose && !sensitivity.settle.isEmpty { failures.append("settle on a decided result") }
        let unansweredPivots = sensitivity.pivotalQuestions.filter { responses.answers[$0] == nil }
        if before.kind == .tooClose && sensitivity.settle != unansweredPivots {
            failures.append("settle \(sensitivity.settle) is not the unanswered pivotal questions \(unansweredPivots)")
        }
        return failures
    }
}
