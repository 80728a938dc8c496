@testable import VerdictUI

/// An in-memory ``Terminal`` (bubbletea's teatest): a fixed size, scripted input, and
/// every frame drawn. When the script runs out it reports a hang-up, which ends the run.
final class ScriptedTerminal: Terminal {
    var size: (width: Int, height: Int)
    private var script: [TerminalInput]
    /// Every frame drawn, in order.
    private(set) var frames: [CellGrid] = []
    /// How often the bell rang.
    private(set) var bells = 0
    /// What it can show (ASCII to test `LANG=C`).
    var charset: Charset = .unicode

    init(width: Int, height: Int, input: [TerminalInput]) {
        size = (width, height)
        script = input
    }

    /// Keys, in order.
    convenience init(width: Int, height: Int, keys: [Key]) {
        self.init(width: width, height: height, input: keys.map { .key($0) })
    }

    /// The next scripted input (a resize changes ``size``, as a real terminal's would).
    func nextInput(timeoutMs: Int32) -> TerminalInput? {
        guard !script.isEmpty else { return .signal(1) }
        let input = script.removeFirst()
        if case let .resize(width, height) = input { size = (width, height) }
        return input
    }

    func draw(_ grid: CellGrid) { frames.append(grid) }
    func bell() { bells += 1 }
    func suspend() {}

    /// The last frame's text.
    var screen: String { frames.last?.text ?? "" }
}
