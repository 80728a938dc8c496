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

    /// An API-only product, built as small services on a document store by a senior team that
    /// prefers to pick its own libraries: every visible question answered.
    static let apiMicroservices: [String: String] = [
        "framework-experience": "several", "team-experience": "senior", "shared-conventions": "no",
        "choose-own-libraries": "own-picks", "type-hints": "no", "product-shape": "api-only",
        "api-layer": "hand-written", "admin-needed": "no", "user-accounts": "external-identity",
        "content-heavy": "no", "translations": "no", "reuse-apps": "no", "multi-tenancy": "no", "app-size": "small",
        "database": "document", "geo-data": "no", "external-data": "no", "async-io": "little",
        "realtime": "no", "streaming": "no", "embedded-web-layer": "no", "microservices": "yes",
        "background-jobs": "no", "plugin-architecture": "no", "serverless": "no", "raw-speed": "no",
        "existing-code": "none", "auditable-core": "no", "time-to-launch": "soon", "support-policy": "no",
    ]

    /// A content site with a staff back office and its own accounts on a relational database,
    /// built by a junior team that wants an integrated stack: every visible question answered.
    static let contentSite: [String: String] = [
        "framework-experience": "none", "team-experience": "junior", "shared-conventions": "yes",
        "choose-own-libraries": "integrated", "type-hints": "no", "product-shape": "html-pages",
        "admin-needed": "record-editing", "user-accounts": "own-accounts", "content-heavy": "yes",
        "translations": "server-side", "reuse-apps": "yes", "multi-tenancy": "no", "app-size": "medium", "database": "relational",
        "orm-style": "built-in", "legacy-schema": "no", "geo-data": "no", "external-data": "no",
        "async-io": "little", "realtime": "no", "streaming": "no", "embedded-web-layer": "no",
        "microservices": "no", "background-jobs": "no", "plugin-architecture": "no", "serverless": "no",
        "raw-speed": "no", "existing-code": "none", "auditable-core": "no", "time-to-launch": "soon",
        "support-policy": "yes",
    ]

    static func score(_ answers: [String: String], on id: String) throws -> ScoreReport {
        let worksheet = try Self.shipped(id)
        let responses = try AnswersReader().parse(
            assignments: answers.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }, for: worksheet)
        #expect(responses.answers.count == Scorer(worksheet: worksheet).visibleQuestions(responses).count,
                "every visible question is answered")
        return Scorer(worksheet: worksheet).score(responses)
    }

    @Test func apiOnlyMicroservicesOnNoSQLBySeniorsGetsFlaskForThoseReasons() throws {
        let report = try Self.score(Self.apiMicroservices, on: "django-vs-flask")
        #expect(report.recommendation.option == "flask")
        #expect(report.recommendation.kind == .clear)
        let named = Set(report.reasons.filter { $0.side == .winner && $0.option == "flask" }.map(\.question))
        // A senior team is no reason for Flask since 2.2.0 (experience that costs nothing is not
        // evidence; the preference is asked in choose-own-libraries), so team-experience is not named.
        for question in ["product-shape", "microservices", "database", "app-size", "choose-own-libraries"] {
            #expect(named.contains(question), "Flask's reasons should name '\(question)'")
        }
    }

    @Test func contentSiteWithAdminAccountsOnSQLByJuniorsGetsDjangoForThoseReasons() throws {
        let report = try Self.score(Self.contentSite, on: "django-vs-flask")
        #expect(report.recommendation.option == "django")
        #expect(report.recommendation.kind == .clear)
        let named = Set(report.reasons.filter { $0.side == .winner && $0.option == "django" }.map(\.question))
        for question in ["content-heavy", "admin-needed", "translations", "orm-style", "choose-own-libraries"] {
            #expect(named.contains(question), "Django's reasons should name '\(question)'")
        }
    }

    /// No "we don't need X" answer in the modern worksheets gives one option more than another:
    /// the absence of a need is no evidence (issue 14).
    @Test(arguments: ["django-vs-flask", "django-flask-fastapi"])
    func absenceAnswersFavourNoOption(id: String) throws {
        let worksheet = try Self.shipped(id)
        for question in worksheet.questions {
            for answer in question.answers where answer.id == "no" || answer.id == "none" || answer.id.hasPrefix("no-") {
                let points = Set(worksheet.options.map { answer.points(for: $0.id) })
                #expect(points.count == 1, "\(id): \(question.id)=\(answer.id) favours an option")
            }
        }
    }

    /// Must-haves only for hard constraints: the one left is WSGI-only hosting ruling out FastAPI.
    @Test func theOnlyMustHaveIsWSGIOnlyHosting() throws {
        for id in ["django-vs-flask", "django-flask-fastapi"] {
            let worksheet = try Self.shipped(id)
            let mustHaves = worksheet.questions.flatMap { question in
                question.answers.filter { !$0.excludes.isEmpty || $0.requires != nil }.map { "\(question.id)=\($0.id)" }
            }
            #expect(mustHaves == (id == "django-flask-fastapi" ? ["wsgi-only-hosting=yes"] : []), "\(id)")
        }
    }
}
