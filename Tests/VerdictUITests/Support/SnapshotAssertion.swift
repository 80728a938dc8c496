import Foundation
import Testing
import VerdictUI

/// Snapshot files under `Snapshots/`: the grid's text, a block with one letter per cell
/// naming its slot, and the styles the theme gives the slots used. Record with
/// `VERDICT_RECORD_SNAPSHOTS=1 swift test`; otherwise a difference fails with a diff.
enum SnapshotAssertion {
    /// One letter per slot.
    static func letter(_ slot: ThemeSlot) -> Character {
        switch slot {
        case .normal: "."
        case .muted: "m"
        case .title: "T"
        case .selected: "S"
        case .chosen: "c"
        case .key: "k"
        case .accent: "A"
        case .warning: "W"
        case .error: "E"
        case .barFill: "#"
        case .barEmpty: "-"
        case .border: "b"
        }
    }

    /// The snapshot text of a grid drawn in a theme.
    static func describe(_ grid: CellGrid, theme: Theme) -> String {
        var out = "== text \(grid.width)x\(grid.height)\n" + grid.text + "\n== slots\n"
        var used = Set<ThemeSlot>()
        for row in 0..<grid.height {
            var line = ""
            for column in 0..<grid.width {
                let slot = grid[row, column].slot
                used.insert(slot)
                line.append(letter(slot))
            }
            out += line + "\n"
        }
        out += "== styles (\(theme.name))\n"
        for slot in ThemeSlot.allCases where used.contains(slot) {
            out += "\(letter(slot)) \(slot): \(theme.style(slot))\n"
        }
        if let cursor = grid.cursor { out += "== cursor \(cursor.row),\(cursor.column)\n" }
        return out
    }

    static var directory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Snapshots")
    }

    /// Compares (or records) a snapshot.
    static func check(_ grid: CellGrid, theme: Theme, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let actual = describe(grid, theme: theme)
        let file = directory.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["VERDICT_RECORD_SNAPSHOTS"] == "1" {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            do {
                try actual.write(to: file, atomically: true, encoding: .utf8)
            } catch {
                Issue.record("could not record \(file.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("missing snapshot \(file.lastPathComponent); run with VERDICT_RECORD_SNAPSHOTS=1 to record it",
                         sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let message = "snapshot \(name) differs:\n" + diff(expected: expected, actual: actual)
            Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
        }
    }

    /// The differing lines, numbered, at most 30 of them.
    static func diff(expected: String, actual: String) -> String {
        let old = expected.components(separatedBy: "\n")
        let new = actual.components(separatedBy: "\n")
        var out: [String] = []
        for index in 0..<max(old.count, new.count) {
            let before = index < old.count ? old[index] : "<missing>"
            let after = index < new.count ? new[index] : "<missing>"
            if before != after {
                out.append("line \(index + 1):\n  - \(before)\n  + \(after)")
            }
            if out.count == 30 {
                out.append("…")
                break
            }
        }
        return out.joined(separator: "\n")
    }
}
