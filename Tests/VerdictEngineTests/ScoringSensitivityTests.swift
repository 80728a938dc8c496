import Foundation
import ScoringProperties
import Testing
import VerdictTestSupport
@testable import VerdictEngine

@Suite("Sensitivity")
struct ScoringSensitivityTests {
    typealias F = ScoringFixtures

    // MARK: - Labels and examples

    @Test func robustnessLabelsCountDistinctQuestions() {
        #expect(Sensitivity.label(pivotalQuestions: 0) == "robust — no single answer changes it")
        #expect(Sensitivity.label(pivotalQuestions: 1) == "sensitive — 1 answer could change it")
        #expect(Sensitivity.label(pivotalQuestions: 3) == "fragile — 3 answers could each change it")
    }

    @Test func aLandslideIsRobust() {
        let sheet = F.wakatime()
        let all = Dictionary(uniqueKeysWithValues: F.wakatimeTable.map { ($0.0, $0.1 == "flask" ? "yes" : "no") })
        let sensitivity = SensitivityAnalyzer(worksheet: sheet).analyze(Responses(answers: all))
        #expect(sensitivity.pivotal.isEmpty)
        #expect(sensitivity.robustness == "robust — no single answer changes it")
        #expect(sensitivity.settle.isEmpty)
        #expect(sensitivity.flipPoints.count == 8)
        #expect(sensitivity.flipPoints.allSatisfy { $0.factor == nil })
    }

