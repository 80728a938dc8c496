import Foundation
import Testing
@testable import VerdictEngine

/// The team of five from ``TeamFixtures``, every figure worked out by hand.
///
/// Per question, factor = weight × importance; an option's reachable total is Σ factor × the
/// best points any answer of a visible question gives it. Visible: async only when api = yes.
///
///        api(w3)  admin(w2)     team-size(w1)  async(w1)  python(w1)  Django          Flask
/// Ana    yes      yes           large          yes        yes         3+4+2+0+1=10/13  6+0+0+1+0=7/12
/// Ben    yes      no            small          yes        yes         3+0+0+0+1=4/13   6+2+2+1+0=11/12
/// Cy     no       yes           large          –          yes         6+4+2+1=13/13    0/11
/// Dee    yes      yes (imp. 2)  large          no         yes         3+8+2+0+1=14/17  6+0+0+0+0=6/14
/// Eli    no       no            medium         –          yes         6+0+1+1=8/13     0+2+1+0=3/11
///
/// Reachable: Django 6+4+2+0+1 = 13 (Dee: admin factor 4 → 6+8+2+0+1 = 17); Flask with
/// async 6+2+2+1+1 = 12 (Dee 6+4+2+1+1 = 14), without async 6+2+2+1 = 11.
@Suite struct TeamMergerTests {
    let worksheet = TeamFixtures.worksheet()

    func merged() throws -> TeamReport {
        let inputs = try TeamFixtures.team.map { try TeamFixtures.input($0) }
        return try TeamMerger(worksheet: worksheet).merge(inputs)
    }

    @Test func membersAreRescoredFromTheirAnswers() throws {
        let report = try merged()
        let django = report.members.map { $0.score(of: "django")?.points }
        let flask = report.members.map { $0.score(of: "flask")?.points }
        #expect(django == [10, 4, 13, 14, 8])
        #expect(flask == [7, 11, 0, 6, 3])
        #expect(report.members.map(\.pick) == ["django", "flask", "django", "django", "django"])
        // Ana: (10 − 7) ÷ 13; Ben: (11 − 4) ÷ 12.
        #expect(abs(report.members[0].recommendation.margin - 3.0 / 13.0) < 1e-12)
        #expect(abs(report.members[1].recommendation.margin - 7.0 / 12.0) < 1e-12)
        #expect(report.members.map(\.answered) == [5, 5, 4, 5, 4])
    }

    @Test func combinedScoresAreMeansMediansAndSpreads() throws {
        let report = try merged()
        #expect(report.scores.map(\.option) == ["django", "flask"])
        let django = report.scores[0]
        let flask = report.scores[1]
        // Django: (10+4+13+14+8) ÷ 5 = 49 ÷ 5 = 9.8; sorted 4 8 10 13 14 → median 10; 14 − 4 = 10.
        #expect(abs(django.mean - 9.8) < 1e-12)
        #expect(django.median == 10)
        #expect(django.spread == 10)
        // Flask: (7+11+0+6+3) ÷ 5 = 27 ÷ 5 = 5.4; sorted 0 3 6 7 11 → median 6; 11 − 0 = 11.
        #expect(abs(flask.mean - 5.4) < 1e-12)
        #expect(flask.median == 6)
        #expect(flask.spread == 11)
        // Reachable: Django (13+13+13+17+13) ÷ 5 = 13.8; Flask (12+12+11+14+11) ÷ 5 = 12.
        #expect(abs(django.reachable - 13.8) < 1e-12)
        #expect(abs(flask.reachable - 12) < 1e-12)
        #expect(abs(django.percent - 9.8 / 13.8 * 100) < 1e-9)
        #expect(abs(flask.percent - 45) < 1e-9)
    }

    @Test func teamRecommendationUsesTheScorerRules() throws {
        let report = try merged()
        // margin = (9.8 − 5.4) ÷ 13.8 = 0.3188… ≥ lean 0.15 → clear.
        #expect(report.recommendation.option == "django")
        #expect(report.recommendation.kind == .clear)
        #expect(abs(report.recommendation.margin - 4.4 / 13.8) < 1e-12)
    }

    @Test func consensusFigures() throws {
        let report = try merged()
        // Ana, Cy, Dee, Eli picked Django: 4 of 5.
        #expect(report.consensus.membersWithTeamPick == 4)
        #expect(report.consensus.pickShare == 0.8)
        // Pairs (alike ÷ answered by both):
        // Ana-Ben 3/5, Ana-Cy 3/4, Ana-Dee 4/5, Ana-Eli 1/4, Ben-Cy 1/4, Ben-Dee 2/5,
        // Ben-Eli 2/4, Cy-Dee 3/4, Cy-Eli 2/4, Dee-Eli 1/4 → sum 5.05, mean 0.505.
        #expect(report.consensus.comparedPairs == 10)
        #expect(abs((report.consensus.pairwiseAgreement ?? -1) - 0.505) < 1e-12)
    }

