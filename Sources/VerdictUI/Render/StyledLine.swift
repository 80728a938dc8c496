/// One line of a screen body: runs of text, each in a slot, and an optional slot that
/// paints the whole row (the selected row).
struct StyledLine: Sendable, Hashable {
    /// A run of text in one slot.
    struct Run: Sendable, Hashable {
        var text: String
        var slot: ThemeSlot
    }

    var runs: [Run]
    /// Paints the full row in this slot (after the text is written).
    var rowSlot: ThemeSlot?

    init(_ runs: [Run] = [], rowSlot: ThemeSlot? = nil) {
        self.runs = runs
        self.rowSlot = rowSlot
    }

    init(_ text: String, _ slot: ThemeSlot = .normal, rowSlot: ThemeSlot? = nil) {
        self.init([Run(text: text, slot: slot)], rowSlot: rowSlot)
    }

    static let blank = StyledLine()

    /// Appends a run.
    mutating func add(_ text: String, _ slot: ThemeSlot = .normal) { runs.append(Run(text: text, slot: slot)) }
}

/// The lines of a screen body, and which of them must stay visible when it scrolls.
struct BodyDocument: Sendable {
    var lines: [StyledLine] = []
    /// Lines to keep in view (the selection), if any.
    var focus: Range<Int>?
    /// A larger range around the focus to keep in view when it fits (prompt and answers).
    var context: Range<Int>?
    /// An explicit first line (results scrolling) when `focus` is nil, else lines scrolled
    /// beyond what keeps the focus in view (the help below the last answer).
    var scroll = 0

    /// Appends a line.
    mutating func add(_ line: StyledLine) { lines.append(line) }

    /// Appends `text` wrapped to `width`, every line prefixed by `indent` spaces, in a slot.
    mutating func addWrapped(_ text: String, width: Int, indent: Int = 0, slot: ThemeSlot = .normal) {
        let pad = String(repeating: " ", count: indent)
        for line in WordWrapper.wrap(text, width: max(1, width - indent)) {
            lines.append(StyledLine(pad + line, slot))
        }
    }
}
