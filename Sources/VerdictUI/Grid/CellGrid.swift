import VerdictEngine

/// A rectangle of cells: what a screen looks like, produced by pure rendering.
///
/// `CursesTerminal` draws a grid by diffing it against the previous one; tests read it
/// back as text with ``text``.
public struct CellGrid: Sendable, Hashable {
    /// Columns.
    public let width: Int
    /// Rows.
    public let height: Int
    /// Row-major cells, `width × height` of them.
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should rest, if it should be visible.
    public var cursor: (row: Int, column: Int)? {
        get { cursorRow.map { ($0, cursorColumn) } }
        set {
            cursorRow = newValue?.row
            cursorColumn = newValue?.column ?? 0
        }
    }
    private var cursorRow: Int?
    private var cursorColumn = 0

    /// A blank grid.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// A grid of these cells (row-major; `cells.count` must be `width × height`).
    init(width: Int, height: Int, cells: [Cell]) {
        precondition(cells.count == max(0, width) * max(0, height), "a grid needs width × height cells")
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = cells
    }

    /// This grid with `rows` blank rows below it (the cursor stays where it is): room for a
    /// line of the caller's own under a screen drawn shorter.
    public func adding(rows: Int) -> CellGrid {
        var grid = CellGrid(width: width, height: height + max(0, rows), cells: cells + Array(repeating: .blank, count: width * max(0, rows)))
        grid.cursor = cursor
        return grid
    }

    /// The cell at a position (blank outside the grid).
    public subscript(row: Int, column: Int) -> Cell {
        get {
            guard row >= 0, row < height, column >= 0, column < width else { return .blank }
            return cells[row * width + column]
        }
        set {
            guard row >= 0, row < height, column >= 0, column < width else { return }
            cells[row * width + column] = newValue
        }
    }

    /// Writes text at a position, clipped at `limit` columns (default: the right edge).
    /// Wide graphemes that would straddle the limit are replaced by a space.
    /// Returns the column after the last cell written.
    @discardableResult
    public mutating func put(_ text: String, row: Int, column: Int, slot: ThemeSlot = .normal, limit: Int? = nil) -> Int {
        let end = min(width, limit.map { column + $0 } ?? width)
        guard row >= 0, row < height else { return column }
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            return putASCII(text, row: row, column: column, slot: slot, end: end)
        }
        if let end = putNarrow(text, row: row, column: column, slot: slot, end: end) { return end }
        return putCharacters(text, row: row, column: column, slot: slot, end: end)
    }

    /// ``put(_:row:column:slot:limit:)`` for text of scalars that
    /// ``DisplayWidth/isNarrowAlone(_:)`` accepts (prose with dashes, quotes, bullets, box
    /// drawing), one cell each: the cells ``putCharacters(_:row:column:slot:end:)`` writes,
    /// without walking grapheme clusters. Nil, writing nothing, for any other text.
    mutating func putNarrow(_ text: String, row: Int, column: Int, slot: ThemeSlot, end: Int) -> Int? {
        var text = text
        return text.withUTF8 { bytes -> Int? in
            guard DisplayWidth.isNarrow(bytes, allowingTabs: false) else { return nil }
            var col = column
            var index = 0
            while index < bytes.count {
                // A scalar runs from a byte that is not a UTF-8 continuation byte to the next.
                var next = index + 1
                while next < bytes.count, bytes[next] & 0xC0 == 0x80 { next += 1 }
                if col + 1 > end { return end }
                if col >= 0 {
                    let scalar = next == index + 1
                        ? Cell.asciiTexts[Int(bytes[index])]
                        : String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<next]), as: UTF8.self)
                    self[row, col] = Cell(text: scalar, slot: slot)
                }
                col += 1
                index = next
            }
            return col
        }
    }

    /// ``put(_:row:column:slot:limit:)`` for printable ASCII: a byte is a grapheme one
    /// column wide, so the cells are the ones ``putCharacters(_:row:column:slot:end:)``
    /// writes, without building characters and measuring each.
    mutating func putASCII(_ text: String, row: Int, column: Int, slot: ThemeSlot, end: Int) -> Int {
        var col = column
        let rowStart = row * width
        // One uniqueness check for the whole run, and one-character texts made once.
        cells.withUnsafeMutableBufferPointer { cells in
            for byte in text.utf8 {
                if col + 1 > end {
                    col = end
                    return
                }
                if col >= 0 { cells[rowStart + col] = Cell(text: Cell.asciiTexts[Int(byte)], slot: slot) }
                col += 1
            }
        }
        return col
    }

    /// ``put(_:row:column:slot:limit:)`` for any text, grapheme by grapheme.
    mutating func putCharacters(_ text: String, row: Int, column: Int, slot: ThemeSlot, end: Int) -> Int {
        var col = column
        for character in text {
            let columns = DisplayWidth.of(character)
            if columns == 0 { continue }
            if col + columns > end {
                if col < end { self[row, col] = Cell(text: " ", slot: slot) }
                col = end
                break
            }
            if col >= 0 {
                self[row, col] = Cell(text: String(character), slot: slot)
                if columns == 2 { self[row, col + 1] = Cell(text: "", slot: slot, isContinuation: true) }
            }
            col += columns
        }
        return col
    }

    /// Sets the style of a run of cells without changing their text.
    public mutating func paint(row: Int, from column: Int, to endColumn: Int, slot: ThemeSlot) {
        guard row >= 0, row < height else { return }
        for col in max(0, column)..<min(width, max(column, endColumn)) {
            cells[row * width + col].slot = slot
        }
    }

    /// One row as plain text (continuations skipped), trailing spaces trimmed.
    public func line(_ row: Int) -> String {
        guard row >= 0, row < height else { return "" }
        var out = ""
        for col in 0..<width {
            let cell = cells[row * width + col]
            if !cell.isContinuation { out += cell.text }
        }
        while out.hasSuffix(" ") { out.removeLast() }
        return out
    }

    /// The whole grid as text, one line per row.
    public var text: String { (0..<height).map(line).joined(separator: "\n") }

    public static func == (lhs: CellGrid, rhs: CellGrid) -> Bool {
        lhs.width == rhs.width && lhs.height == rhs.height && lhs.cells == rhs.cells
            && lhs.cursorRow == rhs.cursorRow && lhs.cursorColumn == rhs.cursorColumn
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(width)
        hasher.combine(height)
        hasher.combine(cells)
    }
}