    @Test func disagreementsAreRankedBySplitTimesImpact() throws {
        let report = try merged()
        // api: yes 3 / no 2 of 5, 2 answers: (1 − 3/5) ÷ (1 − ⌈5/2⌉/5) = 0.4 ÷ 0.4 = 1;
        //      impact 3 × max(Django |1 − 2|, Flask |2 − 0|) = 6 → priority 6.
        // admin: 3 / 2 → split 1; impact 2 × max(2, 1) = 4 → 4.
        // team-size: large 3, small 1, medium 1 of 5, 3 answers: (1 − 3/5) ÷ (1 − ⌈5/3⌉/5) = 0.4 ÷ 0.6 = 2/3;
        //      impact 1 × max(Django 2 − 0, Flask 2 − 0) = 2 → 4/3.
        // async: yes 2 / no 1 of 3: (1 − 2/3) ÷ (1 − 2/3) = 1; impact 1 × max(0, 1) = 1 → 1.
        #expect(report.disagreements.map(\.question) == ["api", "admin", "team-size", "async"])
        #expect(report.disagreements.map(\.split) == [1, 1, 0.4 / 0.6, 1].map { $0 })
        #expect(report.disagreements.map(\.impact) == [6, 4, 2, 1])
        let sizes = report.disagreements[2].groups.map { "\($0.answer):\($0.members.joined(separator: "+"))" }
        #expect(sizes == ["large:Ana+Cy+Dee", "small:Ben", "medium:Eli"])
        #expect(report.disagreements[0].groups[1].reason == "Pages first suit batteries included.")
        #expect(report.agreed.map(\.question) == ["python"])
        #expect(report.agreed.first?.answering == 5)
    }

    /// Each reason is the mean of what an answer gives its side beyond the other side: api=yes
    /// gives Django 1 and Flask 2, so it is a reason for Flask (by 1) and never for Django.
    @Test func teamReasonsAreMeanContributionsBeyondTheOtherSide() throws {
        let report = try merged()
        // Django over Flask: admin=yes (4 + 4 + 8) ÷ 5 = 3.2; api=no (6 + 6) ÷ 5 = 2.4;
        // team-size=large (2 + 2 + 2) ÷ 5 = 1.2; python=yes 5 ÷ 5 = 1.
        let winners = report.reasons.filter { $0.side == .winner }
        #expect(winners.map { "\($0.question)=\($0.answer)" } == ["admin=yes", "api=no", "team-size=large", "python=yes"])
        #expect(abs(winners[0].points - 3.2) < 1e-12)
        // Flask over Django: api=yes 3 × (2 − 1) × 3 members ÷ 5 = 1.8 first; admin=no (2 + 2) ÷ 5 = 0.8.
        let counterpoints = report.reasons.filter { $0.side == .runnerUp }
        #expect(counterpoints.prefix(2).map { "\($0.question)=\($0.answer)" } == ["api=yes", "admin=no"])
        #expect(abs((counterpoints.first?.points ?? 0) - 1.8) < 1e-12)
    }

    @Test func aTeamOfOneWorks() throws {
        let report = try TeamMerger(worksheet: worksheet).merge([try TeamFixtures.input(TeamFixtures.team[1])])
        #expect(report.members.count == 1)
        #expect(report.recommendation.option == "flask")
        #expect(report.consensus.pickShare == 1)
        #expect(report.consensus.pairwiseAgreement == nil)
        #expect(report.disagreements.isEmpty)
        #expect(report.agreed.isEmpty, "one member's answers are not an agreement")
        #expect(report.answeredByOne.count == 5)
    }

    @Test func anExactTieHasNoTeamPick() throws {
        // Kim (yes, no, medium, async yes, python yes): Django 3+0+1+0+1 = 5, Flask 6+2+1+1+0 = 10.
        // Mo (no, no, medium, python yes): Django 6+0+1+1 = 8, Flask 0+2+1+0 = 3.
        // Means: Django 13 ÷ 2 = 6.5, Flask 13 ÷ 2 = 6.5 → exact tie, no option.
        let kim = Responses(respondent: "Kim", answers: ["api": "yes", "admin": "no", "team-size": "medium", "async": "yes", "python": "yes"])
        let mo = Responses(respondent: "Mo", answers: ["api": "no", "admin": "no", "team-size": "medium", "python": "yes"])
        let report = try TeamMerger(worksheet: worksheet).merge([try TeamFixtures.input(kim), try TeamFixtures.input(mo)])
        #expect(report.scores.map(\.mean) == [6.5, 6.5])
        #expect(report.recommendation.option == nil)
        #expect(report.recommendation.kind == .tooClose)
        #expect(report.consensus.pickShare == nil)
    }
}
