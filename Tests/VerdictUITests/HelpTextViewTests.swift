import Testing
import VerdictEngine
@testable import VerdictUI

/// With a question's help text open (`?`) at 80×24 the view scrolls down it as far as the
/// highlighted answer allows: on the last answer its end is on screen, on every question of
/// the modern worksheets (QA session 4: long help texts ran off the bottom for good).
@Suite struct HelpTextViewTests {
    @Test(arguments: ["django-vs-flask", "django-flask-fastapi"])
    func theEndOfEveryHelpTextIsOnScreenAt80x24(_ id: String) throws {
        let worksheet = try WorksheetCatalog(folders: []).resolve(id)
        // Answers that show every conditional question.
        let shown = Responses(answers: ["database": "relational", "product-shape": "api-only"])
        for question in worksheet.sections.flatMap(\.questions) {
            var driver = Driver(worksheet: worksheet, responses: shown, resumeAt: question.id)
            #expect(driver.state.questionID == question.id)
            driver.type("?")
            for _ in question.answers { driver.press(.down) }
            #expect(driver.state.answerCursor == question.answers.count - 1)
            let screen = driver.screen(width: 80, height: 24)
            let lastWord = try #require(UIText.sanitize(question.help).split(separator: " ").last)
            #expect(screen.contains(lastWord), "\(id) \(question.id): the help's end '\(lastWord)' is off screen")
            #expect(screen.contains("› "), "\(id) \(question.id): the highlighted answer is off screen")
        }
    }

    /// QA session 5: at 60×16, the smallest size, moving down from the last answer scrolls on
    /// to the help's end, and moving up scrolls back to the highlighted answer first.
    @Test(arguments: ["django-vs-flask", "django-flask-fastapi"])
    func theHelpScrollsToItsEndAt60x16(_ id: String) throws {
        let worksheet = try WorksheetCatalog(folders: []).resolve(id)
        let shown = Responses(answers: ["database": "relational", "product-shape": "api-only"])
        for question in worksheet.sections.flatMap(\.questions) {
            var driver = Driver(worksheet: worksheet, responses: shown, resumeAt: question.id)
            driver.send(.resize(width: 60, height: 16))
            driver.type("?")
            let lastWord = try #require(UIText.sanitize(question.help).split(separator: " ").last)
            for _ in 0..<(question.answers.count + 60) { driver.press(.down) }
            let end = driver.screen(width: 60, height: 16)
            #expect(end.contains(lastWord), "\(id) \(question.id): the help's end '\(lastWord)' is never on screen")
            #expect(!end.contains("↓ more"), "\(id) \(question.id): scrolled past the end")
            for _ in 0..<60 where driver.state.scroll > 0 { driver.press(.up) }
            #expect(driver.state.answerCursor == question.answers.count - 1)
            #expect(driver.screen(width: 60, height: 16).contains("› "), "\(id) \(question.id): the highlight is off screen")
            driver.press(.up)
            #expect(driver.state.answerCursor == max(0, question.answers.count - 2))
        }
    }
}
