import Foundation
@testable import VerdictEngine

/// A small worksheet and a team of five whose scores are worked out by hand in the tests.
enum TeamFixtures {
    static let sha = "1111111111111111111111111111111111111111111111111111111111111111"
    static let otherSHA = "2222222222222222222222222222222222222222222222222222222222222222"

    /// Five questions: api (w3), admin (w2), team-size (w1, choice), async (w1, shown when
    /// api = yes), python (w1).
    static func worksheet(sha256: String = sha, version: String = "1.0.0") -> Worksheet {
        Worksheet(
            id: "team-test", title: "Django or Flask?", version: version,
            description: "A small worksheet for team tests.",
            options: [WorksheetOption(id: "django", name: "Django"), WorksheetOption(id: "flask", name: "Flask")],
            sections: [
                WorksheetSection(id: "main", title: "Main", questions: [
                    Question(id: "api", prompt: "Will you have an API?", kind: .yesno, weight: 3, answers: [
                        Answer(id: "yes", label: "Yes", points: ["django": 1, "flask": 2], reason: "An API suits a small core."),
                        Answer(id: "no", label: "No", points: ["django": 2], reason: "Pages first suit batteries included."),
                    ]),
                    Question(id: "admin", prompt: "Do you need an admin site?", kind: .yesno, weight: 2, answers: [
                        Answer(id: "yes", label: "Yes", points: ["django": 2], reason: "Django ships an admin site."),
                        Answer(id: "no", label: "No", points: ["flask": 1], reason: "No admin needed keeps it lean."),
                    ]),
                    Question(id: "team-size", prompt: "How big is the team?", kind: .choice, weight: 1, answers: [
                        Answer(id: "small", label: "Small", points: ["flask": 2], reason: "A small team moves fast with little."),
                        Answer(id: "medium", label: "Medium", points: ["django": 1, "flask": 1], reason: "Either works for a medium team."),
                        Answer(id: "large", label: "Large", points: ["django": 2], reason: "A large team gains from conventions."),
                    ]),
                    Question(
                        id: "async", prompt: "Is the API mostly async?", kind: .yesno, weight: 1,
                        showWhen: Condition(question: "api", answers: ["yes"]), answers: [
                            Answer(id: "yes", label: "Yes", points: ["flask": 1], reason: "Async APIs want a light core."),
                            Answer(id: "no", label: "No", reason: "Sync APIs work anywhere."),
                        ]),
                    Question(id: "python", prompt: "Does the team know Python well?", kind: .yesno, weight: 1, answers: [
                        Answer(id: "yes", label: "Yes", points: ["django": 1], reason: "Python hands take to Django quickly."),
                        Answer(id: "no", label: "No", points: ["flask": 1], reason: "Newcomers learn a small core first."),
                    ]),
                ]),
            ],
            sha256: sha256, origin: "bundled:team-test")
    }

    /// The five members' answers (Dee rates admin at importance 2).
    static let team: [Responses] = [
        Responses(respondent: "Ana", answers: ["api": "yes", "admin": "yes", "team-size": "large", "async": "yes", "python": "yes"]),
        Responses(respondent: "Ben", answers: ["api": "yes", "admin": "no", "team-size": "small", "async": "yes", "python": "yes"]),
        Responses(respondent: "Cy", answers: ["api": "no", "admin": "yes", "team-size": "large", "python": "yes"]),
        Responses(respondent: "Dee", answers: ["api": "yes", "admin": "yes", "team-size": "large", "async": "no", "python": "yes"],
                  importance: ["admin": 2]),
        Responses(respondent: "Eli", answers: ["api": "no", "admin": "no", "team-size": "medium", "python": "yes"]),
    ]

    /// A result document for the responses, with deliberately wrong scores (the merger must
    /// re-score from the answers).
    static func document(_ responses: Responses, worksheet: Worksheet = worksheet()) -> ResultDocument {
        let answers = worksheet.questions.compactMap { question -> ResultDocument.AnswerEntry? in
            guard let answerID = responses.answers[question.id] else { return nil }
            return ResultDocument.AnswerEntry(
                question: question.id, answer: answerID, label: question.answer(answerID)?.label ?? answerID,
                importance: responses.importance(of: question.id))
        }
        return ResultDocument(
            worksheet: ResultDocument.WorksheetInfo(
                id: worksheet.id, version: worksheet.version, title: worksheet.title, sha256: worksheet.sha256),
            respondent: responses.respondent, completedAt: "2026-11-25T10:00:00Z", answers: answers,
            scores: worksheet.options.map {
                ResultDocument.ScoreEntry(option: $0.id, name: $0.name, points: 999, max: 999, percent: 100, ruledOut: false)
            },
            recommendation: ResultDocument.RecommendationEntry(option: "flask", kind: "clear", margin: 1),
            reasons: [], sensitivity: ResultDocument.SensitivityEntry(robustness: "robust", pivotal: [], flipPoints: []))
    }

    /// The document as JSON text.
    static func json(_ responses: Responses, worksheet: Worksheet = worksheet()) throws -> [UInt8] {
        [UInt8](try document(responses, worksheet: worksheet).encoded())
    }

    /// A fresh temporary folder.
    static func folder() throws -> String {
        let path = NSTemporaryDirectory() + "verdict-team-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Writes the team's results into `folder` as NAME.json; returns the paths.
    @discardableResult
    static func write(_ team: [Responses], to folder: String, worksheet: Worksheet = worksheet()) throws -> [String] {
        try team.map { responses in
            let path = "\(folder)/\(responses.respondent.lowercased()).json"
            try Data(try json(responses, worksheet: worksheet)).write(to: URL(fileURLWithPath: path))
            return path
        }
    }

    /// Parses result bytes as a team input.
    static func input(_ responses: Responses, file: String? = nil, worksheet: Worksheet = worksheet()) throws -> TeamInput {
        try ResultFileParser().parse(bytes: try json(responses, worksheet: worksheet), file: file ?? "\(responses.respondent).json")
    }
}
