import Testing
@testable import VerdictEngine

@Suite("Scorer")
struct ScoringScorerTests {
    typealias F = ScoringFixtures

    // MARK: - Points, max, percent, margin

    @Test func pointsAreWeightTimesImportanceTimesAnswerPoints() {
        let sheet = F.sheet([
            F.yesno("q1", weight: 2, yes: ["a": 3], no: ["b": 1]),
            F.yesno("q2", weight: 1, yes: ["a": 1], no: ["b": 4]),
        ])
        let report = Scorer(worksheet: sheet).score(Responses(answers: ["q1": "yes", "q2": "no"], importance: ["q1": 1.5]))
        #expect(report.score(of: "a")?.points == 9)  // 2 × 1.5 × 3
        #expect(report.score(of: "b")?.points == 4)
        #expect(report.score(of: "a")?.max == 10)  // 3 × 3 + 1 × 1
        #expect(report.score(of: "b")?.max == 7)  // 3 × 1 + 1 × 4
        #expect(report.score(of: "a")?.percent == 90)
        #expect(report.recommendation.option == "a")
        #expect(abs(report.recommendation.margin - 0.5) < 1e-12)  // (9 − 4) / 10
        #expect(report.recommendation.kind == .clear)
    }

    @Test func kindsFollowTheThresholds() {
        let thresholds = Thresholds(tooClose: 0.1, lean: 0.3)
        func kind(_ aPoints: Double) -> VerdictKind {
            let sheet = F.sheet([F.yesno("q", yes: ["a": aPoints, "b": 5], no: ["a": 10, "b": 10])], thresholds: thresholds)
            return Scorer(worksheet: sheet).score(Responses(answers: ["q": "yes"])).recommendation.kind
        }
        #expect(kind(10) == .clear)  // margin (10 − 5) / 10 = 0.5
        #expect(kind(7) == .lean)  // 0.2
        #expect(kind(5.5) == .tooClose)  // 0.05
        #expect(kind(8) == .clear)  // exactly the lean threshold is clear
    }

    @Test func exactTieIsTooCloseWithNoOption() {
        let sheet = F.sheet([
            F.yesno("q1", yes: ["a": 0.1], no: ["b": 1]),
            F.yesno("q2", yes: ["a": 0.2], no: ["b": 1]),
            F.yesno("q3", yes: ["b": 0.3], no: ["a": 1]),
        ])
        let report = Scorer(worksheet: sheet).score(Responses(answers: ["q1": "yes", "q2": "yes", "q3": "yes"]))
        #expect(report.recommendation.option == nil)
        #expect(report.recommendation.kind == .tooClose)
        #expect(report.recommendation.margin == 0)
        #expect(report.scores.map(\.option) == ["a", "b"])  // a tie keeps worksheet order
    }

    @Test func nothingAnsweredIsATie() {
        let sheet = F.sheet([F.yesno("q1", yes: ["a": 1], no: ["b": 1])], options: 3)
        let report = Scorer(worksheet: sheet).score(Responses())
        #expect(report.recommendation.option == nil)
        #expect(report.unanswered == ["q1"])
        #expect(report.reasons.isEmpty)
    }

    // MARK: - Must-haves

    @Test func excludesRulesAnOptionOutEvenWhenItLeads() {
        let sheet = F.sheet([
            F.yesno("big", yes: ["a": 10], no: ["b": 1]),
            F.yesno("cloud", yes: ["b": 1], no: ["a": 1], yesExcludes: ["a"]),
        ], options: 3)
        let report = Scorer(worksheet: sheet).score(Responses(answers: ["big": "yes", "cloud": "yes"]))
        #expect(report.scores.map(\.option) == ["b", "c", "a"])
        #expect(report.scores.last?.ruledOut == true)
        #expect(report.ruledOut == ["a": ["cloud"]])
        #expect(report.recommendation.option == "b")
        #expect(!report.reasons.contains { $0.option == "a" })
    }

    @Test func requiresRulesOutEveryOtherOption() {
        let sheet = F.sheet([
            F.yesno("big", yes: ["a": 10], no: ["b": 1]),
            F.yesno("must", yes: [:], no: [:], yesRequires: "c"),
        ], options: 3)
        let report = Scorer(worksheet: sheet).score(Responses(answers: ["big": "yes", "must": "yes"]))
        #expect(report.recommendation.option == "c")
        #expect(report.recommendation.kind == .clear)
        #expect(report.scores.first?.option == "c")
        #expect(report.ruledOut.keys.sorted() == ["a", "b"])
    }

