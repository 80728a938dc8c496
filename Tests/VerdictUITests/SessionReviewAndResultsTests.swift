import Foundation
import Testing
import VerdictEngine
@testable import VerdictUI

/// Review, results, export, quitting and the global keys.
@Suite struct SessionReviewAndResultsTests {
    private static let answered = Responses(
        respondent: "Ada Lovelace", answers: ["years": "no", "team-size": "large", "api": "no", "admin": "essential"])

    private func onResults() -> Driver {
        var driver = Driver(responses: Self.answered)
        driver.press(.enter)
        driver.type("rv")
        return driver
    }

    /// QA session 5: results with no answers list the questions that would settle it (one
    /// answer to `framework-experience` alone decides django-vs-flask), on screen and in plain mode.
    @Test func resultsWithNoAnswersListWhatWouldSettleIt() throws {
        let worksheet = try WorksheetCatalog(folders: []).resolve("django-vs-flask")
        var driver = Driver(worksheet: worksheet)
        driver.press(.enter)
        driver.type("rv")
        #expect(driver.state.screen == .results)
        #expect(driver.state.insight.settle.contains("framework-experience"))
        #expect(driver.screen(width: 80, height: 24).contains("These questions would settle it:"))
        let lines = PlainResultText.lines(for: driver.state.report, responses: Responses(), worksheet: worksheet)
        #expect(lines.contains { $0.hasPrefix("These questions would settle it: ") }, "\(lines)")
    }

    @Test func reviewEnterEditsAndReturnsToReview() {
        var driver = Driver(responses: Self.answered)
        driver.press(.enter)
        driver.type("r")
        driver.press(.home)
        driver.type("kkkk")
        #expect(driver.state.reviewCursor == 0)
        driver.type("j")
        driver.press(.enter)
        #expect(driver.state.screen == .question)
        #expect(driver.state.questionID == "team-size")
        driver.type("1")
        #expect(driver.state.screen == .review)
        #expect(driver.state.reviewCursor == 1)
        #expect(driver.state.responses.answers["team-size"] == "solo")
    }

    @Test func escOrRLeavesTheReviewForWhereItWasOpened() {
        for key in [Key.escape, .character("r")] {
            var driver = Driver(responses: Self.answered)
            driver.press(.enter, .down)
            driver.press(.right)
            let question = driver.state.questionID
            driver.type("r")
            #expect(driver.state.screen == .review)
            #expect(driver.screen().contains("Esc/r back"))
            driver.press(.down, key)
            #expect(driver.state.screen == .question)
            #expect(driver.state.questionID == question)
        }
        var driver = onResults()
        driver.type("r")
        driver.press(.escape)
        #expect(driver.state.screen == .results)
    }

    @Test func atTheMinimumSizeTheFooterKeepsHelpAndQuit() {
        var driver = Driver(responses: Self.answered)
        driver.send(.resize(width: 60, height: 16))
        driver.press(.enter)
        #expect(driver.state.screen == .question)
        let footer = driver.screen(width: 60, height: 16).split(separator: "\n").suffix(2).joined(separator: "\n")
        #expect(footer.contains("F1 keys"), "\(footer)")
        #expect(footer.contains("q quit"), "\(footer)")
        #expect(driver.screen(width: 120, height: 40).contains("t scores"))
    }

    @Test func seeResultsRowAndVOpenTheResults() {
        var driver = Driver(responses: Self.answered)
        driver.press(.enter)
        driver.type("r")
        for _ in 0..<10 { driver.press(.down) }
        #expect(driver.screen().contains("› See results"))
        driver.press(.enter)
        #expect(driver.state.screen == .results)
        driver.type("b")
        #expect(driver.state.screen == .review)
        driver.type("v")
        #expect(driver.state.screen == .results)
    }

    @Test func resultsShowVerdictBarsReasonsAndRobustness() {
        let text = onResults().screen(width: 120, height: 40)
        #expect(text.contains("Recommended: Django — a clear lead"))
        #expect(text.contains("Django  ████"))
        #expect(text.contains("pts 100%"))
        #expect(text.contains("Why Django"))
        #expect(text.contains("The admin is essential, and Django has one built in."))
        #expect(text.contains("Robustness: robust — no single answer changes it"))
    }

    @Test func theResultsScreenSaysOnceWhatThePercentIs() {
        var driver = Driver(responses: Responses(answers: ["years": "yes", "team-size": "small", "api": "no", "admin": "some"]))
        driver.press(.enter)
        driver.type("rv")
        let text = driver.screen(width: 120, height: 40)
        #expect(text.components(separatedBy: "Percent: the share of the points this worksheet could give the option").count == 2)
    }

