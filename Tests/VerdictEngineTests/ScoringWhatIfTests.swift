import Testing
@testable import VerdictEngine

@Suite("WhatIf")
struct ScoringWhatIfTests {
    typealias F = ScoringFixtures

    @Test func appliesChangesInOrderAndScoresBothSides() {
        let sheet = F.sheet([
            F.yesno("q1", weight: 2, yes: ["a": 1], no: ["b": 1]),
            F.yesno("q2", yes: ["a": 1], no: ["b": 1]),
        ])
        let given = Responses(respondent: "Ada", answers: ["q1": "yes", "q2": "yes"])
        let outcome = WhatIf(worksheet: sheet).apply(
            [AnswerChange(question: "q1", answer: "yes"), AnswerChange(question: "q1", answer: "no"),
             AnswerChange(question: "q2", answer: nil)],
            to: given)
        #expect(outcome.before == given)
        #expect(outcome.after.answers == ["q1": "no"])
        #expect(outcome.after.respondent == "Ada")
        #expect(outcome.beforeReport.recommendation.option == "a")
        #expect(outcome.afterReport.recommendation.option == "b")
        #expect(outcome.changesVerdict)
        #expect(outcome.afterReport == Scorer(worksheet: sheet).score(outcome.after))
    }

    @Test func aChangeThatAltersNothingLeavesTheVerdict() {
        let sheet = F.wakatime()
        let given = Responses(answers: ["api": "yes", "soa": "yes", "reads-code": "yes"])
        let outcome = WhatIf(worksheet: sheet).apply([AnswerChange(question: "api", answer: "yes")], to: given)
        #expect(!outcome.changesVerdict)
        #expect(outcome.beforeReport == outcome.afterReport)
    }
}