    @Test func oneSkippedQuestionCanBePivotal() {
        let sheet = F.sheet([
            F.yesno("q1", weight: 2, yes: ["a": 1], no: ["b": 1]),
            F.yesno("q2", weight: 3, yes: ["a": 1], no: ["b": 1]),
        ])
        let sensitivity = SensitivityAnalyzer(worksheet: sheet).analyze(Responses(answers: ["q1": "yes"]))
        #expect(sensitivity.pivotal == [
            PivotalAnswer(question: "q1", answer: "yes", alternative: "no", winner: "b", kind: .clear),
            PivotalAnswer(question: "q2", answer: nil, alternative: "no", winner: "b", kind: .clear),
        ])
        #expect(sensitivity.robustness == "fragile — 2 answers could each change it")
    }

    /// Only a question still unanswered settles a close call (QA: 21 answered questions were
    /// offered to "settle it"); changing an answer is what the pivotal answers say.
    @Test func aTieIsSettledOnlyByUnansweredQuestions() {
        let sheet = F.sheet([
            F.yesno("q1", yes: ["a": 1], no: ["b": 1]),
            F.yesno("q2", yes: ["a": 1], no: ["b": 1]),
            F.yesno("q3", yes: ["a": 1], no: ["b": 1]),
        ])
        let sensitivity = SensitivityAnalyzer(worksheet: sheet).analyze(Responses(answers: ["q2": "yes", "q3": "no"]))
        #expect(sensitivity.settle == ["q1"])
        #expect(sensitivity.pivotalQuestions == ["q1", "q2", "q3"])
    }

    /// A near-tie with every question answered: nothing to settle it with, and a change that
    /// only puts the other option ahead by a hair is not pivotal (QA: "skipped → No makes it
    /// too close to call" on a result already too close).
    @Test func aNearTieOnEveryAnswerListsOnlyTheChangesThatDecideIt() {
        let sheet = F.sheet([
            F.yesno("q1", weight: 10, yes: ["a": 1], no: ["b": 1]),
            F.yesno("q2", weight: 10, yes: ["b": 1], no: ["a": 1]),
            F.yesno("q3", yes: ["a": 1], no: ["b": 1]),
        ])
        let responses = Responses(answers: ["q1": "yes", "q2": "yes", "q3": "yes"])  // a 11, b 10 of 21
        #expect(Scorer(worksheet: sheet).score(responses).recommendation.kind == .tooClose)
        let sensitivity = SensitivityAnalyzer(worksheet: sheet).analyze(responses)
        #expect(sensitivity.settle.isEmpty)
        #expect(sensitivity.pivotal == [
            PivotalAnswer(question: "q1", answer: "yes", alternative: "no", winner: "b", kind: .clear),
            PivotalAnswer(question: "q2", answer: "yes", alternative: "no", winner: "a", kind: .clear),
        ])
        let document = ResultBuilder.document(worksheet: sheet, responses: responses, completedAt: .init(timeIntervalSince1970: 0))
        let line = "Verdict: Too close to call (Alpha ahead by 4.7%) — a genuine near-tie on these answers; changing the answer "
            + "to one of 2 questions would decide it (see below)\n"
        #expect(TextReport.render(document, worksheet: sheet, width: 200).contains(line))
        #expect(!TextReport.render(document, worksheet: sheet).contains("Questions that would settle it"))
    }

    @Test func settleSentences() {
        #expect(ResultSentences.settle(["q1", "q2"], allAnswered: false, deciding: 3) == "settle it with: q1, q2")
        #expect(ResultSentences.settle([], allAnswered: true, deciding: 0)
            == "a genuine near-tie on these answers; no single changed answer decides it")
        #expect(ResultSentences.settle([], allAnswered: false, deciding: 1)
            == "no unanswered question settles it alone; changing the answer to 1 question would decide it (see below)")
    }

    @Test func aChangeThatHidesQuestionsCountsTheirLoss() {
        let sheet = F.sheet([
            F.yesno("web", yes: [:], no: ["b": 1]),
            F.yesno("spa", weight: 5, yes: ["a": 1], no: ["b": 1], showWhen: Condition(question: "web", answers: ["yes"])),
        ])
        let sensitivity = SensitivityAnalyzer(worksheet: sheet).analyze(Responses(answers: ["web": "yes", "spa": "yes"]))
        #expect(sensitivity.pivotal.contains(
            PivotalAnswer(question: "web", answer: "yes", alternative: "no", winner: "b", kind: .clear)))
    }

    @Test func flipPointIsTheClosedForm() throws {
        // a: 3 (q1) + 0; b: 0 + 1 (q2). Scaling q2 by f gives b f; b passes a when f > 3.
        let sheet = F.sheet([
            F.yesno("q1", yes: ["a": 3], no: [:]),
            F.yesno("q2", yes: ["b": 1], no: [:]),
        ])
        let sensitivity = SensitivityAnalyzer(worksheet: sheet).analyze(Responses(answers: ["q1": "yes", "q2": "yes"]))
        let flip = try #require(sensitivity.flipPoints.first { $0.question == "q2" })
        #expect(abs((flip.factor ?? 0) - 3) < 1e-12)
        #expect(flip.winner == "b")
        #expect(sensitivity.flipPoints.first { $0.question == "q1" }?.factor == nil)
    }

    // MARK: - Metamorphic checks over random worksheets

    @Test(arguments: [(UInt64(1), 2), (2, 3), (3, 5), (4, 8)])
    func pivotalAndFlipPointsAreExactlyTheChangesThatFlip(seed: UInt64, options: Int) {
        let sheet = F.generated(seed: seed, questions: 12, options: options)
        var random = SplitMix64(seed: seed &* 7919)
        for _ in 0..<60 {
            let responses = F.randomResponses(sheet, using: &random)
            ScoringMetamorphic.check(sheet, responses)
        }
    }
}

/// The metamorphic sensitivity properties (``ScoringProperties/metamorphicFailures(_:_:)``),
/// reported once per call (an `#expect` per comparison is slow in loops).
enum ScoringMetamorphic {
    static func check(_ sheet: Worksheet, _ responses: Responses, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let failures = ScoringProperties.metamorphicFailures(sheet, responses)
        #expect(failures.isEmpty, "\(failures.prefix(5))", sourceLocation: sourceLocation)
    }
}
