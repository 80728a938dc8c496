import Foundation
import Testing
@testable import VerdictEngine

/// A team of five on the default worksheet (django-vs-flask 1.0.0), result files made by
/// ``ResultBuilder`` and read back, every figure worked out by hand below.
///
/// Weights × points used (importance 1 everywhere):
///   team-experience w3: junior D2, mixed D1 F1, senior F2
///   api w3: none D1, alongside-pages D1, api-only F2   (api-style shown for alongside/api-only)
///   admin-needed w3: yes D2, no F1                      (admin-day-one shown for yes)
///   database w3: relational D2, document F2, mixed F1   (orm-style, legacy-schema shown for relational/mixed)
///   microservices w3: yes F2, no D1
///   content-heavy w2: yes D2, no F1
///   security-releases w1: yes D1
///
///        exp     api        admin db          micro content sec  Django                 Flask
///   Ana  junior  none       yes   relational  no    yes     yes  6+3+6+6+3+4+1 = 29     0
///   Ben  senior  api-only   no    document    yes   no      yes  1                      6+6+3+6+6+2 = 29
///   Cy   mixed   alongside  yes   relational  no    no      yes  3+3+6+6+3+1 = 22       3+2 = 5
///   Dee  mixed   api-only   yes   mixed       yes   yes     yes  3+6+4+1 = 14           3+6+3+6 = 18
///   Eli  junior  none       no    relational  no    yes     yes  6+3+6+3+4+1 = 23       3
///
/// Reachable on the unconditional questions: Django 60, Flask 52; conditional extras when
/// shown: api-style D2 F2, admin-day-one D1, orm-style D2 F2, legacy-schema F1.
///   Ana 60+1+2 = 63 / 52+2+1 = 55; Ben 62 / 54; Cy 65 / 57; Dee 65 / 57; Eli 62 / 55.
@Suite struct TeamDefaultWorksheetTests {
    static let team: [Responses] = [
        member("Ana", "junior", "none", "yes", "relational", "no", "yes"),
        member("Ben", "senior", "api-only", "no", "document", "yes", "no"),
        member("Cy", "mixed", "alongside-pages", "yes", "relational", "no", "no"),
        member("Dee", "mixed", "api-only", "yes", "mixed", "yes", "yes"),
        member("Eli", "junior", "none", "no", "relational", "no", "yes"),
    ]

    static func member(
        _ name: String, _ experience: String, _ api: String, _ admin: String, _ database: String,
        _ microservices: String, _ content: String
    ) -> Responses {
        Responses(respondent: name, answers: [
            "team-experience": experience, "api": api, "admin-needed": admin, "database": database,
            "microservices": microservices, "content-heavy": content, "security-releases": "yes",
        ])
    }

    func report() throws -> TeamReport {
        let worksheet = try WorksheetCatalog(folders: []).resolve(WorksheetCatalog.defaultWorksheetID)
        let folder = try TeamFixtures.folder()
        for responses in Self.team {
            let document = ResultBuilder.document(worksheet: worksheet, responses: responses, completedAt: Date())
            try document.encoded().write(to: URL(fileURLWithPath: "\(folder)/\(responses.respondent).json"))
        }
        let inputs = try TeamReader().read(paths: [folder])
        return try TeamMerger(worksheet: worksheet).merge(inputs)
    }

    @Test func picksAndCombinedScores() throws {
        let report = try report()
        #expect(report.members.map(\.name) == ["Ana", "Ben", "Cy", "Dee", "Eli"])
        #expect(report.members.map { $0.score(of: "django")?.points } == [29, 1, 22, 14, 23])
        #expect(report.members.map { $0.score(of: "flask")?.points } == [0, 29, 5, 18, 3])
        #expect(report.members.map { $0.score(of: "django")?.max } == [63, 62, 65, 65, 62])
        #expect(report.members.map { $0.score(of: "flask")?.max } == [55, 54, 57, 57, 55])
        #expect(report.members.map(\.pick) == ["django", "flask", "django", "flask", "django"])
        // Dee: (18 − 14) ÷ 57 = 0.070 → lean.
        #expect(report.members[3].recommendation.kind == .lean)
        let django = try #require(report.scores.first)
        let flask = try #require(report.scores.last)
        // Django: 89 ÷ 5 = 17.8, sorted 1 14 22 23 29 → median 22, spread 28; reachable 317 ÷ 5 = 63.4.
        #expect(django.option == "django")
        #expect(abs(django.mean - 17.8) < 1e-9)
        #expect(django.median == 22)
        #expect(django.spread == 28)
        #expect(abs(django.reachable - 63.4) < 1e-9)
        // Flask: 55 ÷ 5 = 11, sorted 0 3 5 18 29 → median 5, spread 29; reachable 278 ÷ 5 = 55.6.
        #expect(abs(flask.mean - 11) < 1e-9)
        #expect(flask.median == 5)
        #expect(flask.spread == 29)
        #expect(abs(flask.reachable - 55.6) < 1e-9)
        // margin (17.8 − 11) ÷ 63.4 = 0.107 → lean (0.05 ≤ m < 0.15).
        #expect(report.recommendation.option == "django")
        #expect(report.recommendation.kind == .lean)
        #expect(abs(report.recommendation.margin - 6.8 / 63.4) < 1e-9)
    }

    @Test func consensusAndDisagreementOrder() throws {
        let report = try report()
        // Ana, Cy, Eli picked Django: 3 of 5.
        #expect(report.consensus.pickShare == 0.6)
        // Every pair shares the 7 answered questions; alike per pair:
        // Ana-Ben 1, Ana-Cy 4, Ana-Dee 3, Ana-Eli 6, Ben-Cy 2, Ben-Dee 3, Ben-Eli 2, Cy-Dee 3,
        // Cy-Eli 3, Dee-Eli 2 → 29 of 70 → 0.4142857.
        #expect(report.consensus.comparedPairs == 10)
        #expect(abs((report.consensus.pairwiseAgreement ?? -1) - 29.0 / 70.0) < 1e-12)
        // split × impact:
        //   team-experience 2-2-1 of 3 answers: (1 − 2/5) ÷ (1 − ⌈5/3⌉/5) = 1; impact 3 × 2 = 6 → 6
        //   api 2-2-1: split 1; impact 3 × max(D 1−0, F 2−0) = 6 → 6
        //   admin-needed 3-2: split 1; impact 3 × max(2, 1) = 6 → 6
        //   microservices 3-2: split 1; impact 3 × max(1, 2) = 6 → 6
        //   content-heavy 3-2: split 1; impact 2 × max(2, 1) = 4 → 4
        //   database 3-1-1 of 4 answers: (1 − 3/5) ÷ (1 − ⌈5/4⌉/5) = 0.4 ÷ 0.6 = 2/3; impact 3 × 2 = 6 → 4
        // Equal priorities: higher impact first (database moves the scores more than
        // content-heavy), then higher split, then worksheet order.
        #expect(report.disagreements.map(\.question) == [
            "team-experience", "api", "admin-needed", "microservices", "database", "content-heavy",
        ])
        #expect(report.disagreements.map(\.priority).map { ($0 * 1000).rounded() } == [6000, 6000, 6000, 6000, 4000, 4000])
        #expect(report.disagreements[1].groups.map(\.answer) == ["none", "api-only", "alongside-pages"])
        #expect(report.agreed.map(\.question) == ["security-releases"])
    }
}
