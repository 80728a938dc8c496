import VerdictEngine

/// The chrome every full-screen program shares (the run, the meeting, the team results):
/// a header — title left, status right — and its rule, the body between two rules, a
/// status row, and the footer generated from the screen's ``KeyTable``. Below
/// ``minimumSize`` only the "enlarge the terminal" message is drawn, and the programs
/// ignore every key but quit and help (``fits(_:)``).
public struct ScreenFrame {
    /// The smallest terminal the screens are drawn in.
    static let minimumSize = (width: 60, height: 16)

    /// The footer rows.
    let footer: [StyledLine]
    /// The status row, just above the footer.
    let statusRow: Int
    /// The first body row (below the header and its rule).
    let bodyTop = 2
    /// The rule below the body (one past the last body row).
    let bodyBottom: Int

    /// The frame of a screen whose keys are `table`, at a size that ``fits(_:)``.
    init<Action>(keys table: KeyTable<Action>, width: Int, height: Int) {
        footer = table.footerLines(width: width - 2)
        statusRow = height - footer.count - 1
        bodyBottom = statusRow - 1
    }

    /// Whether a size is at least ``minimumSize``.
    public static func fits(_ size: (width: Int, height: Int)) -> Bool {
        size.width >= minimumSize.width && size.height >= minimumSize.height
    }

    /// Draws the header, the rules, the status row (a notice, in the error slot when it
    /// reports a failure) and the footer; the body is the caller's.
    func draw(title: String, status: StyledLine, notice: String?, noticeIsError: Bool = false,
              into grid: inout CellGrid) {
        let width = grid.width
        let statusWidth = status.runs.reduce(0) { $0 + DisplayWidth.of($1.text) }
        grid.put(WordWrapper.truncate(UIText.line(title), width: max(1, width - statusWidth - 4)), row: 0, column: 1,
                 slot: .title)
        grid.draw(status, row: 0, column: width - 1 - statusWidth, limit: statusWidth)
        grid.fill(row: 1, from: 0, to: width, character: "─", slot: .border)
        grid.fill(row: bodyBottom, from: 0, to: width, character: "─", slot: .border)
        if let notice {
            grid.put(WordWrapper.truncate(Charset.text(UIText.line(notice)), width: width - 2), row: statusRow, column: 1,
                     slot: noticeIsError ? .error : .accent)
        }
        for (index, line) in footer.enumerated() {
            grid.draw(line, row: statusRow + 1 + index, column: 1, limit: width - 2)
        }
    }

    /// The whole frame below the minimum size: the message, centred, with the `hint` of a
    /// screen whose one key still acts there ("q end").
    public static func tooSmall(width: Int, height: Int, hint: String? = nil) -> CellGrid {
        var grid = CellGrid(width: width, height: height)
        let message = "Enlarge the terminal to \(minimumSize.width)×\(minimumSize.height) (now \(width)×\(height))"
            + (hint.map { " · " + $0 } ?? "")
        let lines = WordWrapper.wrap(message, width: max(1, width))
        let top = max(0, (height - lines.count) / 2)
        for (index, line) in lines.enumerated() {
            grid.put(line, row: top + index, column: max(0, (width - DisplayWidth.of(line)) / 2), slot: .warning)
        }
        return grid
    }
}
