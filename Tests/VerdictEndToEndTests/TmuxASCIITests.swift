import Foundation
import Testing

/// `verdict run` under a locale without UTF-8 (`LANG=C`), in a real terminal: the curses
/// screen shows key names as words, not look-alikes that read as other keys.
@Suite(.serialized, .enabled(if: TmuxPane.skipReason == nil, "needs tmux and the built verdict binary (CI installs tmux)"))
struct TmuxASCIITests {
    @Test func theReviewFooterNamesTheArrowKeysInWords() throws {
        let pane = try TmuxPane(width: 80, height: 24)
        defer { pane.close() }
        try pane.command("clear; LANG=C '\(TmuxPane.verdict)' run wakatime-2015; echo \"EXIT=$?\"")
        try pane.waitFor("Enter start", seconds: 15)
        try pane.press("Enter")
        try pane.waitFor("Question 1 of")
        try pane.press("r")
        let review = try pane.waitFor("Enter edit/open")
        let footer = review.split(separator: "\n").last { $0.contains("Enter edit/open") } ?? ""
        #expect(footer.contains("Up/k up  Down/j down  Enter edit/open  v results"), "\(review)")
        #expect(!review.contains("v/j") && !review.contains("v more"), "\(review)")
        try pane.press("F1")
        let keys = try pane.waitFor("Keys")
        #expect(keys.contains("Up/k") && keys.contains("Down/j") && !keys.contains("^/k"), "\(keys)")
        try pane.press("Escape")
        try pane.press("C-c")
        #expect(try pane.exitCode() != -1)
    }
}
