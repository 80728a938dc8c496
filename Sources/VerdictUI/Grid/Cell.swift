/// One terminal cell: the grapheme drawn there and its semantic style.
///
/// A wide grapheme (CJK, most emoji) occupies its cell and the next; the next cell is
/// a continuation (`isContinuation == true`, empty text) that terminals must not draw.
public struct Cell: Sendable, Hashable {
    /// The grapheme cluster drawn in this cell (" " for blank, "" for a continuation).
    public let text: String
    /// The byte of `text` when it is one printable ASCII character (space to tilde), else
    /// 0: a terminal can draw runs of such cells from it without reading their strings.
    public let printableASCII: UInt8
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
        let utf8 = text.utf8
        if utf8.count == 1, let byte = utf8.first, byte >= 0x20, byte < 0x7F {
            printableASCII = byte
        } else {
            printableASCII = 0
        }
    }
}
