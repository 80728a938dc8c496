import Testing
import VerdictEngine
@testable import VerdictUI

/// The worksheets that ship with Verdict, walked through the session and the plain mode.
@Suite struct ShippedWorksheetTests {
    static func load(_ name: String) throws -> Worksheet {
        let bytes = try #require(BundledFiles.worksheets.first { $0.name == name }?.bytes)
        return try WorksheetLoader().load(bytes: bytes, file: name, origin: "bundled:\(name)")
    }

    static let names = BundledFiles.worksheets.map(\.name)

    @Test(arguments: names)
    func walkingEveryQuestionWithEnterReachesTheResults(name: String) throws {
        let worksheet = try Self.load(name)
        var driver = Driver(worksheet: worksheet)
        driver.press(.enter)
        var steps = 0
        while driver.state.screen == .question, steps < 500 {
            let (number, count) = driver.state.progress
            #expect(number >= 1 && number <= count)
            for (width, height) in [(80, 24), (60, 16), (133, 41)] {
                let grid = ScreenRenderer.render(driver.state, width: width, height: height)
                #expect(grid.text.contains("Question \(number) of \(count)"))
                #expect(grid.text.contains("› 1."), "the selected answer is visible")
            }
            driver.press(.enter)
            steps += 1
        }
        #expect(driver.state.screen == .review)
        #expect(driver.state.report.unanswered.isEmpty)
        driver.type("v")
        let text = driver.screen(width: 80, height: 24)
        #expect(text.contains("Scores"))
        #expect(driver.effects.filter { if case .autosave = $0 { true } else { false } }.count == steps)
    }

    @Test func defaultWorksheetSnapshots() throws {
        let worksheet = try Self.load("django-vs-flask.yaml")
        var driver = Driver(worksheet: worksheet)
        SnapshotAssertion.check(ScreenRenderer.render(driver.state, width: 80, height: 24), theme: .dark,
                                named: "default-welcome-80x24-dark")
        driver.press(.enter)
        driver.type("?")
        SnapshotAssertion.check(ScreenRenderer.render(driver.state, width: 80, height: 24), theme: .dark,
                                named: "default-question-80x24-dark")
        driver.press(.escape)
        for _ in 0..<200 where driver.state.screen == .question { driver.press(.down, .enter) }
        driver.type("v")
        SnapshotAssertion.check(ScreenRenderer.render(driver.state, width: 120, height: 40), theme: .mono,
                                named: "default-results-120x40-mono")
    }

    @Test(arguments: names)
    func plainModeFinishesWithTheFirstAnswerEverywhere(name: String) throws {
        let worksheet = try Self.load(name)
        var written = ""
        var prompter = PlainPrompter(worksheet: worksheet, responses: Responses(), readLine: { "1" },
                                     write: { written += $0 }, autosave: { _, _ in })
        guard case .finished(let responses) = prompter.run() else {
            Issue.record("plain mode did not finish")
            return
        }
        #expect(responses.answers.count == Scorer(worksheet: worksheet).visibleQuestions(responses).count)
        #expect(written.contains("Verdict: "))
    }

    @Test func defaultResultsRenderQuicklyAt200x60() throws {
        let worksheet = try Self.load("django-vs-flask.yaml")
        var driver = Driver(worksheet: worksheet)
        driver.press(.enter)
        for _ in 0..<200 where driver.state.screen == .question { driver.press(.enter) }
        driver.type("v")
        let clock = ContinuousClock()
        var grid = CellGrid(width: 0, height: 0)
        let elapsed = clock.measure {
            for _ in 0..<50 { grid = ScreenRenderer.render(driver.state, width: 200, height: 60) }
        }
        #expect(grid.text.contains("Robustness"))
        #expect(elapsed < .seconds(3), "50 frames took \(elapsed)")
        print("render 200x60 results (debug build): \(elapsed / 50) per frame")
    }

    /// QA i18: at 80 columns every review answer that does not fit ends in "…" (as the
    /// what-if list's do), never cut at the right edge.
    @Test func reviewAnswersThatDoNotFitEndInAnEllipsis() throws {
        let worksheet = try Self.load("django-vs-flask.yaml")
        var driver = Driver(worksheet: worksheet)
        driver.press(.enter)
        for _ in 0..<200 where driver.state.screen == .question { driver.press(.enter) }
        #expect(driver.state.screen == .review)
        for _ in 0...driver.state.report.visibleQuestions.count { driver.press(.up) }
        var clipped = 0
        for (index, id) in driver.state.report.visibleQuestions.enumerated() {
            let label = try #require(worksheet.question(id)?.answer(driver.state.responses.answers[id] ?? "")?.label)
            let rows = ScreenRenderer.render(driver.state, width: 80, height: 24).text.split(separator: "\n")
            let row = try #require(rows.first { $0.contains("› ") && $0.contains(" \(index + 1). ") }, "\(rows.joined(separator: "\n"))")
            let text = String(row.reversed().drop { $0 == " " }.reversed())
            if !text.hasSuffix(label) {
                #expect(text.hasSuffix("…"), "row \(index + 1) is cut: \(text)")
                clipped += 1
            }
            driver.press(.down)
        }
        #expect(clipped > 0, "no answer was long enough to test the clipping")
    }
}

