import Testing
import VerdictEngine
@testable import VerdictUI

/// Walking the questions: answering, moving, skipping, conditions, importance.
@Suite struct SessionFlowTests {
    @Test func enterStartsAtTheFirstQuestion() {
        var driver = Driver()
        #expect(driver.state.screen == .welcome)
        driver.press(.enter)
        #expect(driver.state.screen == .question)
        #expect(driver.state.questionID == "years")
        #expect(driver.screen().contains("Question 1 of 4"))
    }

    @Test func numberKeysPickAndAutosave() {
        var driver = Driver()
        driver.press(.enter)
        let effects = driver.type("2")
        #expect(driver.state.responses.answers["years"] == "no")
        #expect(effects == [.autosave(driver.state.responses, questionID: "team-size")])
        #expect(driver.state.questionID == "team-size")
    }

    @Test func yesAndNoKeysOnlyWorkOnYesNoQuestions() {
        var driver = Driver()
        driver.press(.enter)
        driver.type("y")
        #expect(driver.state.responses.answers["years"] == "yes")
        let effects = driver.type("y")
        #expect(effects == [.bell])
        #expect(driver.state.questionID == "team-size")
    }

    @Test func arrowsAndVimKeysMoveTheCursorAndEnterConfirms() {
        var driver = Driver()
        driver.press(.enter, .enter)
        driver.type("jj")
        driver.press(.down, .up)
        #expect(driver.state.answerCursor == 1)
        driver.type("k")
        driver.press(.up)
        #expect(driver.state.answerCursor == 0)
        driver.press(.down, .down, .enter)
        #expect(driver.state.responses.answers["team-size"] == "large")
    }

    @Test func backAndForwardKeepAnswersAndMarkTheEarlierChoice() {
        var driver = Driver()
        driver.press(.enter)
        driver.type("n")
        for key in [Key.left, .character("h"), .backspace, .backTab] {
            driver.press(key)
            #expect(driver.state.questionID == "years")
            #expect(driver.state.answerCursor == 1, "cursor starts on the earlier answer")
            #expect(driver.screen().contains("2. No  ✓ your answer"))
            driver.press(.tab)
            #expect(driver.state.questionID == "team-size")
        }
        driver.press(.left, .right)
        driver.type("l")
        #expect(driver.state.questionID == "api")
        #expect(driver.state.responses.answers["years"] == "no")
        #expect(driver.state.responses.answers["team-size"] == nil)
    }

    @Test func backOnTheFirstQuestionReturnsToWelcome() {
        var driver = Driver()
        driver.press(.enter, .left)
        #expect(driver.state.screen == .welcome)
    }

    @Test func skipLeavesTheQuestionUnansweredAndReviewSaysSo() {
        var driver = Driver()
        driver.press(.enter)
        driver.type("y")
        let effects = driver.type("s")
        #expect(driver.state.responses.answers["team-size"] == nil)
        #expect(effects.count == 1)
        driver.type("r")
        #expect(driver.state.screen == .review)
        let text = driver.screen()
        #expect(text.contains("How many people will work on the code?"))
        let row = text.split(separator: "\n").first { $0.contains("2. How many people") }
        #expect(row?.contains("— skipped —") == true)
        #expect(text.contains("3 questions unanswered"))
    }

    @Test func skippedRowIsDrawnInTheWarningSlot() {
        var driver = Driver()
        driver.press(.enter)
        driver.type("ysr")
        let grid = ScreenRenderer.render(driver.state, width: 80, height: 24)
        let row = (0..<grid.height).first { grid.line($0).contains("2. How many") }
        let column = row.flatMap { grid.line($0).range(of: "— skipped —") }.map { _ in
            (0..<grid.width).first { grid[row ?? 0, $0].text == "—" } ?? 0
        }
        #expect(row != nil)
        if let row, let column { #expect(grid[row, column].slot == .warning) }
    }

    @Test func conditionalQuestionsAppearAndTheCountFollows() {
        var driver = Driver()
        driver.press(.enter)
        driver.type("y2")
        #expect(driver.screen().contains("Question 3 of 4"))
        driver.type("y")
        #expect(driver.state.questionID == "api-style")
        #expect(driver.screen().contains("Question 4 of 5"))
        driver.press(.left)
        driver.type("n")
        #expect(driver.state.questionID == "admin")
        #expect(driver.screen().contains("Question 4 of 4"))
        #expect(driver.state.visibleQuestions.map(\.id) == ["years", "team-size", "api", "admin"])
    }

    @Test func hidingAQuestionDropsItsAnswer() {
        var driver = Driver(responses: Responses(answers: ["api": "yes", "api-style": "graphql"]), resumeAt: "api")
        driver.type("n")
        #expect(driver.state.responses.answers["api-style"] == nil)
        #expect(driver.state.responses.answers["api"] == "no")
    }

    @Test func lastQuestionLeadsToReview() {
        var driver = Driver()
        driver.press(.enter)
        driver.type("y2n1")
        #expect(driver.state.screen == .review)
        #expect(driver.state.reviewCursor == 4, "the See results row is selected")
        #expect(driver.screen().contains("That was the last question"))
    }

    @Test func importanceCyclesWithinBoundsAndChangesTheScore() {
        var driver = Driver()
        driver.press(.enter)
        driver.type("y")
        let before = driver.state.report.score(of: "flask")?.points
        driver.press(.left)
        let up = driver.type("+")
        #expect(driver.state.responses.importance["years"] == 2)
        #expect(up == [.autosave(driver.state.responses, questionID: "years")])
        #expect(driver.screen().contains("matters a lot (×2)"))
        #expect(driver.type("+") == [.bell])
        #expect(driver.state.report.score(of: "flask")?.points == (before ?? 0) * 2)
        driver.type("--")
        #expect(driver.state.responses.importance["years"] == 0.5)
        #expect(driver.screen().contains("barely matters (×0.5)"))
        driver.type("+")
        #expect(driver.state.responses.importance["years"] == nil)
        #expect(driver.screen().contains("normal importance"))
    }

    @Test func helpTextAndScorePanelToggle() {
        var driver = Driver()
        driver.press(.enter)
        #expect(!driver.screen().contains("Why it matters"))
        driver.type("?")
        #expect(driver.screen().contains("Experienced developers often like choosing their own parts."))
        driver.press(.escape)
        #expect(!driver.state.showsHelpText)
        #expect(!driver.screen().contains("Live scores"))
        driver.type("t")
        #expect(driver.screen().contains("Live scores"))
        driver.type("y")
        #expect(driver.screen().contains("Flask   "))
        driver.type("t")
        #expect(!driver.screen().contains("Live scores"))
    }

    @Test func resumeOpensOnTheSavedQuestion() {
        let driver = Driver(responses: Responses(answers: ["years": "yes"]), resumeAt: "team-size")
        #expect(driver.state.screen == .question)
        #expect(driver.state.questionID == "team-size")
        let hidden = Driver(resumeAt: "api-style")
        #expect(hidden.state.screen == .welcome)
    }
}
