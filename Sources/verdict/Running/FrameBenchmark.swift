#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

import CursesTerminal
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
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
        if ProcessEnvironment.current()["TERM"].map({ $0.isEmpty || $0 == "dumb" }) ?? true {
            setenv("TERM", "xterm-256color", 1)
        }
        guard let sink = fopen("/dev/null", "w") else { throw CursesError("cannot open /dev/null") }
        defer { fclose(sink) }
        let screen = CursesScreen()
        try screen.start(appearance: theme.style, colors: true, output: sink)
        defer { screen.stop() }
        var state = SessionState(worksheet: worksheet)
        _ = Session.update(&state, .resize(width: Self.width, height: Self.height))
        var renderTimes: [UInt64] = []
        var drawTimes: [UInt64] = []
        var fullDrawTime: UInt64 = 0
        for index in 0..<frames {
            _ = Session.update(&state, .key(index % 8 < 4 ? .down : .up))
            let started = MonotonicTime.nanoseconds()
            let grid = ScreenRenderer.render(state, width: Self.width, height: Self.height)
            let rendered = MonotonicTime.nanoseconds()
            screen.draw(grid)
            let drawn = MonotonicTime.nanoseconds()
            if index == 0 {
                fullDrawTime = drawn - rendered
            } else {
                renderTimes.append(rendered - started)
                drawTimes.append(drawn - rendered)
            }
        }
        screen.stop()
        let report = """
            frames \(frames) at \(Self.width)x\(Self.height)
            render median_ms \(MonotonicTime.milliseconds(median(renderTimes)))
            diff_draw median_ms \(MonotonicTime.milliseconds(median(drawTimes)))
            full_draw first_ms \(MonotonicTime.milliseconds(fullDrawTime))

            """
        StandardStream.output.write(report)
    }

    private func median(_ values: [UInt64]) -> UInt64 {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        return sorted[sorted.count / 2]
    }
}
