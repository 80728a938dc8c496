/// Turns the difference between two ``CellGrid``s into the bytes a remote (VT100/xterm)
/// terminal needs to show the second: cursor moves to each changed run, SGR only when the
/// style changes, nothing for equal cells. Pure, so tests compare golden byte strings.
///
/// Hand-written because no listed package renders a cell grid to escape sequences (curses
/// writes only to its own terminal, see DESIGN §8). Cell text never reaches the terminal
/// raw: a control character (C0, DEL, C1) or a bidi control in a cell is drawn as `?`, so no
/// name or note a member typed can act on another member's terminal.
public struct EscapeSequenceWriter: Sendable {
    /// Colours and character set of the terminal written to.
    public let profile: RemoteTerminalProfile
    /// The SGR sequence of each slot, by `ThemeSlot.rawValue`.
    private let sgr: [[UInt8]]

    /// Unchanged cells between two changed runs shorter than this are rewritten rather
    /// than jumped over (a cursor move costs about 8 bytes).
    static let gapToBridge = 6

    /// Creates a writer for a terminal.
    public init(profile: RemoteTerminalProfile) {
        self.profile = profile
        sgr = ThemeSlot.allCases.map { Self.sgrBytes(profile.theme.style($0), colour: profile.theme.usesColor) }
    }

    // MARK: - Session bytes

    /// Alternate screen, cursor hidden, everything cleared: sent once when a member's
    /// screen starts.
    public static let enterBytes: [UInt8] = Array("\u{1B}[?1049h\u{1B}[?25l\u{1B}[0m\u{1B}[H\u{1B}[2J".utf8)
    /// Style reset, cursor shown, back to the main screen: sent once when it ends.
    public static let leaveBytes: [UInt8] = Array("\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l".utf8)

    // MARK: - Frames

    /// The bytes that turn a terminal showing `previous` into one showing `next`. Nil
    /// `previous`, or one of another size, redraws everything. Equal grids give no bytes.
    /// Each frame is wrapped in synchronised-update mode (`?2026`, ignored where unknown).
    public func frame(from previous: CellGrid?, to next: CellGrid) -> [UInt8] {
        if let previous, previous == next { return [] }
        var out: [UInt8] = []
        out.reserveCapacity(256)
        out += Self.syncBegin
        let full = previous.map { $0.width != next.width || $0.height != next.height } ?? true
        if full { out += Self.clearAll }
        var cursor: (row: Int, column: Int)? = nil
        var slot: ThemeSlot? = nil
        for row in 0..<next.height {
            var column = 0
            while column < next.width {
                guard full || changed(previous, next, row, column) else {
                    column += 1
                    continue
                }
                // A run: changed cells, and short gaps of unchanged ones between them.
                var end = column + 1
                var lastChanged = column
                while end < next.width, end - lastChanged <= Self.gapToBridge {
                    if full || changed(previous, next, row, end) { lastChanged = end }
                    end += 1
                }
                var start = column
                if start > 0, next[row, start].isContinuation { start -= 1 }  // never half a wide grapheme
                write(next, row: row, from: start, through: lastChanged, cursor: &cursor, slot: &slot, into: &out)
                column = lastChanged + 1
            }
        }
        out += Self.reset
        if let target = next.cursor, target.row >= 0, target.row < next.height, target.column >= 0, target.column < next.width {
            Self.moveBytes(row: target.row, column: target.column, into: &out)
            out += Self.showCursor
        } else if full || previous?.cursor != nil {
            out += Self.hideCursor
        }
        out += Self.syncEnd
        return out
    }

    private func changed(_ previous: CellGrid?, _ next: CellGrid, _ row: Int, _ column: Int) -> Bool {
        guard let previous else { return true }
        return previous[row, column] != next[row, column]
    }

    /// Writes cells `from...through` of a row, moving the cursor first when it is not
    /// already there.
    private func write(
        _ grid: CellGrid, row: Int, from start: Int, through last: Int,
        cursor: inout (row: Int, column: Int)?, slot: inout ThemeSlot?, into out: inout [UInt8]
    ) {
        var column = start
        while column <= last, column < grid.width {
            let cell = grid[row, column]
            if cell.isContinuation {
                column += 1
                continue
            }
            if cursor.map({ $0.row != row || $0.column != column }) ?? true {
                Self.moveBytes(row: row, column: column, into: &out)
            }
            if slot != cell.slot {
                out += sgr[Int(cell.slot.rawValue)]
                slot = cell.slot
            }
            let wide = column + 1 < grid.width && grid[row, column + 1].isContinuation
            appendText(cell, wide: wide, into: &out)
            column += wide ? 2 : 1
            // After a wide grapheme terminals whose width tables differ from ours disagree
            // on where the cursor is, and after the last column it waits to wrap: move
            // explicitly before the next cell in both cases.
            cursor = wide || column >= grid.width ? nil : (row, column)
        }
    }

    /// A cell's text as terminal bytes: printable ASCII as it is, other graphemes as UTF-8
    /// (or their ``Charset/standIn(for:)``), anything a terminal could act on as `?`.
    private func appendText(_ cell: Cell, wide: Bool, into out: inout [UInt8]) {
        if cell.printableASCII != 0 {
            out.append(cell.printableASCII)
            return
        }
        let text = cell.text
        if text.isEmpty || text.unicodeScalars.contains(where: Self.isUnsafe) {
            out += wide ? [0x3F, 0x3F] : [0x3F]
            return
        }
        if profile.unicode {
            out += Array(text.utf8)
        } else {
            out += wide ? Array("??".utf8) : [Charset.standIn(for: text).asciiValue ?? 0x3F]
        }
    }

    /// Control characters (C0, DEL, C1) and bidi controls: never sent from cell text.
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C: true
        default: false
        }
    }

    // MARK: - Sequences

    static let syncBegin: [UInt8] = Array("\u{1B}[?2026h".utf8)
    static let syncEnd: [UInt8] = Array("\u{1B}[?2026l".utf8)
    static let clearAll: [UInt8] = Array("\u{1B}[0m\u{1B}[H\u{1B}[2J".utf8)
    static let reset: [UInt8] = Array("\u{1B}[0m".utf8)
    static let showCursor: [UInt8] = Array("\u{1B}[?25h".utf8)
    static let hideCursor: [UInt8] = Array("\u{1B}[?25l".utf8)

    /// CUP (1-based) to a 0-based position; `ESC[H` for the corner.
    static func moveBytes(row: Int, column: Int, into out: inout [UInt8]) {
        out += [0x1B, 0x5B]
        if row != 0 || column != 0 {
            out += Array(String(row + 1).utf8)
            out.append(0x3B)
            out += Array(String(column + 1).utf8)
        }
        out.append(UInt8(ascii: "H"))
    }

    /// `ESC[0;…m` for a style: attributes, then 30–37 / 40–47 colours when colour is used.
    static func sgrBytes(_ style: CellStyle, colour: Bool) -> [UInt8] {
        var parts = ["0"]
        if style.bold { parts.append("1") }
        if style.dim { parts.append("2") }
        if style.underline { parts.append("4") }
        if style.reverse { parts.append("7") }
        if colour, let foreground = style.foreground { parts.append(String(30 + colourIndex(foreground))) }
        if colour, let background = style.background { parts.append(String(40 + colourIndex(background))) }
        return Array(("\u{1B}[" + parts.joined(separator: ";") + "m").utf8)
    }

    private static func colourIndex(_ colour: TerminalColor) -> Int {
        TerminalColor.allCases.firstIndex(of: colour) ?? 7
    }
}
