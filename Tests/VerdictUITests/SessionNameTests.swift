import Foundation
import Testing
import VerdictEngine
@testable import VerdictUI

/// The respondent's name typed in the full-screen UI (issue 18, item 4): `n` on the
/// welcome or results screen opens a one-line editor; Enter checks the name as `--name` is
/// checked and asks the runtime to keep the session under it; the name changes only when
/// the runtime says `.renamed`.
@Suite struct SessionNameTests {
    private let answers = Responses(answers: ["years": "yes", "team-size": "solo", "api": "no", "admin": "some"])

    /// The results screen with every question answered and no name.
    private func onResults() -> Driver {
        var driver = Driver(responses: answers)
        driver.press(.enter)
        driver.type("rv")
        return driver
    }

    @Test func nOnTheWelcomeScreenOpensTheNameEditorAndEnterAsksToRename() {
        var driver = Driver()
        #expect(driver.type("n").isEmpty)
        #expect(driver.state.overlay == .namePrompt(NamePrompt(text: "")))
        #expect(driver.state.keyContext == .namePrompt)
        driver.type("  Ana Lee ")
        let effects = driver.press(.enter)
        var named = Responses()
        named.respondent = "Ana Lee"
        #expect(effects == [.rename(named, questionID: nil)], "trimmed, with the answers so far")
        #expect(driver.state.responses.respondent == "", "the name changes when the runtime says so")
        driver.send(.renamed(name: "Ana Lee"))
        #expect(driver.state.responses.respondent == "Ana Lee")
        #expect(driver.state.overlay == nil)
        #expect(driver.screen().contains("Your name: Ana Lee (n changes it)."))
        #expect(driver.state.notice == "Your name is Ana Lee; exports record it.")
    }

    @Test func theResultsScreenOffersTheNameAndTheExportPathFollowsIt() {
        var driver = onResults()
        #expect(driver.screen().contains("No name yet: press n to add yours before exporting"))
        driver.type("n")
        driver.type("Ben")
        #expect(driver.press(.enter).count == 1)
        driver.send(.renamed(name: "Ben"))
        driver.type("e")
        guard case let .pathPrompt(prompt) = driver.state.overlay else {
            Issue.record("no export prompt: \(String(describing: driver.state.overlay))")
            return
        }
        #expect(prompt.text == "./verdict-sample-ben.json")
        let effects = driver.press(.enter)
        guard case let .export(_, _, responses) = effects.first else {
            Issue.record("no export: \(effects)")
            return
        }
        #expect(responses.respondent == "Ben")
    }

    @Test(arguments: [
        ("", "Type your name (Esc keeps it as it was)."),
        ("Ana\u{200B}", "The name contains an invisible character U+200B at character 4; names must be visible text."),
        (String(repeating: "x", count: 65), "The name is 65 characters long; the limit is 64."),
    ])
    func aNameThatScoreWouldRefuseIsRefusedInTheEditor(typed: String, error: String) {
        var driver = onResults()
        driver.type("n")
        // Typed as a paste would arrive: the editor itself drops zero-width characters.
        if case var .namePrompt(prompt) = driver.state.overlay {
            prompt.text = typed
            prompt.cursor = typed.count
            driver.state.overlay = .namePrompt(prompt)
        }
        #expect(driver.press(.enter) == [.bell])
        guard case let .namePrompt(prompt) = driver.state.overlay else {
            Issue.record("the editor closed")
            return
        }
        #expect(prompt.error == error)
        #expect(driver.state.responses.respondent == "")
    }

    @Test func aRefusedRenameReopensTheEditorWithTheReasonAndKeepsTheOldName() {
        var driver = onResults()
        driver.type("nAna")
        driver.press(.enter)
        driver.send(.renameFailed(name: "Ana", message: "Ana has another unfinished session of this worksheet"))
        #expect(driver.state.overlay == .namePrompt(NamePrompt(text: "Ana", error: "Ana has another unfinished session of this worksheet")))
        #expect(driver.state.responses.respondent == "")
        #expect(driver.state.noticeIsError)
        #expect(driver.screen().contains("Ana has another unfinished session"))
    }

    @Test func escKeepsTheNameAndCtrlUClearsTheField() {
        var named = answers
        named.respondent = "Cy"
        var driver = Driver(responses: named)
        driver.type("n")
        #expect(driver.state.overlay == .namePrompt(NamePrompt(text: "Cy")))
        driver.press(.control("u"))
        #expect(driver.state.overlay == .namePrompt(NamePrompt(text: "")))
        driver.type("Di")
        driver.press(.escape)
        #expect(driver.state.overlay == nil)
        #expect(driver.state.responses.respondent == "Cy")
    }

    @Test func renamingAfterAnExportMakesTheResultUnexportedAgain() {
        var driver = onResults()
        driver.send(.exported(path: "./r.json", format: .json))
        #expect(driver.state.isExported)
        driver.send(.renamed(name: "Ana"))
        #expect(!driver.state.isExported, "the file on disk carries the old name")
    }

    @Test func theNameKeyIsInTheKeyTableOfTheWelcomeAndResultsScreensOnly() {
        let map = KeyMap.standard
        for context in KeyContext.allCases {
            let bound = map.action(for: .character("n"), in: context) == .editName
            #expect(bound == [.welcome, .results].contains(context), "\(context)")
        }
        #expect(map.footer(for: .results).contains { $0.action == .editName })
        #expect(map.footer(for: .welcome).contains { $0.action == .editName })
        #expect(!map.without([.editName]).footer(for: .results).contains { $0.action == .editName })
    }

    @Test func snapshots() {
        var driver = onResults()
        driver.type("nAna")
        for (width, height) in [(80, 24), (60, 16)] {
            SnapshotAssertion.check(ScreenRenderer.render(driver.state, width: width, height: height), theme: .dark,
                                    named: "name-prompt-\(width)x\(height)-dark")
        }
        driver.press(.enter)
        driver.send(.renamed(name: "Ana"))
        SnapshotAssertion.check(ScreenRenderer.render(driver.state, width: 80, height: 24), theme: .dark,
                                named: "results-named-80x24-dark")
        var welcome = Driver()
        welcome.type("n\u{00C1}na")
        welcome.send(.renameFailed(name: "Ána", message: "another verdict is answering this worksheet as Ána (pid 42)"))
        SnapshotAssertion.check(ScreenRenderer.render(welcome.state, width: 80, height: 24), theme: .dark,
                                named: "name-prompt-refused-80x24-dark")
    }

    /// The words inside the box of a screen (between its two `│` on each row), joined.
    private func boxText(_ screen: String) -> String {
        screen.split(separator: "\n").compactMap { row -> String? in
            guard let left = row.firstIndex(of: "│"), let right = row.lastIndex(of: "│"), left < right else { return nil }
            return row[row.index(after: left)..<right].trimmingCharacters(in: .whitespaces)
        }.joined(separator: " ")
    }

    @Test func theQuitBoxWrapsItsTextAtSixtyColumns() {
        var driver = onResults()
        driver.type("q")
        let screen = driver.screen(width: 60, height: 16)
        #expect(boxText(screen) == "Quit without exporting? y/n Your answers are saved; the result has not been exported.",
                "\(screen)")
        driver.state.output = "/a/rather/long/folder/name/that/does/not/fit/in/the/box/result.json"
        let withOutput = boxText(driver.screen(width: 60, height: 16))
        #expect(withOutput.replacingOccurrences(of: " ", with: "")
            == "Quit?y/nYouranswersaresaved;theresultwillbewrittento/a/rather/long/folder/name/that/does/not/fit/in/the/box/result.json",
                "\(withOutput)")
    }
}
