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
}
