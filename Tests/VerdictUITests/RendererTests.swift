import Foundation
import Testing
import VerdictEngine
@testable import VerdictUI

/// Terminal realities: small terminals, wide text, hostile text, scrolling, speed.
@Suite struct RendererTests {
    @Test func tooSmallTerminalsGetOnlyTheMessage() {
        let state = Driver().state
        for (width, height) in [(59, 24), (80, 15), (20, 5)] {
            let text = ScreenRenderer.render(state, width: width, height: height).text
            let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
            #expect(words == "Enlarge the terminal to 60×16 (now \(width)×\(height))")
        }
        let exact = ScreenRenderer.render(state, width: 60, height: 16).text
        #expect(exact.contains("Verdict"))
    }

    @Test func wideTextInTheWorksheetStaysInsideTheGrid() {
        let worksheet = SampleWorksheet.make(title: "Django か Flask か？ 🚀 選ぶためのワークシート、とても長いタイトルです")
        let driver = Driver(worksheet: worksheet)
        for width in [60, 61, 80, 97] {
            let grid = ScreenRenderer.render(driver.state, width: width, height: 20)
            for row in 0..<grid.height { #expect(DisplayWidth.of(grid.line(row)) <= width) }
            #expect(grid.text.contains("Django か Flask か？"))
        }
    }

    @Test func controlCharactersInWorksheetTextNeverReachTheGrid() {
        let worksheet = SampleWorksheet.make(title: "Evil\u{1B}]0;owned\u{07}\u{1B}[2J title\u{202E}")
        let grid = ScreenRenderer.render(Driver(worksheet: worksheet).state, width: 80, height: 24)
        for cell in grid.cells {
            for scalar in cell.text.unicodeScalars {
                #expect(scalar.value >= 0x20 && !(0x7F...0x9F).contains(scalar.value) && scalar.value != 0x202E)
            }
        }
        #expect(grid.text.contains("Evil␛]0;owned␇␛[2J title"))
    }

    @Test func longAnswerListsScrollToKeepTheSelectionVisible() {
        let answers = (1...12).map { Answer(id: "a\($0)", label: "Answer number \($0) with a fairly long label") }
        let question = Question(id: "many", prompt: "Which one?", help: "Lots of help. " + String(repeating: "More. ", count: 40),
                                kind: .choice, answers: answers)
        let worksheet = Worksheet(id: "many", title: "Many", version: "1", description: "d",
                                  options: [WorksheetOption(id: "a", name: "A"), WorksheetOption(id: "b", name: "B")],
                                  sections: [WorksheetSection(id: "s", title: "S", questions: [question])])
        var driver = Driver(worksheet: worksheet)
        driver.press(.enter)
        driver.type("?")
        for index in 1...12 {
            let text = driver.screen(width: 60, height: 16)
            #expect(text.contains("› \(index < 10 ? "\(index). " : "   ")Answer number \(index) "), "selection \(index) visible")
            driver.press(.down)
        }
        driver.press(.pageUp, .pageUp)
        #expect(driver.state.answerCursor == 0)
        #expect(driver.screen(width: 60, height: 16).contains("› 1. Answer number 1 "))
    }

    @Test func reviewScrollsToTheSelectedRow() {
        var driver = Driver()
        driver.press(.enter)
        driver.type("yyy")
        driver.type("r")
        driver.press(.pageDown)
        #expect(driver.screen(width: 60, height: 16).contains("› See results"))
        driver.press(.pageUp)
        #expect(driver.screen(width: 60, height: 16).contains("› 1. Have you written"))
    }

    /// A notice at start (another respondent's session and its command) is shown whole on
    /// the welcome screen at 80 columns, not cut in the status row.
    @Test func welcomeShowsItsNoticeWhole() throws {
        let notice = "Ana's session is unfinished (14 answers); to continue it instead: verdict run django-vs-flask --name Ana --resume"
        let state = SessionState(worksheet: try ShippedWorksheetTests.load("django-vs-flask.yaml"), notice: notice)
        let text = ScreenRenderer.render(state, width: 80, height: 24).text
        let joined = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(joined.contains(notice), "\(text)")
        #expect(text.contains("Press Enter to start."))
    }

    @Test func welcomeScrollsWithinItsLengthAndSaysHowToStart() throws {
        let worksheet = try ShippedWorksheetTests.load("django-vs-flask.yaml")
        var driver = Driver(worksheet: worksheet)
        driver.send(.resize(width: 80, height: 24))
        #expect(driver.screen().contains("Press Enter to start."))
        #expect(driver.screen().contains("↓ more"))
        for _ in 0..<40 { driver.press(.down) }
        let bottom = driver.screen()
        #expect(bottom.contains("Press Enter to start, F1 for every key, q to quit."))
        #expect(!bottom.contains("↓ more"))
        driver.press(.up)
        #expect(driver.screen() != bottom, "one step up moves at once, however far down was pressed")
    }

    @Test func pathPromptPlacesTheCursor() {
        var driver = Driver()
        driver.press(.enter)
        driver.type("yrve")
        let grid = ScreenRenderer.render(driver.state, width: 80, height: 24)
        guard let cursor = grid.cursor else {
            Issue.record("no cursor")
            return
        }
        #expect(grid.line(cursor.row).contains("./verdict-sample-result.json"))
        #expect(grid[cursor.row, cursor.column - 1].text == "n", "cursor after the last character")
    }

    @Test func largeFramesRenderQuickly() {
        var driver = Driver()
        driver.press(.enter)
        driver.type("?t")
        let clock = ContinuousClock()
        var grid = CellGrid(width: 0, height: 0)
        let elapsed = clock.measure {
            for _ in 0..<20 { grid = ScreenRenderer.render(driver.state, width: 200, height: 60) }
        }
        #expect(grid.width == 200)
        #expect(elapsed < .milliseconds(2000), "20 frames of 200×60 took \(elapsed)")
    }
}
