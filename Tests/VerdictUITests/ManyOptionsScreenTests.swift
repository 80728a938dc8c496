import Testing
import VerdictEngine
@testable import VerdictUI

/// 2, 3 and 5 options on the results screen, the live panel and the welcome screen at 80×24.
@Suite struct ManyOptionsScreenTests {
    static let names = ["Alpha", "Bravo", "Charlie", "Delta", "Echo"]

    /// A worksheet with `count` options where question `q<i>` answer `o<j>` gives option j points.
    static func worksheet(options count: Int) -> Worksheet {
        let options = (0..<count).map { WorksheetOption(id: "o\($0)", name: names[$0], summary: "Option \(names[$0]).") }
        let questions = (0..<3).map { index in
            Question(id: "q\(index)", prompt: "Which fits part \(index)?", help: "It matters.", kind: .choice,
                     weight: Double(index + 1), answers: options.map { option in
                Answer(id: option.id, label: option.name, points: [option.id: 2], reason: "\(option.name) fits part \(index).")
            })
        }
        return Worksheet(id: "many", title: "Many options", version: "1", description: "Test.", options: options,
                         sections: [WorksheetSection(id: "main", title: "Main", questions: questions)])
    }

    @Test(arguments: [2, 3, 5])
    func resultsShowABarPerOptionAt80Columns(options count: Int) {
        let sheet = Self.worksheet(options: count)
        // The lightest question goes to the last option, the two heavier ones to Alpha.
        let answers = ["q0": "o\(count - 1)", "q1": "o0", "q2": "o0"]
        var driver = Driver(worksheet: sheet, responses: Responses(answers: answers))
        driver.press(.enter)
        driver.type("rv")
        #expect(driver.state.screen == .results)
        let grid = ScreenRenderer.render(driver.state, width: 80, height: 24)
        let lines = (0..<grid.height).map(grid.line)
        for name in Self.names.prefix(count) {
            let row = lines.first { $0.hasPrefix(" \(name) ") && $0.contains("%") }
            #expect(row != nil, "no bar row for \(name) with \(count) options:\n\(grid.text)")
        }
        #expect(grid.text.contains("Recommended: Alpha"), "\(grid.text)")
    }

    @Test(arguments: [2, 3, 5])
    func welcomeListsEveryOption(options count: Int) {
        let driver = Driver(worksheet: Self.worksheet(options: count))
        let text = driver.screen(width: 80, height: 24)
        for name in Self.names.prefix(count) {
            #expect(text.contains("• \(name)"), "\(name) missing from welcome:\n\(text)")
        }
    }

    @Test(arguments: [2, 3, 5])
    func livePanelShowsEveryOption(options count: Int) {
        var driver = Driver(worksheet: Self.worksheet(options: count))
        driver.press(.enter)
        driver.type("1t")
        let text = driver.screen(width: 80, height: 24)
        for name in Self.names.prefix(count) {
            #expect(text.contains(name), "\(name) missing from the live panel:\n\(text)")
        }
    }
}
