import Foundation
import Testing
import VerdictTestSupport
@testable import VerdictEngine

/// Property tests over every shipped worksheet: random answer sets from a seeded
/// SplitMix64, so every failure is reproducible. The cheap checks run 1,000 rounds; the
/// expensive ones (metamorphic re-scoring, full result documents) run
/// `VERDICT_PROPERTY_ROUNDS` rounds, 100 by default — `.ci/run` runs them again with
/// 1,000 on a release build.
@Suite("Scoring properties over shipped worksheets")
struct ScoringPropertyTests {
    static let shipped: [String] = BundledFiles.worksheets.map(\.name)
    static let rounds = 1_000
    static let expensiveRounds = ProcessInfo.processInfo.environment["VERDICT_PROPERTY_ROUNDS"].flatMap { Int($0) } ?? 100

    static func load(_ name: String) throws -> Worksheet {
        let bytes = try #require(BundledFiles.worksheets.first { $0.name == name }?.bytes)
        return try WorksheetLoader().load(bytes: bytes, file: name, origin: "bundled:\(name)")
    }

    /// Random responses over the whole worksheet; `complete` answers every question.
    static func responses(_ sheet: Worksheet, complete: Bool, using random: inout SplitMix64) -> Responses {
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

    // MARK: - Scores and verdict

    @Test(arguments: shipped)
    func scoresAreConsistentAndMetamorphicPropertiesHold(_ name: String) throws {
        let sheet = try Self.load(name)
        let scorer = Scorer(worksheet: sheet)
        var random = SplitMix64(seed: 0x5EED_0001 ^ UInt64(name.utf8.count))
        var failures: [String] = []
        for round in 0..<Self.rounds {
            let responses = Self.responses(sheet, complete: Bool.random(using: &random), using: &random)
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
            if round % 4 == 0, round < Self.expensiveRounds { ScoringMetamorphic.check(sheet, responses) }
        }
        #expect(failures.isEmpty, "\(failures.prefix(5))")
    }

    // MARK: - Documents

    @Test(arguments: shipped)
    func documentsValidateAndReadBackAsAnswers(_ name: String) throws {
        let sheet = try Self.load(name)
        var random = SplitMix64(seed: 0x5EED_0002 ^ UInt64(name.utf8.count))
        let scorer = Scorer(worksheet: sheet)
        var failures: [String] = []
        var documents: [Data] = []
        let moment = Date(timeIntervalSince1970: 1_800_000_000)
        for round in 0..<Self.expensiveRounds {
            let responses = Self.responses(sheet, complete: true, using: &random)
            let document = ResultBuilder.document(worksheet: sheet, responses: responses, completedAt: moment)
            let data = try document.encoded()
            if round % 5 == 0 { documents.append(data) }
            // A result JSON is accepted as an answers file and gives back the visible answers.
            let readBack = try AnswersReader().read(bytes: Array(data), file: "result.json", for: sheet)
            let report = scorer.score(responses)
            let visible = Set(report.visibleQuestions)
            if readBack.answers != responses.answers.filter({ visible.contains($0.key) })
                || scorer.score(readBack).recommendation != report.recommendation {
                failures.append("round \(round): result JSON did not read back as the same answers")
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(5))")
        #expect(try SchemaCheck.problems(documents) == nil)
    }
}
