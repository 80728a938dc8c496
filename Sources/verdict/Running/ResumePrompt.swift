#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import VerdictEngine
import VerdictUI

/// The question "resume the unfinished session?": its words, a one-screen grid for the
/// full-screen UI, and the answer a key or a line means.
struct ResumePrompt {
    /// What the user decided.
    enum Choice: Equatable {
        case resume, fresh, quit(Int32)
    }

    let worksheet: Worksheet
    let snapshot: SessionSnapshot

    /// "An unfinished session from 2026-11-25 10:40 UTC (7 answers)."
    var summary: String {
        let count = snapshot.answers.count
        let who = snapshot.respondent.isEmpty ? "" : " by \(TextSanitizer.sanitize(snapshot.respondent))"
        return "An unfinished session\(who) from \(UTCText.minutes(snapshot.updatedAt)) "
            + "(\(count) \(count == 1 ? "answer" : "answers"))."
    }

    // MARK: - Plain

    /// The plain-mode question line.
    var plainQuestion: String { "\(summary) Resume it? [Y/n] " }

    /// The choice a plain-mode line means (nil: ask again).
    static func choice(forLine line: String?) -> Choice? {
        guard let line else { return .quit(130) }
        switch line.trimmingSpaces().lowercased() {
        case "", "y", "yes": return .resume
        case "n", "no": return .fresh
        default: return nil
        }
    }

    // MARK: - Full screen

    /// The one-screen prompt.
    func grid(width: Int, height: Int) -> CellGrid {
        var grid = CellGrid(width: width, height: height)
        let title = TextSanitizer.sanitize(worksheet.title)
        grid.put("Verdict — \(title)", row: 0, column: 1, slot: .title)
        var row = 2
        for line in wrap(summary, width: max(10, width - 2)) {
            grid.put(line, row: row, column: 1)
            row += 1
        }
        row += 1
        var column = grid.put("Resume it?  ", row: row, column: 1)
        column = grid.put("y", row: row, column: column, slot: .key)
        column = grid.put(" resume   ", row: row, column: column)
        column = grid.put("n", row: row, column: column, slot: .key)
        column = grid.put(" start fresh   ", row: row, column: column)
        column = grid.put("q", row: row, column: column, slot: .key)
        grid.put(" quit", row: row, column: column)
        return grid
    }

    /// The choice a key means (nil: ignore the key).
    static func choice(forKey key: Key) -> Choice? {
        switch key {
        case .character("y"), .character("Y"), .enter: return .resume
        case .character("n"), .character("N"): return .fresh
        case .character("q"), .character("Q"), .escape: return .quit(0)
        case .control("c"): return .quit(130)
        default: return nil
        }
    }

    private func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty, current.count + 1 + word.count > width {
                lines.append(current)
                current = ""
            }
            current += current.isEmpty ? String(word) : " " + word
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
