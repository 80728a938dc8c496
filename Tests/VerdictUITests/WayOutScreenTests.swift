import Foundation
import Testing
import VerdictEngine
import VerdictTestSupport
@testable import VerdictUI

/// The results screen and plain mode say how much was answered and suggest the way out.
struct WayOutScreenTests {
    static func dbChoice() throws -> Worksheet {
        try WorksheetLoader().load(contentsOf: SchemaCheck.packageRoot.path + "/Tests/Fixtures/cases/db-choice.yaml")
    }

    static let answers = Responses(answers: ["data-types": "rich", "deployment": "single-file", "processes": "one"])

    @Test func resultsScreenShowsTheBasisAndTheWayOut() throws {
        var driver = Driver(worksheet: try Self.dbChoice(), responses: Self.answers)
        driver.press(.enter)
        driver.type("rv")
        #expect(driver.state.screen == .results)
        let text = driver.screen(width: 120, height: 40)
        #expect(text.contains("Based on 3 of 4 questions."))
        #expect(text.contains("Way out: 2 of your answers point to SQLite (100% of what it could reach), which this worksheet"))
        #expect(text.contains("verdict run embedded-db"))
    }

    @Test func plainResultsSayTheSame() throws {
        let sheet = try Self.dbChoice()
        let lines = PlainResultText.lines(for: Scorer(worksheet: sheet).score(Self.answers), responses: Self.answers,
                                          worksheet: sheet)
        #expect(lines.contains("Based on 3 of 4 questions."))
        #expect(lines.contains { $0.hasPrefix("Way out: 2 of your answers point to SQLite") })
    }
}
