/// One terminal cell: the grapheme drawn there and its semantic style.
///
/// A wide grapheme (CJK, most emoji) occupies its cell and the next; the next cell is
/// a continuation (`isContinuation == true`, empty text) that terminals must not draw.
public struct Cell: Sendable, Hashable {
    /// The grapheme cluster drawn in this cell (" " for blank, "" for a continuation).
    public var text: String
    /// The semantic style.
    public var slot: ThemeSlot
    /// True for the right half of a wide grapheme.
    public var isContinuation: Bool

    /// A blank cell in the normal style.
    public static let blank = Cell(text: " ", slot: .normal)

    /// Creates a cell.
    public init(text: String, slot: ThemeSlot, isContinuation: Bool = false) {
        self.text = text
        self.slot = slot
        self.isContinuation = isContinuation
    }
}