    /// Every question answered: no question is left to settle it (QA: the answered ones were
    /// offered), so the screen says it is a near-tie and points at the pivotal answers.
    @Test func tooCloseOnEveryAnswerIsAGenuineNearTie() {
        var driver = Driver(responses: Responses(answers: ["years": "yes", "team-size": "small", "api": "no", "admin": "some"]))
        driver.press(.enter)
        driver.type("rv")
        let text = driver.screen(width: 120, height: 40)
        #expect(text.contains("Too close to call"))
        #expect(!text.contains("These questions would settle it:"))
        #expect(text.contains("A genuine near-tie on these answers; changing the answer to one of 4 questions would decide it (see below)."))
        #expect(text.contains("• Answering “Have you written code for more than five years?” with “No”: Django would win."))
    }

    @Test("on a long worksheet the results list ten questions that would settle it, then how many more (probe D5)")
    func longSettleListIsCut() {
        var worksheet = SampleWorksheet.make()
        worksheet.sections = [WorksheetSection(id: "s", title: "S", questions: (0..<30).map { index in
            Question(id: "q\(index)", prompt: "Question \(index)?", kind: .yesno, weight: 1, answers: [
                Answer(id: "yes", label: "Yes", points: ["django": 1], reason: "R"),
                Answer(id: "no", label: "No", points: ["flask": 1], reason: "R"),
            ])
        })]
        worksheet.thresholds = Thresholds(tooClose: 0.01, lean: 0.5)  // any one more answer settles the 1–1 tie
        var driver = Driver(worksheet: worksheet, responses: Responses(answers: ["q0": "yes", "q1": "no"]))
        driver.press(.enter)
        driver.type("rv")
        #expect(driver.state.screen == .results)
        let lines = ResultsView.document(driver.state, width: 100).lines.map { $0.runs.map(\.text).joined() }
        #expect(lines.contains("These questions would settle it:"))
        #expect(lines.contains { $0.contains("Question 11?") })  // settle: q2 … q11 of the 28 unanswered
        #expect(!lines.contains { $0.contains("Question 12?") })
        #expect(lines.contains("  … and 18 more"))
    }

    @Test func ruledOutOptionsAreSaidInWords() {
        var worksheet = SampleWorksheet.make()
        worksheet.sections[1].questions[2].answers[4].excludes = ["flask"]
        var driver = Driver(worksheet: worksheet, responses: Self.answered)
        driver.press(.enter)
        driver.type("rv")
        let text = driver.screen(width: 120, height: 40)
        #expect(text.contains("Flask is ruled out by your answer to “How much do you need a ready-made admin interface?”."))
        #expect(text.contains("0 pts 0% ruled out"))
    }

    @Test func insightFollowsAnswersChangedFromTheResults() {
        var driver = onResults()
        #expect(driver.screen(width: 120, height: 40).contains("Robustness: robust"))
        driver.type("b")
        driver.press(.home)
        driver.type("kkkk")
        driver.press(.enter)
        driver.type("1")
        driver.type("v")
        #expect(driver.state.insightSource == driver.state.responses)
    }

    @Test func exportOffersADefaultPathAndEmitsTheEffect() {
        var driver = onResults()
        driver.type("e")
        guard case .pathPrompt(let prompt) = driver.state.overlay else {
            Issue.record("no path prompt")
            return
        }
        #expect(prompt.text == "./verdict-sample-ada-lovelace.json")
        let effects = driver.press(.enter)
        #expect(effects == [.export(format: .json, path: "./verdict-sample-ada-lovelace.json", responses: Self.answered)])
        driver.send(.exported(path: "./verdict-sample-ada-lovelace.json", format: .json))
        #expect(driver.state.isExported)
        #expect(driver.screen().contains("Exported JSON to ./verdict-sample-ada-lovelace.json."))
        #expect(driver.type("q") == [.quit(.done)])
    }

    @Test func pathPromptEditsTheLine() {
        var driver = onResults()
        driver.type("m")
        driver.press(.control("u"))
        driver.type("out.mdx")
        driver.press(.backspace, .left, .left)
        driver.type("q")
        driver.press(.end)
        driver.type("!")
        guard case .pathPrompt(let prompt) = driver.state.overlay else {
            Issue.record("no path prompt")
            return
        }
        #expect(prompt.text == "out.qmd!")
        #expect(driver.press(.enter) == [.export(format: .markdown, path: "out.qmd!", responses: Self.answered)])
    }

