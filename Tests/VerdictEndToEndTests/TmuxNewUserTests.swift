import Foundation
import Testing

/// What a new user ran into (issue 18), in a real terminal (tmux): resume hints, lists that
/// are not cut off, the respondent's name, and a result that cannot be written refused early.
@Suite(.serialized, .enabled(if: TmuxPane.skipReason == nil, "needs tmux and the verdict binary"))
struct TmuxNewUserTests {
    /// Runs a test body with a fresh pane.
    func withPane(width: Int = 80, height: Int = 24, _ body: (TmuxPane) throws -> Void) throws {
        let pane = try TmuxPane(width: width, height: height)
        defer { pane.close() }
        try body(pane)
    }

    // MARK: - Fail early

    /// `--output` into a folder that does not exist is refused before the welcome screen
    /// (exit 73), not after the last question.
    @Test func anUnwritableOutputIsRefusedBeforeTheFirstQuestion() throws {
        try withPane { pane in
            let target = pane.home + "/no-such-folder/ana.json"
            try pane.launch("--output '\(target)'")
            #expect(try pane.exitCode(seconds: 8) == 73)
            let screen = try pane.screen()
            #expect(screen.replacingOccurrences(of: "\n", with: "").contains("\(target): cannot write"), "\(screen)")
            #expect(!screen.contains("Enter start") && !screen.contains("Question 1"))
        }
    }
}
