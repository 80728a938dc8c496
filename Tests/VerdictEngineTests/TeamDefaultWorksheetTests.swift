import Foundation
import Testing
@testable import VerdictEngine

/// A team of five on the default worksheet (django-vs-flask 2.2.0), result files made by
/// ``ResultBuilder`` and read back, every figure worked out by hand below.
///
/// Weights × points used (importance 1 everywhere):
///   team-experience w1: junior D1, mixed 0, senior 0
///   product-shape w2: html-pages 0, pages-and-api 0, api-only F1   (api-layer shown for pages-and-api/api-only)
///   admin-needed w2: record-editing D2 F1, no 0
///   database w1: relational 0, document F2                        (orm-style, legacy-schema shown for relational)
///   microservices w1: yes F1, no 0
///   content-heavy w1: yes D4, no 0
///   support-policy w1: yes D2 F1                                  (everyone: yes)
///   translations w1: server-side D2 F1                             (nobody answers it)
///
///        exp     shape          admin   db          micro content  Django          Flask
///   Ana  junior  html-pages     record  relational  no    yes      1+4+4+2 = 11    2+1 = 3
///   Ben  senior  api-only       no      document    yes   no       2               2+2+1+1 = 6
///   Cy   mixed   pages-and-api  record  relational  no    no       4+2 = 6         2+1 = 3
///   Dee  mixed   api-only       record  document    yes   no       4+2 = 6         2+2+2+1+1 = 8
///   Eli  junior  html-pages     no      relational  no    yes      1+4+2 = 7       1
///
/// Reachable on the unconditional questions: Django 41, Flask 40 (worksheet maxima 45 and 43
/// less the conditional questions; user-accounts scores 0 for both); when shown, api-layer
/// adds D2, orm-style (w1) D2 F2 and legacy-schema F1:
///   Ana 41+2 = 43 / 40+2+1 = 43; Ben 41+2 = 43 / 40; Cy 41+2+2 = 45 / 43; Dee 43 / 40; Eli 43 / 43.
@Suite struct TeamDefaultWorksheetTests {
    static let team: [Responses] = [
        member("Ana", "junior", "html-pages", "record-editing", "relational", "no", "yes"),
        member("Ben", "senior", "api-only", "no", "document", "yes", "no"),
        member("Cy", "mixed", "pages-and-api", "record-editing", "relational", "no", "no"),
        member("Dee", "mixed", "api-only", "record-editing", "document", "yes", "no"),
        member("Eli", "junior", "html-pages", "no", "relational", "no", "yes"),
    ]

    static func member(
        _ name: String, _ experience: String, _ shape: String, _ admin: String, _ database: String,
        _ microservices: String, _ content: String
    ) -> Responses {
        Responses(respondent: name, answers: [
            "team-experience": experience, "product-shape": shape, "admin-needed": admin, "database": database,
            "microservices": microservices, "content-heavy": content, "support-policy": "yes",
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
        #expect(report.members.map { $0.score(of: "django")?.points } == [11, 2, 6, 6, 7])
        #expect(report.members.map { $0.score(of: "flask")?.points } == [3, 6, 3, 8, 1])
        #expect(report.members.map { $0.score(of: "django")?.max } == [43, 43, 45, 43, 43])
        #expect(report.members.map { $0.score(of: "flask")?.max } == [43, 40, 43, 40, 43])
        #expect(report.members.map(\.pick) == ["django", "flask", "django", "flask", "django"])
        // Dee: (8 − 6) ÷ 40 = 0.05 → lean (0.03 ≤ m < 0.15).
        #expect(report.members[3].recommendation.kind == .lean)
        let django = try #require(report.scores.first)
        let flask = try #require(report.scores.last)
        // Django: 32 ÷ 5 = 6.4, sorted 2 6 6 7 11 → median 6, spread 9; reachable 217 ÷ 5 = 43.4.
        #expect(django.option == "django")
        #expect(abs(django.mean - 6.4) < 1e-9)
        #expect(django.median == 6)
        #expect(django.spread == 9)
        #expect(abs(django.reachable - 43.4) < 1e-9)
        // Flask: 21 ÷ 5 = 4.2, sorted 1 3 3 6 8 → median 3, spread 7; reachable 209 ÷ 5 = 41.8.
        #expect(abs(flask.mean - 4.2) < 1e-9)
        #expect(flask.median == 3)
        #expect(flask.spread == 7)
        #expect(abs(flask.reachable - 41.8) < 1e-9)
        // margin (6.4 − 4.2) ÷ 43.4 = 0.051 → lean (0.03 ≤ m < 0.15).
        #expect(report.recommendation.option == "django")
        #expect(report.recommendation.kind == .lean)
        #expect(abs(report.recommendation.margin - 2.2 / 43.4) < 1e-9)
    }

    @Test func consensusAndDisagreementOrder() throws {
        let report = try report()
        // Ana, Cy, Eli picked Django: 3 of 5.
        #expect(report.consensus.pickShare == 0.6)
        // Every pair shares the 7 answered questions; alike per pair:
        // Ana-Ben 1, Ana-Cy 4, Ana-Dee 2, Ana-Eli 6, Ben-Cy 2, Ben-Dee 5, Ben-Eli 2, Cy-Dee 4,
        // Cy-Eli 3, Dee-Eli 1 → 30 of 70 → 0.4285714.
        #expect(report.consensus.comparedPairs == 10)
        #expect(abs((report.consensus.pairwiseAgreement ?? -1) - 30.0 / 70.0) < 1e-12)
        // split × impact:
        //   content-heavy 3-2: split 1; impact 1 × D 4 = 4 → 4
        //   admin-needed 3-2 of 3 answers: (1 − 3/5) ÷ (1 − ⌈5/3⌉/5) = 0.4 ÷ 0.6 = 2/3; impact 2 × D 2 = 4 → 8/3
        //   product-shape 2-2-1 of 4 answers: split 1; impact 2 × F 1 = 2 → 2
        //   database 3-2 of 4 answers: 0.4 ÷ 0.6 = 2/3; impact 1 × F 2 = 2 → 4/3
        //   team-experience 2-2-1 of 3 answers: split 1; impact 1 × max(D 1, F 0) = 1 → 1
        //   microservices 3-2: split 1; impact 1 × F 1 = 1 → 1
        // Equal priorities: higher impact first, then higher split, then worksheet order
        // (team-experience and microservices tie on all three).
        #expect(report.disagreements.map(\.question) == [
            "content-heavy", "admin-needed", "product-shape", "database", "team-experience", "microservices",
        ])
        #expect(report.disagreements.map(\.priority).map { ($0 * 1000).rounded() } == [4000, 2667, 2000, 1333, 1000, 1000])
        #expect(report.disagreements[2].groups.map(\.answer) == ["html-pages", "api-only", "pages-and-api"])
        #expect(report.agreed.map(\.question) == ["support-policy"])
    }
}
