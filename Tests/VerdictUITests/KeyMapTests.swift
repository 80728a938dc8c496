import Foundation
import Testing
import VerdictEngine
@testable import VerdictUI

/// The key map is the single source of the footer, the overlay and the welcome guide.
@Suite struct KeyMapTests {
    private func state(on context: KeyContext) -> SessionState {
        var driver = Driver(responses: Responses(answers: ["years": "yes", "team-size": "solo", "api": "no", "admin": "some"]))
        switch context {
        case .resume: driver = Driver(offering: ResumeOffer(summary: "An unfinished session."))
        case .welcome: break
        case .question: driver.press(.enter)
        case .review: driver.press(.enter); driver.type("r")
        case .results: driver.press(.enter); driver.type("rv")
        case .whatIf: driver.press(.enter); driver.type("rvw")
        case .keysOverlay: driver.press(.function(1))
        case .quitConfirm: driver.press(.enter); driver.type("q")
        case .pathPrompt: driver.press(.enter); driver.type("rve")
        case .namePrompt: driver.type("n")
        }
        return driver.state
    }

    @Test(arguments: KeyContext.allCases)
    func footerListsExactlyTheKeyMapBindings(context: KeyContext) {
        let state = state(on: context)
        #expect(state.keyContext == context)
        for width in [80, 120] {
            let grid = ScreenRenderer.render(state, width: width, height: 30)
            let rows = KeyMap.standard.table(for: context).footerLines(width: width - 2).count
            let footerRows = (grid.height - rows..<grid.height).map { grid.line($0) }
            let shown = footerRows.joined(separator: "  ").split(separator: "  ").map { $0.trimmingCharacters(in: .whitespaces) }
            let expected = KeyMap.standard.footer(for: context).map(\.footerText)
            #expect(shown == expected, "footer of \(context) at width \(width)")
        }
    }

    @Test(arguments: KeyContext.allCases)
    func noKeyIsBoundTwiceInOneContext(context: KeyContext) {
        var seen: [Key: KeyAction] = [:]
        for binding in KeyMap.standard.bindings(for: context) {
            for key in binding.keys {
                #expect(seen[key] == nil, "\(key) bound twice in \(context)")
                seen[key] = binding.action
            }
        }
    }

    @Test func everyBindingHasHelpAndEveryContextCanQuit() {
        for binding in KeyMap.standard.bindings {
            #expect(!binding.label.isEmpty && !binding.short.isEmpty && !binding.long.isEmpty)
            #expect(!binding.contexts.isEmpty)
        }
        for context in KeyContext.allCases {
            #expect(KeyMap.standard.action(for: .control("c"), in: context) == .forceQuit)
            #expect(KeyMap.standard.action(for: .control("z"), in: context) == .suspend)
        }
    }

    @Test func questionMarkIsHelpTextOnQuestionsAndTheKeyListElsewhere() {
        let map = KeyMap.standard
        #expect(map.action(for: .character("?"), in: .question) == .toggleHelpText)
        #expect(map.action(for: .function(1), in: .question) == .showKeys)
        for context in [KeyContext.welcome, .review, .results, .whatIf] {
            #expect(map.action(for: .character("?"), in: context) == .showKeys)
        }
    }

    @Test func keysOverlayListsEveryBindingOfTheScreen() {
        var driver = Driver()
        driver.press(.enter)
        driver.type("rv")
        driver.press(.function(1))
        let text = driver.screen(width: 120, height: 40)
        for binding in KeyMap.standard.bindings(for: .results) {
            #expect(text.contains(binding.long), "overlay lacks \(binding.label)")
        }
    }

    @Test func welcomeGuideComesFromTheKeyMap() {
        let text = Driver().screen(width: 200, height: 40)
        let guide = KeyMap.standard.footer(for: .question).map { "\($0.label) \($0.short)" }.joined(separator: " · ")
        #expect(text.contains(guide))
    }

    @Test func everyContextHasItsOwnBit() {
        for context in KeyContext.allCases {
            let one = KeyContexts(context)
            #expect(one.rawValue.nonzeroBitCount == 1)
            #expect(KeyContexts.all.contains(context))
            for other in KeyContext.allCases where other != context {
                #expect(!one.contains(other), "\(context) and \(other) share a bit")
            }
        }
        #expect(KeyContexts.all.rawValue.nonzeroBitCount == KeyContext.allCases.count)
        #expect(KeyContexts.screens.contains(.review) && !KeyContexts.screens.contains(.keysOverlay))
    }
}

/// `keys: vim` is part of the table, so the footer and the keys overlay show it.
@Suite struct VimKeyStyleTests {
    @Test func vimBindingsAppearInF1AndPage() {
        var driver = Driver(keys: .vim)
        driver.press(.function(1))
        var listed = ""
        for _ in 0..<6 {
            listed += driver.screen(width: 120, height: 40)
            driver.press(.pageDown)
        }
        #expect(listed.contains("PgDn/Ctrl-F"))
        #expect(listed.contains("PgUp/Ctrl-B"))
        var standard = Driver()
        standard.press(.function(1))
        #expect(!standard.screen(width: 120, height: 40).contains("Ctrl-F"))
        #expect(standard.press(.escape, .enter, .control("f")) == [.bell])
        var vim = Driver(keys: .vim)
        #expect(vim.press(.enter, .control("f")).isEmpty)
    }
}

/// The meeting and `team --tui` honour `keys` too, and list what they honour.
@Suite struct KeyStyleOnEveryScreenTests {
    @Test func teamResultsPageWithCtrlFUnderVimAndListIt() throws {
        var standard = try TeamResultsTests.state()
        #expect(TeamResults.update(&standard, .key(.control("f"))) == [.bell])
        var vim = try TeamResultsTests.state()
        vim.keys = .vim
        _ = TeamResults.update(&vim, .key(.function(1)))
        #expect(TeamResultsRenderer.render(vim, width: 100, height: 40).text.contains("PgDn/Ctrl-F"))
        _ = TeamResults.update(&vim, .key(.escape))
        #expect(TeamResults.update(&vim, .key(.control("f"))).isEmpty)
    }

    @Test func theMeetingHandsItsKeysToItsResults() {
        var state = MeetingState(worksheet: MeetingSessionTests.worksheet, members: ["Ana"])
        state.keys = .vim
        for key: Key in [.character("1"), .enter, .character("1"), .enter, .character("1"), .enter, .character("1"), .enter] {
            _ = MeetingSession.update(&state, key)
        }
        #expect(state.phase == .results)
        #expect(state.results?.keys == .vim)
    }
}
