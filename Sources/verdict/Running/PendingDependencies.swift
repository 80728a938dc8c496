import Foundation
import VerdictEngine

// TEMPORARY stand-ins until the loader's WorksheetCatalog and the scoring task's
// ResultBuilder/MarkdownReport are merged; delete this file then.

enum WorksheetCatalog {
    static func standard() -> Self.Type { Self.self }
    static func resolve(_ reference: String?) throws -> Worksheet {
        let id = reference ?? "django-vs-flask"
        if let bundled = BundledFiles.worksheets.first(where: { $0.name == id + ".yaml" }) {
            return try WorksheetLoader().load(bytes: bundled.bytes, file: bundled.name, origin: "bundled:\(id)")
        }
        return try WorksheetLoader().load(contentsOf: id)
    }
}

enum ResultBuilder {
    static func document(worksheet: Worksheet, responses: Responses, completedAt: Date) -> ResultDocument {
        let report = Scorer(worksheet: worksheet).score(responses)
        return ResultDocument(
            worksheet: .init(id: worksheet.id, version: worksheet.version, title: worksheet.title, sha256: worksheet.sha256),
            respondent: responses.respondent, completedAt: ISO8601DateFormatter().string(from: completedAt),
            answers: responses.answers.sorted { $0.key < $1.key }.map {
                .init(question: $0.key, answer: $0.value, label: $0.value, importance: responses.importance(of: $0.key))
            },
            scores: report.scores.map {
                .init(option: $0.option, name: $0.name, points: $0.points, max: $0.max, percent: $0.percent, ruledOut: $0.ruledOut)
            },
            recommendation: .init(option: report.recommendation.option, kind: report.recommendation.kind.rawValue,
                                  margin: report.recommendation.margin),
            reasons: [], sensitivity: .init(robustness: "unknown", pivotal: [], flipPoints: []))
    }
}

enum MarkdownReport {
    static func render(_ document: ResultDocument, worksheet: Worksheet) -> String {
        "# \(worksheet.title)\n\nRecommendation: \(document.recommendation.option ?? "none")\n"
    }
}
