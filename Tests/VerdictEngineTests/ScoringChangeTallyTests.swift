import Foundation
import Testing
import VerdictTestSupport
@testable import VerdictEngine

/// ``ChangeTally`` (one changed answer as a change to the tally) against a full re-score,
/// on the shipped worksheets and on random worksheets with nested conditions, and the
/// sensitivity analysis on a 20,000-question chain of conditions (probe S15) finishing.
@Suite("Scoring: one-answer changes without a re-score")
struct ScoringChangeTallyTests {
    /// A random worksheet: `count` questions of 2–4 answers over 3 options, each after
    /// the first conditioned, two times in three, on a random earlier question.
    static func nested(_ count: Int, using random: inout SplitMix64) -> Worksheet {
        let options = ["a", "b", "c"]
        var questions: [Question] = []
        for index in 0..<count {
            let answers = (0..<Int.random(in: 2...4, using: &random)).map { answer in
                Answer(id: "x\(answer)", label: "X", points: Dictionary(uniqueKeysWithValues: options.map {
                    ($0, Double(Int.random(in: 0...3, using: &random)))
                }), reason: "R", excludes: Int.random(in: 0..<8, using: &random) == 0 ? ["c"] : [])
            }
            var condition: Condition?
            if index > 0, Int.random(in: 0..<3, using: &random) != 0 {
                let parent = questions[Int.random(in: 0..<index, using: &random)]
                condition = Condition(question: parent.id, answers: [parent.answers[Int.random(in: 0..<parent.answers.count, using: &random)].id])
            }
            questions.append(Question(
                id: "q\(index)", prompt: "Q", kind: .choice, weight: Double(Int.random(in: 1...3, using: &random)),
                showWhen: condition, answers: answers))
        }
        return Worksheet(
            id: "nested", title: "Nested", version: "1", description: "D",
            options: options.map { WorksheetOption(id: $0, name: $0) },
            sections: [WorksheetSection(id: "s", title: "S", questions: questions)])
    }

    static func responses(_ sheet: Worksheet, using random: inout SplitMix64) -> Responses {
        var responses = Responses(respondent: "T")
        for question in sheet.questions where Int.random(in: 0..<5, using: &random) != 0 {
            responses.answers[question.id] = question.answers[Int.random(in: 0..<question.answers.count, using: &random)].id
            if Int.random(in: 0..<4, using: &random) == 0 { responses.importance[question.id] = 2 }
        }
        return responses
    }

    /// Every visible question, every alternative: the change equals the re-score.
    static func compare(_ sheet: Worksheet, _ responses: Responses) {
        let compiled = sheet.compiled
        let choices = compiled.choices(responses)
        let importance = compiled.importances(responses)
        let base = compiled.tally(choices: choices, importance: importance)
        let changes = ChangeTally(compiled: compiled, choices: choices, importance: importance, base: base)
        for index in compiled.questions.indices where base.visible[index] {
            for alternative in compiled.questions[index].answerIDs.indices {
                var changed = choices
                changed[index] = alternative
                let full = compiled.tally(choices: changed, importance: importance)
                let quick = changes.changing(index, to: alternative)
                for option in 0..<compiled.optionCount {
                    #expect(abs(full.points[option] - quick.points[option]) < 1e-9)
                    #expect(abs(full.maxima[option] - quick.maxima[option]) < 1e-9)
                    #expect(full.ruledOutBy[option].isEmpty == quick.ruledOutBy[option].isEmpty)
                }
            }
        }
    }

    @Test("random nested worksheets: 200 answer sets, every change equals its re-score")
    func nestedWorksheets() {
        var random = SplitMix64(seed: 17)
        for _ in 0..<200 {
            let sheet = Self.nested(Int.random(in: 2...30, using: &random), using: &random)
            Self.compare(sheet, Self.responses(sheet, using: &random))
        }
    }

    @Test("shipped worksheets: 100 answer sets each, every change equals its re-score",
          arguments: BundledFiles.worksheets.map(\.name))
    func shipped(_ name: String) throws {
        let bytes = try #require(BundledFiles.worksheets.first { $0.name == name }?.bytes)
        let sheet = try WorksheetLoader().load(bytes: bytes, file: name, origin: "bundled:\(name)")
        var random = SplitMix64(seed: 23)
        for _ in 0..<100 { Self.compare(sheet, Self.responses(sheet, using: &random)) }
    }

    @Test("a 20,000-question chain of conditions, all answered: the analysis covers every question (S15)")
    func longChain() {
        let count = 20_000
        let questions = (0..<count).map { index in
            Question(
                id: "q\(index)", prompt: "Q", kind: .yesno, weight: 1,
                showWhen: index == 0 ? nil : Condition(question: "q\(index - 1)", answers: ["yes"]),
                answers: [Answer(id: "yes", label: "Y", points: ["a": 1], reason: "R"),
                          Answer(id: "no", label: "N", points: ["b": 1], reason: "R")])
        }
        let sheet = Worksheet(
            id: "chain", title: "Chain", version: "1", description: "D",
            options: [WorksheetOption(id: "a", name: "A"), WorksheetOption(id: "b", name: "B")],
            sections: [WorksheetSection(id: "s", title: "S", questions: questions)])
        let responses = Responses(respondent: "T", answers: Dictionary(uniqueKeysWithValues: (0..<count).map { ("q\($0)", "yes") }))
        let sensitivity = SensitivityAnalyzer(worksheet: sheet).analyze(responses)
        // q0 "no" hides the whole chain (B wins); q1 "no" hides the rest (a 1–1 tie).
        #expect(sensitivity.pivotal.map(\.question) == ["q0", "q1"])
        #expect(sensitivity.flipPoints.count == count)
    }

    @Test("the outcome found in one pass equals the verdict of the full order, ties and ruled-out options included")
    func outcomeMatchesTheOrder() {
        var random = SplitMix64(seed: 41)
        let rule = VerdictRule(thresholds: Thresholds())
        for _ in 0..<5_000 {
            let count = Int.random(in: 1...8, using: &random)
            // Few distinct point values, so ties are common; 0.1 + 0.2 against 0.3 is noise.
            let points = (0..<count).map { _ in [0, 1, 2, 0.3, 0.1 + 0.2][Int.random(in: 0..<5, using: &random)] }
            let tally = CompiledWorksheet.Tally(
                points: points, maxima: points.map { $0 + Double(Int.random(in: 0...3, using: &random)) },
                ruledOutBy: (0..<count).map { _ in Int.random(in: 0..<4, using: &random) == 0 ? [0] : [] }, visible: [])
            let full = rule.decide(tally, order: rule.order(tally))
            let fast = rule.outcome(tally)
            #expect(fast.option == full.option && fast.kind == full.kind, "\(tally)")
        }
    }
}