    @Test func whenEveryOptionIsRuledOutThereIsNoRecommendation() {
        let sheet = F.sheet([
            F.yesno("q1", yes: ["a": 1], no: [:], yesRequires: "a"),
            F.yesno("q2", yes: ["b": 1], no: [:], yesExcludes: ["a"]),
        ])
        let report = Scorer(worksheet: sheet).score(Responses(answers: ["q1": "yes", "q2": "yes"]))
        #expect(report.recommendation.option == nil)
        #expect(report.recommendation.kind == .tooClose)
        #expect(report.ruledOut == ["a": ["q2"], "b": ["q1"]])
        #expect(report.scores.allSatisfy { $0.ruledOut })
    }

    // MARK: - Conditions

    @Test func hiddenQuestionsCountNeitherPointsNorMaximum() {
        let sheet = F.sheet([
            F.yesno("web", yes: ["a": 1], no: ["b": 1]),
            F.yesno("spa", yes: ["a": 5], no: ["b": 5], showWhen: Condition(question: "web", answers: ["yes"])),
            F.yesno("deep", yes: ["a": 7], no: ["b": 7], showWhen: Condition(question: "spa", answers: ["yes"])),
        ])
        let scorer = Scorer(worksheet: sheet)
        let hidden = scorer.score(Responses(answers: ["web": "no", "spa": "yes", "deep": "yes"]))
        #expect(hidden.visibleQuestions == ["web"])
        #expect(hidden.score(of: "a")?.points == 0)
        #expect(hidden.score(of: "a")?.max == 1)
        let shown = scorer.score(Responses(answers: ["web": "yes", "spa": "yes"]))
        #expect(shown.visibleQuestions == ["web", "spa", "deep"])
        #expect(shown.unanswered == ["deep"])
        #expect(shown.score(of: "a")?.points == 6)
        #expect(shown.score(of: "a")?.max == 13)
    }

    // MARK: - Reasons

    @Test func reasonsAreWinnerStrongestFirstThenRunnerUp() {
        let sheet = F.sheet([
            F.yesno("q1", yes: ["a": 1], no: ["b": 1]),
            F.yesno("q2", yes: ["a": 3], no: ["b": 1]),
            F.yesno("q3", yes: ["a": 3, "b": 2], no: ["b": 1]),
            F.yesno("q4", yes: ["a": 1], no: ["b": 1, "c": 9]),
        ], options: 3)
        let report = Scorer(worksheet: sheet).score(Responses(answers: ["q1": "yes", "q2": "yes", "q3": "yes", "q4": "no"]))
        #expect(report.recommendation.option == "c")  // c 9, a 7, b 3
        let winner = report.reasons.filter { $0.side == .winner }
        let runnerUp = report.reasons.filter { $0.side == .runnerUp }
        #expect(report.reasons.prefix(winner.count).allSatisfy { $0.side == .winner })
        #expect(winner.map(\.points) == winner.map(\.points).sorted(by: >))
        #expect(Set(winner.map(\.option)).count == 1)
        #expect(Set(runnerUp.map(\.option)).count == 1)
        #expect(winner.first?.option == report.scores[0].option)
        #expect(runnerUp.first?.option == report.scores[1].option)
    }

    @Test func reasonsCarryTheAnswerSentenceAndTiesKeepWorksheetOrder() {
        let sheet = F.sheet([
            F.yesno("q1", yes: ["a": 2], no: ["b": 1]),
            F.yesno("q2", yes: ["a": 2], no: ["b": 1]),
            F.yesno("q3", yes: ["a": 1], no: ["b": 1]),
        ])
        let report = Scorer(worksheet: sheet).score(Responses(answers: ["q1": "yes", "q2": "yes", "q3": "no"]))
        #expect(report.reasons.map(\.question) == ["q1", "q2", "q3"])
        #expect(report.reasons.map(\.text) == ["q1 yes.", "q2 yes.", "q3 no."])
        #expect(report.reasons.map(\.side) == [.winner, .winner, .runnerUp])
    }

    // MARK: - Several options

    @Test(arguments: [2, 3, 5, 8])
    func supportsTwoToEightOptions(_ count: Int) {
        let options = F.options(count).map(\.id)
        let question = Question(id: "pick", prompt: "Pick", kind: .choice, answers: options.map {
            Answer(id: $0, label: $0.uppercased(), points: [$0: 2], reason: "Picked \($0).")
        })
        let sheet = F.sheet([question], options: count)
        for option in options {
            let report = Scorer(worksheet: sheet).score(Responses(answers: ["pick": option]))
            #expect(report.recommendation.option == option)
            #expect(report.scores.count == count)
            #expect(report.scores.first?.option == option)
        }
    }
}
