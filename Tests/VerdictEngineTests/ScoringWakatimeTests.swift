import Testing
@testable import VerdictEngine

@Suite("wakatime-2015 worksheet")
struct ScoringWakatimeTests {
    /// Every one of the 256 yes/no combinations, with the totals the 2015 table gives.
    static let combinations: [(answers: [String: String], django: Double, flask: Double)] = (0..<256).map { bits in
        var answers: [String: String] = [:]
        var django = 0.0
        var flask = 0.0
        for (index, row) in ScoringFixtures.wakatimeTable.enumerated() {
            let yes = bits & (1 << index) != 0
            answers[row.0] = yes ? "yes" : "no"
            if (yes ? row.1 : row.2) == "django" { django += 1 } else { flask += 1 }
        }
        return (answers, django, flask)
    }

    @Test func all256CombinationsGiveTheTableTotals() {
        let scorer = Scorer(worksheet: ScoringFixtures.wakatime())
        #expect(Self.combinations.count == 256)
        for combination in Self.combinations {
            let report = scorer.score(Responses(answers: combination.answers))
            #expect(report.score(of: "django")?.points == combination.django)
            #expect(report.score(of: "flask")?.points == combination.flask)
            #expect(report.score(of: "django")?.max == 8)
            #expect(report.score(of: "flask")?.max == 8)
            let expected: String? = combination.django == combination.flask
                ? nil : (combination.django > combination.flask ? "django" : "flask")
            #expect(report.recommendation.option == expected)
        }
    }

    @Test func fourAllIsTooCloseToCall() {
        let scorer = Scorer(worksheet: ScoringFixtures.wakatime())
        let ties = Self.combinations.filter { $0.django == 4 }
        #expect(ties.count == 70)  // 8 choose 4
        for tie in ties {
            let report = scorer.score(Responses(answers: tie.answers))
            #expect(report.recommendation.kind == .tooClose)
            #expect(report.recommendation.option == nil)
            #expect(report.recommendation.margin == 0)
        }
    }

    @Test func fiveThreeIsClearWithAQuarterMargin() {
        let scorer = Scorer(worksheet: ScoringFixtures.wakatime())
        let analyzer = SensitivityAnalyzer(worksheet: ScoringFixtures.wakatime())
        for combination in Self.combinations where combination.django == 5 {
            let report = scorer.score(Responses(answers: combination.answers))
            #expect(report.recommendation.option == "django")
            #expect(report.recommendation.kind == .clear)
            #expect(report.recommendation.margin == 0.25)
            // Any one of Django's five answers, flipped, makes it 4–4.
            let sensitivity = analyzer.analyze(Responses(answers: combination.answers))
            #expect(sensitivity.pivotalQuestions.count == 5)
            #expect(sensitivity.robustness == "fragile — 5 answers could each change it")
        }
    }
}
