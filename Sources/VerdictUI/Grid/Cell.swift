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

    /// A cell whose printable-ASCII byte the caller already knows (`printableASCII` must be
    /// what ``init(text:slot:isContinuation:)`` would find for `text`).
    init(text: String, printableASCII: UInt8, slot: ThemeSlot, isContinuation: Bool) {
        self.text = text
        self.printableASCII = printableASCII
        self.slot = slot
        self.isContinuation = isContinuation
    }

    /// The one-character string of every ASCII byte.
    static let asciiTexts: [String] = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }

    /// Equal text, style and half. Cheap fields first: two cells with the same printable
    /// ASCII byte have the same text, so only other cells compare their strings.
    @inlinable
    public static func == (lhs: Cell, rhs: Cell) -> Bool {
        lhs.printableASCII == rhs.printableASCII && lhs.slot == rhs.slot && lhs.isContinuation == rhs.isContinuation
            && (lhs.printableASCII != 0 || lhs.text == rhs.text)
    }

    /// Hashes what equality compares (the byte follows from the text).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(slot)
        hasher.combine(isContinuation)
    }
}
