import Testing
import VerdictEngine
@testable import VerdictUI

/// Themes: names, environment detection, and that the selection never relies on colour.
@Suite struct ThemeTests {
    static let all: [Theme] = [.dark, .light, .mono, .highContrast]

    @Test func namesResolve() {
        for name in ["dark", "light", "mono", "high-contrast"] {
            #expect(Theme.named(name)?.name == name)
        }
        #expect(Theme.named("auto") != nil)
        #expect(Theme.named("neon") == nil)
    }

    @Test func automaticHonoursNoColorAndDumbTerminals() {
        #expect(Theme.automatic(environment: ["NO_COLOR": "1", "TERM": "xterm-256color"]).name == "mono")
        #expect(Theme.automatic(environment: ["NO_COLOR": "", "TERM": "xterm-256color"]).name == "dark")
        #expect(Theme.automatic(environment: ["TERM": "dumb"]).name == "mono")
        #expect(Theme.automatic(environment: ["TERM": "vt100-mono"]).name == "mono")
        #expect(Theme.automatic(environment: ["TERM": "xterm", "COLORFGBG": "0;15"]).name == "light")
        #expect(Theme.automatic(environment: [:]).name == "dark")
    }

    @Test(arguments: all)
    func selectedDiffersFromNormalWithoutColour(theme: Theme) {
        let selected = theme.style(.selected)
        let normal = theme.style(.normal)
        let differs = selected.reverse != normal.reverse || selected.bold != normal.bold || selected.underline != normal.underline
        #expect(differs, "\(theme.name): selected must differ from normal in reverse, bold or underline")
        #expect(selected.hasNonColorEmphasis)
    }

    @Test func monoUsesNoColour() {
        for slot in ThemeSlot.allCases {
            #expect(Theme.mono.style(slot).foreground == nil)
            #expect(Theme.mono.style(slot).background == nil)
        }
        #expect(!Theme.mono.usesColor)
    }

    /// The grid names slots, not colours: the marker is what shows the selection in mono.
    @Test func selectedRowsCarryATextMarker() {
        var driver = Driver()
        driver.press(.enter, .down)
        let grid = ScreenRenderer.render(driver.state, width: 80, height: 24)
        let row = (0..<grid.height).first { grid.line($0).contains("2. No") }
        #expect(row.map { grid.line($0).hasPrefix(" › 2. No") } == true)
        if let row { #expect(grid[row, 5].slot == .selected) }
        driver.type("r")
        #expect(driver.screen().contains("› 1. Have you written code"))
    }
}
