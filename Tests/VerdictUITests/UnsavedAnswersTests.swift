import Testing
import VerdictEngine
@testable import VerdictUI

/// When answers cannot be saved (the state folder is a file, autosave is off, a save
/// failed), no screen says they are: the welcome, the status row and the quit question say
/// they are kept only until quitting (QA s6: a false "saved" lost them).
@Suite struct UnsavedAnswersTests {
    private let reason = "/tmp/s/notadir/verdict: Not a directory"

    private func unsaved(_ responses: Responses = Responses()) -> Driver {
        var driver = Driver(responses: responses)
        driver.state.unsavedReason = reason
        return driver
    }

    @Test func theWelcomeSaysTheAnswersCannotBeSaved() {
        let screen = unsaved().screen(width: 120, height: 40)
        #expect(!screen.contains("Answers are saved as you go."), "\(screen)")
        #expect(screen.contains("Answers cannot be saved (\(reason)); they are kept only until you quit."), "\(screen)")
        #expect(Driver().screen(width: 120, height: 40).contains("Answers are saved as you go."))
    }

    @Test func everyQuestionSaysSoOnTheStatusRow() {
        var driver = unsaved()
        driver.press(.enter)
        driver.type("1")
        #expect(driver.state.notice == nil)
        let screen = driver.screen(width: 120, height: 24)
        #expect(screen.contains("Not saved, lost at quit unless exported: \(reason)"), "\(screen)")
        #expect(!Driver().screen(width: 120, height: 24).contains("Not saved"))
    }

    @Test func theQuitQuestionSaysTheAnswersAreLost() {
        var driver = unsaved(Responses(answers: ["years": "yes"]))
        driver.press(.enter)
        #expect(driver.type("q").isEmpty && driver.state.overlay == .quitConfirm)
        let screen = driver.screen(width: 120, height: 30)
        #expect(screen.contains("Quit and lose your answers? y/n"), "\(screen)")
        #expect(screen.contains("They are not saved (\(reason))"), "\(screen)")
        #expect(screen.contains("and not exported: n, then e on the results exports them."), "\(screen)")
        #expect(!screen.contains("Your answers are saved"), "\(screen)")
        driver.state.output = "out.json"
        let withOutput = driver.screen(width: 120, height: 30)
        #expect(withOutput.contains("Your answers are not saved; the result will be written to"), "\(withOutput)")
    }

    /// A save that fails mid-run makes the quit question honest too.
    @Test func aFailedSaveMakesTheQuitQuestionHonest() {
        var driver = Driver(responses: Responses(answers: ["years": "yes"]))
        driver.send(.saveFailed(message: reason))
        driver.type("q")
        #expect(driver.screen(width: 120, height: 30).contains("Quit and lose your answers? y/n"))
    }

    @Test func plainModeSaysSoFirstAndWhenItStops() {
        var output = ""
        var input = ["1", "q"]
        var prompter = PlainPrompter(worksheet: SampleWorksheet.make(), responses: Responses(),
                                     readLine: { input.isEmpty ? nil : input.removeFirst() },
                                     write: { output += $0 }, autosave: { _, _ in })
        prompter.unsavedReason = reason
        _ = prompter.run()
        #expect(output.contains("Answers cannot be saved (\(reason)); they are kept only until you quit."), "\(output)")
        #expect(output.contains("Stopped. Your answers were not saved."), "\(output)")
        #expect(!output.contains("kept."), "\(output)")
    }
}
