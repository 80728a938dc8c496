import Testing
import VerdictEngine
@testable import VerdictUI

/// Under a locale without UTF-8 (`LANG=C`) key names and hints are words chosen before
/// layout (`Up/k`, `Down/j`, `Left/h`, `Right/l`, "more below"), never cell look-alikes that
/// read as other keys (`v/j down` beside `v results`, `v more`, `</h`, "normal > a lot").
@Suite struct ASCIIKeyTextTests {
    /// A frame as an ASCII terminal shows it: rendered for ``Charset/ascii``, then drawn in
    /// ASCII cell for cell as `CursesScreen` and the SSH writer do.
    static func ascii(_ render: () -> CellGrid) -> String {
        let grid = Charset.$current.withValue(.ascii) { render() }
        #expect(grid.asciiOnly() == grid.asciiOnly().asciiOnly())
        return grid.asciiOnly().text
    }

    /// What the cell-for-cell fallback made of arrows; none may appear.
    static let lookAlikes = ["^/k", "v/j", "</h", ">/l", "^v", "v more", "^ more", "> a lot", "> barely", "</>", "< undo"]

    static func expectWords(_ screen: String, _ words: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for word in words { #expect(screen.contains(word), "missing '\(word)' in\n\(screen)", sourceLocation: sourceLocation) }
        for lookAlike in lookAlikes {
            #expect(!screen.contains(lookAlike), "'\(lookAlike)' in\n\(screen)", sourceLocation: sourceLocation)
        }
    }

    /// The footer rows of a frame (the last two), which must fit the width.
    static func footer(_ screen: String) -> String {
        screen.split(separator: "\n", omittingEmptySubsequences: false).suffix(2).joined(separator: "\n")
    }

    static func session(_ driver: Driver, width: Int = 80, height: Int = 24) -> String {
        ascii { ScreenRenderer.render(driver.state, width: width, height: height) }
    }

    @Test func questionFooterAndKeysList() {
        var driver = Driver()
        driver.press(.enter)
        Self.expectWords(Self.footer(Self.session(driver)), ["Left/h back", "Right/l next", "F1 keys", "q quit"])
        // At the minimum size the longer words still leave room for help and quit.
        Self.expectWords(Self.footer(Self.session(driver, width: 60, height: 16)), ["F1 keys", "q quit"])
        driver.press(.function(1))
        Self.expectWords(Self.session(driver, width: 120, height: 40),
                         ["Up/k ", "Down/j ", "Left/h ", "Right/l ", "PgUp ", "PgDn ", "(normal to a lot)", "(normal to barely)"])
        Self.expectWords(Self.session(driver, width: 60, height: 16), ["more below (Down/j scrolls)"])
    }

    @Test func welcomeGuide() {
        Self.expectWords(Self.session(Driver()), ["Left/h back", "Right/l next"])
    }

    @Test func reviewFooterAndRule() {
        var driver = Driver(responses: Responses(answers: ["years": "no", "team-size": "large", "api": "no", "admin": "essential"]))
        driver.press(.enter)
        driver.type("r")
        Self.expectWords(Self.session(driver), ["Up/k up  Down/j down  Enter edit/open  v results"])
        Self.expectWords(Self.session(driver, width: 60, height: 16), ["more below"])
        driver.press(.pageDown)
        Self.expectWords(Self.session(driver, width: 60, height: 16), ["more above"])
    }

    @Test func resultsAndWhatIf() {
        var driver = Driver(responses: Responses(answers: ["years": "no", "team-size": "large", "api": "no", "admin": "essential"]))
        driver.press(.enter)
        driver.type("rv")
        Self.expectWords(Self.footer(Self.session(driver)), ["Up/k up", "Down/j down"])
        driver.type("w")
        Self.expectWords(Self.session(driver), ["Left/h previous answer", "Right/l next answer", "Try other answers with Left/Right;"])
    }

    @Test func teamResults() throws {
        var state = try TeamResultsTests.state()
        Self.expectWords(Self.footer(Self.ascii { TeamResultsRenderer.render(state, width: 80, height: 24) }),
                         ["Up/k up", "Down/j down"])
        _ = TeamResults.update(&state, .key(.function(1)))
        Self.expectWords(Self.ascii { TeamResultsRenderer.render(state, width: 80, height: 24) }, ["Up/k ", "Down/j "])
        // A member voting in a re-vote round the facilitator opened.
        var facilitator = try TeamMeetingStepsTests.facilitator()
        _ = TeamResults.update(&facilitator, .key(.character("v")))
        let vote = facilitator.seen(by: .member("Ana"))
        Self.expectWords(Self.footer(Self.ascii { TeamResultsRenderer.render(vote, width: 80, height: 24) }),
                         ["Up/Down choose"])
    }

    @Test func meetingFooterKeysAndNotice() {
        let suite = MeetingSessionTests()
        var state = suite.play([]).state
        Self.expectWords(Self.footer(Self.ascii { MeetingRenderer.render(state, width: 80, height: 24) }),
                         ["Up/k up", "Down/j down"])
        _ = MeetingSession.update(&state, .enter)
        Self.expectWords(Self.ascii { MeetingRenderer.render(state, width: 80, height: 24) }, ["(Up/Down or its number)"])
        _ = MeetingSession.update(&state, .function(1))
        Self.expectWords(Self.ascii { MeetingRenderer.render(state, width: 120, height: 40) },
                         ["Up/k ", "Down/j ", "Backspace ", "(normal to barely)"])
    }

    /// The runtime binds the charset from its terminal: the same run on a UTF-8 terminal
    /// keeps the arrows.
    @Test func theRuntimeWritesForItsTerminal() {
        for (charset, expected) in [(Charset.ascii, "Left/h back"), (.unicode, "←/h back")] {
            let terminal = ScriptedTerminal(width: 80, height: 24, keys: [.enter])
            terminal.charset = charset
            _ = Runtime<Session>.run(SessionState(worksheet: SampleWorksheet.make()), on: terminal) { _ in [] }
            #expect(terminal.screen.contains(expected), "\(terminal.screen)")
        }
        #expect(Charset.current == .unicode, "the binding outlived the run")
    }
}
