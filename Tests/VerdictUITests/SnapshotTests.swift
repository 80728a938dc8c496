import Testing
import VerdictEngine
@testable import VerdictUI

/// Every main screen at 80×24 and 120×40, in a colour theme and in mono.
@Suite struct SnapshotTests {
    static let sizes = [(80, 24), (120, 40)]
    static let themes: [Theme] = [.dark, .mono]

    private func check(_ name: String, _ state: SessionState) {
        for (width, height) in Self.sizes {
            for theme in Self.themes {
                var themed = state
                themed.theme = theme
                let grid = ScreenRenderer.render(themed, width: width, height: height)
                SnapshotAssertion.check(grid, theme: theme, named: "\(name)-\(width)x\(height)-\(theme.name)")
            }
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

    @Test func tooClose() {
        var driver = Driver(responses: Responses(answers: ["years": "yes", "team-size": "small", "api": "no", "admin": "some"]))
        driver.press(.enter)
        driver.type("rv")
        #expect(driver.state.report.recommendation.kind == .tooClose)
        check("too-close", driver.state)
    }

    @Test func tooSmall() {
        for theme in Self.themes {
            var state = Driver().state
            state.theme = theme
            SnapshotAssertion.check(ScreenRenderer.render(state, width: 50, height: 12), theme: theme,
                                    named: "too-small-50x12-\(theme.name)")
        }
    }
}
