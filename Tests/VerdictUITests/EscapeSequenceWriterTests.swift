import Testing
import VerdictUI

/// `EscapeSequenceWriter`: golden bytes for each kind of grid difference.
@Suite struct EscapeSequenceWriterTests {
    let colour = EscapeSequenceWriter(profile: RemoteTerminalProfile(term: "xterm-256color", locale: "C.UTF-8"))

    /// The bytes as text with ESC shown as `⎋`, so a failing golden reads.
    func shown(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self).replacingEscapes()
    }

    func grid(_ rows: [String], width: Int = 6) -> CellGrid {
        var grid = CellGrid(width: width, height: rows.count)
        for (row, text) in rows.enumerated() { grid.put(text, row: row, column: 0) }
        return grid
    }

    @Test func equalGridsGiveNoBytes() {
        let one = grid(["abc", "def"])
        #expect(colour.frame(from: one, to: one).isEmpty)
    }

    @Test func firstFrameClearsAndDrawsEveryCell() {
        let bytes = colour.frame(from: nil, to: grid(["ab", "c"], width: 2))
        #expect(shown(bytes) == "⎋[?2026h⎋[0m⎋[H⎋[2J⎋[H⎋[0mab⎋[2;1Hc ⎋[0m⎋[?25l⎋[?2026l")
    }

    @Test func oneChangedCellMovesThereAndWritesIt() {
        let bytes = colour.frame(from: grid(["abc", "def"]), to: grid(["abc", "dXf"]))
        #expect(shown(bytes) == "⎋[?2026h⎋[2;2H⎋[0mX⎋[0m⎋[?2026l")
    }

    @Test func shortGapsAreBridgedLongOnesJumped() {
        let bridged = colour.frame(from: grid(["abcdef"], width: 10), to: grid(["XbcdeY"], width: 10))
        #expect(shown(bridged) == "⎋[?2026h⎋[H⎋[0mXbcdeY⎋[0m⎋[?2026l")
        let jumped = colour.frame(from: grid(["a         b"], width: 12), to: grid(["X         Y"], width: 12))
        #expect(shown(jumped) == "⎋[?2026h⎋[H⎋[0mX⎋[1;11HY⎋[0m⎋[?2026l")
    }

    @Test func styleChangeIsOneSGR() {
        var next = grid(["abc"])
        next.paint(row: 0, from: 1, to: 2, slot: .title)
        let bytes = colour.frame(from: grid(["abc"]), to: next)
        // title in the dark theme: bold cyan.
        #expect(shown(bytes) == "⎋[?2026h⎋[1;2H⎋[0;1;36mb⎋[0m⎋[?2026l")
    }

    @Test func monochromeTerminalGetsAttributesWithoutColour() {
        let mono = EscapeSequenceWriter(profile: RemoteTerminalProfile(term: "vt100-m", locale: "C.UTF-8"))
        var next = grid(["abc"])
        next.paint(row: 0, from: 1, to: 2, slot: .title)
        #expect(shown(mono.frame(from: grid(["abc"]), to: next)) == "⎋[?2026h⎋[1;2H⎋[0;1mb⎋[0m⎋[?2026l")
        #expect(!mono.profile.theme.usesColor)
    }

    @Test func noColorRequestGivesMono() {
        #expect(!RemoteTerminalProfile(term: "xterm-256color", locale: nil, noColor: true).theme.usesColor)
        #expect(RemoteTerminalProfile(term: "xterm-256color", locale: nil).theme.usesColor)
        #expect(!RemoteTerminalProfile(term: "dumb", locale: nil).theme.usesColor)
    }

    @Test func resizeRedrawsEverything() {
        let bytes = colour.frame(from: grid(["ab"], width: 2), to: grid(["ab"], width: 3))
        #expect(shown(bytes) == "⎋[?2026h⎋[0m⎋[H⎋[2J⎋[H⎋[0mab ⎋[0m⎋[?25l⎋[?2026l")
    }

    @Test func wideGraphemeIsFollowedByAnExplicitMove() {
        let bytes = colour.frame(from: grid(["abcd"], width: 4), to: grid(["界cd"], width: 4))
        #expect(shown(bytes) == "⎋[?2026h⎋[H⎋[0m界⎋[0m⎋[?2026l")
        // The cell after a wide grapheme is reached by an explicit move, not by counting.
        let after = colour.frame(from: grid(["abcd"], width: 4), to: grid(["界Xd"], width: 4))
        #expect(shown(after) == "⎋[?2026h⎋[H⎋[0m界⎋[1;3HX⎋[0m⎋[?2026l")
    }

    @Test func changeInTheRightHalfOfAWideGraphemeRewritesTheWholeGrapheme() {
        let bytes = colour.frame(from: grid(["界x"], width: 3), to: grid(["界y"], width: 3))
        #expect(shown(bytes) == "⎋[?2026h⎋[1;3H⎋[0my⎋[0m⎋[?2026l")
        var before = CellGrid(width: 3, height: 1)
        before.put("a界", row: 0, column: 0)
        var after = CellGrid(width: 3, height: 1)
        after.put("a語", row: 0, column: 0)
        #expect(shown(colour.frame(from: before, to: after)) == "⎋[?2026h⎋[1;2H⎋[0m語⎋[0m⎋[?2026l")
    }

    @Test func asciiLocaleGetsStandIns() {
        let ascii = EscapeSequenceWriter(profile: RemoteTerminalProfile(term: "xterm", locale: "C"))
        #expect(!ascii.profile.unicode)
        let bytes = ascii.frame(from: grid(["      "]), to: grid(["─│┌•…é"]))
        #expect(shown(bytes) == "⎋[?2026h⎋[H⎋[0m-|+*.?⎋[0m⎋[?2026l")
        let wide = ascii.frame(from: grid(["    "], width: 4), to: grid(["界"], width: 4))
        #expect(shown(wide) == "⎋[?2026h⎋[H⎋[0m??⎋[0m⎋[?2026l")
    }

    @Test func textATerminalCouldActOnIsNeverSent() {
        var next = CellGrid(width: 8, height: 1)
        // Put bypasses sanitising here on purpose: cells straight from hostile text.
        for (column, text) in ["\u{1B}", "\u{07}", "\u{9B}", "\u{202E}", "\u{7F}", "a\u{1B}[2J", "\u{0}", "ok"].enumerated() {
            next[0, column] = Cell(text: text, slot: .normal)
        }
        let bytes = colour.frame(from: CellGrid(width: 8, height: 1), to: next)
        let body = bytes.dropFirst("\u{1B}[?2026h".utf8.count)
        #expect(shown(Array(bytes)) == "⎋[?2026h⎋[H⎋[0m???????ok⎋[0m⎋[?2026l")
        // No byte below 0x20 other than the writer's own ESCs, no C1 in UTF-8 form.
        #expect(!body.contains(where: { $0 < 0x20 && $0 != 0x1B }))
        #expect(!String(decoding: bytes, as: UTF8.self).unicodeScalars.contains { (0x80...0x9F).contains($0.value) })
    }

    @Test func cursorShownWhereTheGridWantsIt() {
        var next = grid(["abc"])
        next.cursor = (0, 2)
        #expect(shown(colour.frame(from: grid(["abc"]), to: next)) == "⎋[?2026h⎋[0m⎋[1;3H⎋[?25h⎋[?2026l")
        #expect(shown(colour.frame(from: next, to: grid(["abc"]))) == "⎋[?2026h⎋[0m⎋[?25l⎋[?2026l")
    }

    @Test func lastColumnForcesAMoveBeforeTheNextRow() {
        let bytes = colour.frame(from: grid(["ab", "cd"], width: 2), to: grid(["aX", "Yd"], width: 2))
        #expect(shown(bytes) == "⎋[?2026h⎋[1;2H⎋[0mX⎋[2;1HY⎋[0m⎋[?2026l")
    }

    @Test func enterAndLeaveUseTheAlternateScreen() {
        #expect(shown(EscapeSequenceWriter.enterBytes) == "⎋[?1049h⎋[?25l⎋[0m⎋[H⎋[2J")
        #expect(shown(EscapeSequenceWriter.leaveBytes) == "⎋[0m⎋[?25h⎋[?1049l")
    }

    @Test func aQuestionScreenKeypressCostsLittle() {
        // Moving the highlight between two answers of an 80×24 screen.
        var before = CellGrid(width: 80, height: 24)
        before.put("  Yes", row: 10, column: 2, slot: .selected)
        before.put("  No", row: 11, column: 2)
        var after = CellGrid(width: 80, height: 24)
        after.put("  Yes", row: 10, column: 2)
        after.put("  No", row: 11, column: 2, slot: .selected)
        #expect(colour.frame(from: before, to: after).count < 120)
    }
}

extension String {
    func replacingEscapes() -> String {
        String(unicodeScalars.map { $0 == "\u{1B}" ? "⎋" : Character($0) })
    }
}
