import Testing
import VerdictEngine
@testable import VerdictUI

/// Every main screen at 80×24 and 120×40. The grid names style slots, not colours, so one
/// theme is enough (themes are tested in ThemeTests).
@Suite struct SnapshotTests {
    static let sizes = [(80, 24), (120, 40)]

    private func check(_ name: String, _ state: SessionState) {
        for (width, height) in Self.sizes {
            let grid = ScreenRenderer.render(state, width: width, height: height)
            SnapshotAssertion.check(grid, theme: .dark, named: "\(name)-\(width)x\(height)-dark")
        }
    }

    @Test func welcome() {
        check("welcome", Driver().state)
    }

    @Test func question() {
        var driver = Driver()
        driver.press(.enter)
        driver.type("y2y")
        driver.press(.down)
        driver.type("?t+")
        check("question", driver.state)
    }

    @Test func scaleQuestion() {
        var driver = Driver(responses: Responses(answers: ["admin": "much"]), resumeAt: "admin")
        driver.press(.up)
        check("scale", driver.state)
    }

    @Test func keysOverlay() {
        var driver = Driver()
        driver.press(.enter, .function(1))
        check("keys-overlay", driver.state)
    }

    @Test func review() {
        var driver = Driver()
        driver.press(.enter)
        driver.type("n3sr")
        check("review", driver.state)
    }

    @Test func results() {
        var driver = Driver(responses: Responses(answers: ["years": "no", "team-size": "large", "api": "no", "admin": "essential"]))
        driver.press(.enter)
        driver.type("rv")
        check("results", driver.state)
    }

    @Test func fragileResultsListThePivotalAnswers() {
        var driver = Driver(responses: Responses(answers: ["years": "yes", "team-size": "small", "api": "no", "admin": "much"]))
        driver.press(.enter)
        driver.type("rv")
        let text = driver.screen(width: 120, height: 40)
        #expect(text.contains("Robustness: fragile"), "\(text)")
        #expect(text.contains("Answering “How much do you need a ready-made admin interface?” with “Not at all”: Flask would win."), "\(text)")
        check("results-fragile", driver.state)
    }

    @Test func tooClose() {
        var driver = Driver(responses: Responses(answers: ["years": "yes", "team-size": "small", "api": "no", "admin": "some"]))
        driver.press(.enter)
        driver.type("rv")
        #expect(driver.state.report.recommendation.kind == .tooClose)
        check("too-close", driver.state)
    }

    @Test func tooSmall() {
        SnapshotAssertion.check(ScreenRenderer.render(Driver().state, width: 50, height: 12), theme: .dark,
                                named: "too-small-50x12-dark")
    }
}