    /// QA s6: `~/x.json` failed ("cannot write: No such file or directory"): `~` was taken literally.
    @Test func aPathTypedOnScreenExpandsTildeAsAShellDoes() throws {
        for (typed, read) in [("~/x.json", "/home/ana/x.json"), (" ~/out/x.md ", "/home/ana/out/x.md"), ("~", "/home/ana"),
                              ("~ana/x.json", "~ana/x.json"), ("a/~/x.json", "a/~/x.json"), ("./x.json", "./x.json")] {
            #expect(PathPrompt(format: .json, text: typed).path(home: "/home/ana") == read)
        }
        #expect(PathPrompt(format: .json, text: "~/x.json").path(home: nil) == "~/x.json")
        // The run's export and the team's folder both read the prompt so.
        let home = try #require(ProcessEnvironment.current()["HOME"])
        var driver = onResults()
        driver.type("e")
        driver.press(.control("u"))
        driver.type("~/x.json")
        #expect(driver.press(.enter) == [.export(format: .json, path: PathText.join(home, "x.json"), responses: Self.answered)])
        var team = try TeamResultsTests.state()
        _ = TeamResults.update(&team, .key(.character("e")))
        _ = TeamResults.update(&team, .key(.control("u")))
        for character in "~/team/" { _ = TeamResults.update(&team, .key(.character(character))) }
        #expect(TeamResults.update(&team, .key(.enter))
            == [.export(folder: PathText.join(home, "team/"), responses: team.responses, decision: MeetingDecision())])
    }

    @Test func exportFailureShowsTheErrorAndKeepsAnswersForARetry() {
        var driver = onResults()
        driver.type("e")
        driver.press(.control("u"))
        driver.type("/nope/x.json")
        driver.press(.enter)
        driver.send(.exportFailed(path: "/nope/x.json", message: "cannot write /nope/x.json: no such directory"))
        #expect(driver.state.responses == Self.answered)
        guard case .pathPrompt(let prompt) = driver.state.overlay else {
            Issue.record("prompt not reopened")
            return
        }
        #expect(prompt.text == "/nope/x.json")
        #expect(prompt.format == .json)
        let text = driver.screen()
        #expect(text.contains("Failed: cannot write /nope/x.json: no such directory"))
        #expect(!driver.state.isExported)
        driver.press(.control("u"))
        driver.type("ok.json")
        #expect(driver.press(.enter) == [.export(format: .json, path: "ok.json", responses: Self.answered)])
    }

    /// QA i18: at 80 columns nothing of a failed export is cut: the reason is wrapped whole
    /// inside the prompt box, the status row says what to do.
    @Test func exportFailureAtEightyColumnsCutsNothing() {
        var driver = onResults()
        driver.type("e")
        driver.press(.control("u"))
        driver.type("/nonexistent/x.json")
        driver.press(.enter)
        let message = "/nonexistent/x.json: cannot write: No such file or directory"
        driver.send(.exportFailed(path: "/nonexistent/x.json", message: message))
        let rows = driver.screen(width: 80, height: 24).split(separator: "\n").map(String.init)
        #expect(!rows.contains { $0.contains("…") }, "\(rows.joined(separator: "\n"))")
        #expect(rows.contains { $0.contains("press Enter to retry") })
        let inBox = rows.compactMap { row -> String? in
            guard let first = row.firstIndex(of: "│"), let last = row.lastIndex(of: "│"), first < last else { return nil }
            return row[row.index(after: first)..<last].trimmingCharacters(in: .whitespaces)
        }
        #expect(inBox.joined(separator: " ").contains("Failed: " + message))
    }

    @Test func escClosesThePromptWithoutExporting() {
        var driver = onResults()
        driver.type("e")
        #expect(driver.press(.escape).isEmpty)
        #expect(driver.state.overlay == nil)
        #expect(driver.state.screen == .results)
    }

    @Test func quitAsksBeforeDiscardingAnUnexportedResult() {
        var driver = onResults()
        #expect(driver.type("q").isEmpty)
        #expect(driver.state.overlay == .quitConfirm)
        #expect(driver.screen().contains("Quit without exporting? y/n"))
        driver.type("n")
        #expect(driver.state.overlay == nil)
        driver.type("q")
        driver.press(.escape)
        #expect(driver.state.overlay == nil)
        driver.type("q")
        #expect(driver.type("y") == [.quit(.done)])
    }

    /// The help of `q` and of `y` in the quit question says what they do: `q` asks only when
    /// there are answers not yet exported; `y` quits (with `--output` still written), so it
    /// does not say "without exporting".
    @Test func theQuitKeysSayWhatTheyDo() {
        let map = KeyMap.standard
        let quit = map.bindings(for: .results).first { $0.action == .quit }
        #expect(quit?.long == "Quit; asks first when answers are not yet exported.")
        #expect(map.bindings(for: .quitConfirm).first { $0.action == .confirmYes }?.long
            == "Quit now (the question says what becomes of your answers).")
        var fresh = Driver()
        #expect(fresh.type("q") == [.quit(.done)], "no answers: no question")
        var answered = Driver(responses: Responses(answers: ["years": "yes"]))
        #expect(answered.type("q").isEmpty && answered.state.overlay == .quitConfirm, "answers not exported: asks")
        answered.press(.escape)
        answered.send(.exported(path: "r.json", format: .json))
        #expect(answered.type("q") == [.quit(.done)], "exported: no question")
    }

    @Test func quitOnAFreshWelcomeNeedsNoConfirmation() {
        var driver = Driver()
        #expect(driver.type("q") == [.quit(.done)])
    }

    @Test func controlCQuitsAtOnceFromAnywhere() {
        var driver = onResults()
        driver.type("e")
        #expect(driver.press(.control("c")) == [.quit(.aborted)])
        var fresh = Driver()
        fresh.press(.enter)
        #expect(fresh.press(.control("c")) == [.quit(.aborted)])
        #expect(fresh.press(.control("z")) == [.suspend])
    }

    @Test func f1OpensTheKeysOverlayEverywhereAndEscClosesIt() {
        var driver = Driver()
        driver.press(.function(1))
        #expect(driver.state.overlay == .keys)
        driver.press(.escape)
        driver.press(.enter)
        driver.type("?")
        #expect(driver.state.overlay == nil, "? on a question toggles the help text")
        driver.press(.function(1))
        #expect(driver.state.overlay == .keys)
        #expect(driver.screen().contains("Keys: Questions"))
        driver.press(.escape)
        #expect(driver.state.overlay == nil)
    }

    @Test func keysOverlayScrollsWhenItDoesNotFit() {
        var driver = Driver()
        driver.press(.enter, .function(1))
        #expect(driver.screen().contains("↓ more"))
        #expect(!driver.screen().contains("Quit; asks first"))
        for _ in 0..<30 { driver.press(.down) }
        #expect(driver.screen().contains("Quit; asks first"))
        #expect(driver.screen().contains("↑ more"))
        driver.type("q")
        #expect(driver.state.overlay == nil, "q closes the list, it does not quit")
    }

    @Test func resizeIsRecordedAndOtherKeysRingOrStayQuiet() {
        var driver = Driver()
        #expect(driver.send(.resize(width: 132, height: 43)).isEmpty)
        #expect(driver.state.size == (132, 43))
        #expect(driver.press(.character("Z")) == [.bell])
        #expect(driver.press(.unknown(409)).isEmpty)
        #expect(driver.state.screen == .welcome)
    }

    @Test func saveFailureIsShownAsAnError() {
        var driver = Driver()
        driver.send(.saveFailed(message: "disk full"))
        #expect(driver.state.noticeIsError)
        #expect(driver.screen().contains("Autosave failed: disk full"))
    }

    @Test func whatIfMovesTheBarsAndEscReverts() {
        var driver = onResults()
        driver.type("w")
        #expect(driver.state.screen == .whatIf)
        driver.type("jjj")
        driver.press(.right)
        driver.press(.right)
        #expect(driver.state.whatIf?.responses.answers["admin"] == "little")
        #expect(driver.screen(width: 120, height: 40).contains("(changed)"))
        #expect(driver.screen(width: 120, height: 40).contains("Your real answers give: Django (clear); 1 answer changed here."))
        driver.press(.escape)
        #expect(driver.state.screen == .results)
        #expect(driver.state.responses == Self.answered)
    }

    @Test func whatIfEnterKeepsTheTriedAnswers() {
        var driver = onResults()
        driver.type("w")
        driver.type("jjj")
        driver.press(.left)
        let effects = driver.press(.enter)
        #expect(driver.state.responses.answers["admin"] == "much")
        #expect(effects == [.autosave(driver.state.responses, questionID: nil)])
    }
}
