import Testing
@testable import VerdictEngine

/// The core issue's acceptance checks, run on the worksheets as shipped (not on copies
/// built in code): the 2015 table, and the two archetypal projects on the default sheet.
@Suite("Shipped worksheets: acceptance")
struct ShippedWorksheetAcceptanceTests {
    static func shipped(_ id: String) throws -> Worksheet {
        try WorksheetCatalog(folders: [], includesBundled: true).resolve(id)
    }

    // MARK: - wakatime-2015

    @Test func wakatimeGivesTheTableTotalsForAll256Combinations() throws {
        let worksheet = try Self.shipped("wakatime-2015")
        #expect(worksheet.questions.map(\.id) == ScoringFixtures.wakatimeTable.map(\.0))
        let scorer = Scorer(worksheet: worksheet)
        var tooClose = 0
        for bits in 0..<256 {
            var answers: [String: String] = [:]
            var expected = ["django": 0.0, "flask": 0.0]
            for (index, row) in ScoringFixtures.wakatimeTable.enumerated() {
                let yes = bits & (1 << index) != 0
                answers[row.0] = yes ? "yes" : "no"
                expected[yes ? row.1 : row.2, default: 0] += 1
            }
            let report = scorer.score(Responses(answers: answers))
            let django = report.score(of: "django")?.points ?? -1
            let flask = report.score(of: "flask")?.points ?? -1
            #expect(django == expected["django"], "combination \(bits)")
            #expect(flask == expected["flask"], "combination \(bits)")
            #expect(django + flask == 8, "combination \(bits)")
            if django == 4 {
                tooClose += 1
                #expect(report.recommendation.kind == .tooClose)
                #expect(report.recommendation.option == nil)
            } else {
                #expect(report.recommendation.option == (django > flask ? "django" : "flask"))
            }
        }
        #expect(tooClose == 70)
    }

    // MARK: - django-vs-flask

    /// An API-only product, built as microservices on a document store by a senior team.
    static let apiMicroservices: [String: String] = [
        "team-experience": "senior", "team-size": "small", "framework-experience": "both",
        "shared-conventions": "no", "choose-own-libraries": "yes", "read-source": "yes",
        "content-heavy": "no", "api": "api-only", "api-style": "custom-json", "admin-needed": "no",
        "user-accounts": "no", "forms-heavy": "no", "app-size": "small", "translations": "no",
        "database": "document", "geo-data": "no", "external-data": "no", "microservices": "yes",
        "realtime": "no", "raw-speed": "no", "serverless": "no", "embedded-web-layer": "no",
        "time-to-launch": "soon", "security-releases": "no", "reuse-apps": "no", "handover": "no",
    ]

    /// A content-heavy site with admin, accounts and forms on a relational database, junior team.
    static let contentSite: [String: String] = [
        "team-experience": "junior", "team-size": "small", "framework-experience": "neither",
        "shared-conventions": "yes", "choose-own-libraries": "no", "read-source": "no",
        "content-heavy": "yes", "api": "none", "admin-needed": "yes", "admin-day-one": "no",
        "user-accounts": "yes", "forms-heavy": "yes", "app-size": "medium", "translations": "no",
        "database": "relational", "orm-style": "built-in", "legacy-schema": "no", "geo-data": "no",
        "external-data": "no", "microservices": "no", "realtime": "no", "raw-speed": "no",
        "serverless": "no", "embedded-web-layer": "no", "time-to-launch": "soon",
        "security-releases": "yes", "reuse-apps": "yes", "handover": "no",
    ]

    @Test func apiOnlyMicroservicesOnNoSQLBySeniorsGetsFlaskForThoseReasons() throws {
        let worksheet = try Self.shipped("django-vs-flask")
        let responses = try AnswersReader().parse(
            assignments: Self.apiMicroservices.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" },
            for: worksheet)
        let report = Scorer(worksheet: worksheet).score(responses)
        #expect(report.recommendation.option == "flask")
        #expect(report.recommendation.kind == .clear)
        let named = Set(report.reasons.filter { $0.side == .winner && $0.option == "flask" }.map(\.question))
        for question in ["api", "microservices", "database", "team-experience"] {
            #expect(named.contains(question), "Flask's reasons should name '\(question)'")
        }
    }

    @Test func contentSiteWithAdminAuthFormsOnSQLByJuniorsGetsDjangoForThoseReasons() throws {
        let worksheet = try Self.shipped("django-vs-flask")
        let responses = try AnswersReader().parse(
            assignments: Self.contentSite.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" },
            for: worksheet)
        let report = Scorer(worksheet: worksheet).score(responses)
        #expect(report.recommendation.option == "django")
        #expect(report.recommendation.kind == .clear)
        let named = Set(report.reasons.filter { $0.side == .winner && $0.option == "django" }.map(\.question))
        for question in ["content-heavy", "admin-needed", "user-accounts", "forms-heavy", "database", "team-experience"] {
            #expect(named.contains(question), "Django's reasons should name '\(question)'")
        }
    }
}
