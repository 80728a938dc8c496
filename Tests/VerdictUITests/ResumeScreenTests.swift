import Testing
import VerdictEngine
@testable import VerdictUI

/// The resume question is a screen of the state machines (session and meeting): drawn,
/// key-mapped and tested like every other screen.
@Suite struct ResumeScreenTests {
    static let offer = ResumeOffer(
        summary: "An unfinished session by Ada from 2026-11-25 10:40 UTC (2 answers).",
        responses: Responses(respondent: "Ada", answers: ["years": "yes", "team-size": "large"]),
        questionID: "api", notice: "dropped 1 answer that no longer fits")

    @Test func theSessionOpensOnTheQuestionWithTheKeysInTheFooter() {
        let driver = Driver(offering: Self.offer)
        #expect(driver.state.screen == .resume)
        let text = driver.screen()
        #expect(text.contains("An unfinished session by Ada"))
        #expect(text.contains("Resume it?"))
        #expect(text.contains("y/Enter resume"))
        #expect(text.contains("n start fresh"))
        #expect(text.contains("q quit"))
    }

    @Test func yesResumesOnTheSavedQuestionWithTheNotice() {
        for key in [Key.character("y"), .enter] {
            var driver = Driver(offering: Self.offer)
            #expect(driver.press(key).isEmpty)
            #expect(driver.state.screen == .question)
            #expect(driver.state.questionID == "api")
            #expect(driver.state.responses == Self.offer.responses)
            #expect(driver.state.notice == "dropped 1 answer that no longer fits")
        }
    }

    @Test func noStartsFreshOnTheWelcomeScreen() {
        var driver = Driver(offering: Self.offer)
        driver.type("n")
        #expect(driver.state.screen == .welcome)
        #expect(driver.state.responses.answers.isEmpty)
        #expect(driver.state.resumeOffer == nil)
    }

    @Test func quitAndAbortLeaveWithoutAnswers() {
        var driver = Driver(offering: Self.offer)
        #expect(driver.type("q") == [.quit(.done)])
        var other = Driver(offering: Self.offer)
        #expect(other.press(.control("c")) == [.quit(.aborted)])
        var third = Driver(offering: Self.offer)
        #expect(third.type("x") == [.bell])
    }

    @Test func plainRepliesMeanTheSameChoices() {
        #expect(ResumeOffer.choice(forLine: "") == .resume)
        #expect(ResumeOffer.choice(forLine: " Yes ") == .resume)
        #expect(ResumeOffer.choice(forLine: "n") == .fresh)
        #expect(ResumeOffer.choice(forLine: "maybe") == nil)
        #expect(ResumeOffer.choice(forLine: nil) == .quit(.aborted))
        #expect(Self.offer.plainQuestion == Self.offer.summary + " Resume it? [Y/n] ")
    }

    // MARK: - Meeting

    static let progress = MeetingProgress(
        members: MeetingSessionTests.members, answers: [["api": "yes"], ["api": "no"], [:]], questionID: "api")

    func meeting() -> MeetingState {
        MeetingState(worksheet: MeetingSessionTests.worksheet, members: MeetingSessionTests.members,
                     offering: .meeting(Self.progress, updated: nil))
    }

    @Test func theMeetingAsksFirstAndYesResumes() {
        var state = meeting()
        let text = MeetingRenderer.render(state, width: 80, height: 24).text
        #expect(text.contains("An unfinished meeting of Ana, Ben, Cy (2 answers)."))
        #expect(text.contains("y/Enter resume"))
        #expect(MeetingSession.update(&state, .character("y")).isEmpty)
        #expect(state.resumeOffer == nil)
        #expect(state.answers == Self.progress.answers)
        #expect(state.memberIndex == 2)
    }

    @Test func theMeetingStartsFreshOnNo() {
        var state = meeting()
        #expect(MeetingSession.update(&state, .character("n")).isEmpty)
        #expect(state.resumeOffer == nil)
        #expect(state.answers.allSatisfy { $0.isEmpty })
        #expect(MeetingSession.update(&state, .character("q")) == [.quit(.done)])
    }
}
