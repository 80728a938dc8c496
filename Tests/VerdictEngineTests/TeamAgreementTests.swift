import Testing
@testable import VerdictEngine

/// The grouped pairwise-agreement computation equals the definition, pair by pair.
@Suite struct TeamAgreementTests {
    /// A small deterministic generator (no global randomness in tests).
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    /// The definition: mean over pairs with a common counted question of alike ÷ common.
    func bruteForce(_ report: TeamReport, _ team: [Responses], _ worksheet: Worksheet) -> (Double?, Int) {
        let scorer = Scorer(worksheet: worksheet)
        let counted = team.map { responses -> [String: String] in
            let visible = Set(scorer.score(responses).visibleQuestions)
            return responses.answers.filter { visible.contains($0.key) }
        }
        var sum = 0.0
        var pairs = 0
        for first in counted.indices {
            for second in counted.indices where second > first {
                let common = Set(counted[first].keys).intersection(counted[second].keys)
                guard !common.isEmpty else { continue }
                let alike = common.filter { counted[first][$0] == counted[second][$0] }.count
                sum += Double(alike) / Double(common.count)
                pairs += 1
            }
        }
        return (pairs > 0 ? sum / Double(pairs) : nil, pairs)
    }

    @Test(arguments: [1, 2, 7, 40])
    func groupedEqualsPairByPair(seed: Int) throws {
        let worksheet = TeamFixtures.worksheet()
        var generator = Generator(state: UInt64(seed))
        let size = 2 + generator.next(30)
        let team = (0..<size).map { index -> Responses in
            var answers: [String: String] = [:]
            for question in worksheet.questions where generator.next(4) > 0 {  // skip about a quarter
                answers[question.id] = question.answers[generator.next(question.answers.count)].id
            }
            return Responses(respondent: "m\(index)", answers: answers)
        }
        let report = try TeamMerger(worksheet: worksheet).merge(team.map { try TeamFixtures.input($0) })
        let expected = bruteForce(report, team, worksheet)
        #expect(report.consensus.comparedPairs == expected.1)
        if let got = report.consensus.pairwiseAgreement, let want = expected.0 {
            #expect(abs(got - want) < 1e-12)
        } else {
            #expect(report.consensus.pairwiseAgreement == nil && expected.0 == nil)
        }
    }
}
