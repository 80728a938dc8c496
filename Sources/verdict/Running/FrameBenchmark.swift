import CursesTerminal
import Foundation
import VerdictEngine
import VerdictUI

/// `verdict run --benchmark-frames N` (hidden): times rendering and diff-drawing of
/// 200×60 frames into a curses screen whose output goes to /dev/null, and prints medians.
struct FrameBenchmark {
    let worksheet: Worksheet
    let theme: Theme
    let frames: Int
    static let width = 200
    static let height = 60

    /// Runs the benchmark and prints one line per measure.
    func run() throws {
        setenv("LINES", "\(Self.height)", 1)
        setenv("COLUMNS", "\(Self.width)", 1)
        if ProcessInfo.processInfo.environment["TERM"].map({ $0.isEmpty || $0 == "dumb" }) ?? true {
            setenv("TERM", "xterm-256color", 1)
        }
        guard let sink = fopen("/dev/null", "w") else { throw CursesError("cannot open /dev/null") }
        defer { fclose(sink) }
        let screen = CursesScreen()
        try screen.start(appearance: { SlotAppearance(theme.style($0)) }, colors: true, output: sink)
        defer { screen.stop() }
        var state = SessionState(worksheet: worksheet, theme: theme)
        _ = Session.update(&state, .resize(width: Self.width, height: Self.height))
        var renderTimes: [Double] = []
        var drawTimes: [Double] = []
        var fullDrawTime = 0.0
        for index in 0..<frames {
            _ = Session.update(&state, .key(index % 8 < 4 ? .down : .up))
            let started = DispatchTime.now().uptimeNanoseconds
            let grid = ScreenRenderer.render(state, width: Self.width, height: Self.height)
            let rendered = DispatchTime.now().uptimeNanoseconds
            screen.draw(grid)
            let drawn = DispatchTime.now().uptimeNanoseconds
            if index == 0 {
                fullDrawTime = Double(drawn - rendered) / 1e6
            } else {
                renderTimes.append(Double(rendered - started) / 1e6)
                drawTimes.append(Double(drawn - rendered) / 1e6)
            }
        }
        screen.stop()
        let report = """
            frames \(frames) at \(Self.width)x\(Self.height)
            render median_ms \(format(median(renderTimes)))
            diff_draw median_ms \(format(median(drawTimes)))
            full_draw first_ms \(format(fullDrawTime))

            """
        FileHandle.standardOutput.write(Data(report.utf8))
    }

    private func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        return sorted[sorted.count / 2]
    }

    private func format(_ value: Double) -> String { String(format: "%.3f", value) }
}
