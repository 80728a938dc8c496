import Foundation
import Testing
@testable import VerdictEngine

/// Team merge, team JSON, text and the decision record with 2, 3 and 5 options.
@Suite struct TeamManyOptionsTests {
    static func worksheet(options count: Int) -> Worksheet {
        var sheet = ScoringFixtures.sheet([
            Question(id: "fit", prompt: "Which fits?", kind: .choice, weight: 2, answers: ScoringFixtures.options(count).map {
                Answer(id: $0.id, label: $0.name, points: [$0.id: 3], reason: "\($0.name) fits.")
            }),
            ScoringFixtures.yesno("speed", yes: ["a": 1], no: ["b": 1]),
        ], options: count)
        sheet.sha256 = TeamFixtures.sha
        return sheet
    }

    @Test(arguments: [2, 3, 5])
    func everyOutputCoversEveryOption(options count: Int) throws {
        let sheet = Self.worksheet(options: count)
        let last = ScoringFixtures.options(count)[count - 1].id
        let members = [
            Responses(respondent: "Ana", answers: ["fit": "a", "speed": "yes"]),
            Responses(respondent: "Ben", answers: ["fit": last, "speed": "no"]),
            Responses(respondent: "Cy", answers: ["fit": "a", "speed": "no"]),
        ]
        let inputs = try members.map { try TeamFixtures.input($0, worksheet: sheet) }
        let report = try TeamMerger(worksheet: sheet).merge(inputs)
        #expect(report.scores.count == count)
        #expect(report.recommendation.option == "a")
        let text = TeamTextReport.render(report, width: 80)
        let record = TeamDecisionRecord.render(report, date: Date(timeIntervalSince1970: 0))
        for option in ScoringFixtures.options(count) {
            #expect(text.contains(option.name), "\(option.name) missing from team text")
            #expect(record.contains("| \(option.name)"), "\(option.name) missing from the record's options table")
        }
        for line in text.split(separator: "\n") {
            #expect(line.unicodeScalars.count <= 80, "line over 80 columns: \(line)")
        }
        let json = try JSONSerialization.jsonObject(with: try TeamDocument(report: report).encoded()) as? [String: Any]
        #expect(json != nil)
    }
}
