import VerdictEngine

/// A ``CellGrid`` as compact bytes and back: how `verdict run` keeps the welcome frame it
/// drew last, so the next launch can put it on screen before it has built the session
/// (the frame that session renders then replaces it if anything differs).
///
/// Layout, little-endian: width and height (2 bytes each); the cursor's row plus one (0:
/// hidden) and column (2 bytes each); the frame's texts that are not one printable ASCII
/// character ("─", "•", a CJK character, the empty text of a wide character's right
/// half), as a count byte and then a length byte and UTF-8 for each; then two bytes per
/// cell, in row order. A cell's first byte holds its slot's raw value in bits 0–3, bit 4
/// for the right half of a wide grapheme and bit 5 when the second byte is an index into
/// the texts rather than the character itself. Fixed-size cells make decoding one tight
/// loop (it runs before the first frame).
///
/// Decoding trusts nothing: a size, slot, character, index or length that does not fit, a
/// text with a character a terminal could act on (``TextSanitizer``), or any byte left
/// over, makes it return nil.
public enum FrameCodec {
    /// The largest width or height accepted (terminals are far smaller).
    public static let maximumSide = 2000

    private static let continuationBit: UInt8 = 0x10
    private static let tableBit: UInt8 = 0x20
    private static let slotMask: UInt8 = 0x0F

    // MARK: - Encoding

    /// The bytes of a grid; nil for one this layout cannot hold (a side over
    /// ``maximumSide``, more than 255 distinct non-ASCII texts, a text over 255 bytes).
    public static func encode(_ grid: CellGrid) -> [UInt8]? {
        guard grid.width <= maximumSide, grid.height <= maximumSide else { return nil }
        var texts: [String] = []
        var records: [UInt8] = []
        records.reserveCapacity(grid.cells.count * 2)
        for cell in grid.cells {
            let tag = cell.slot.rawValue | (cell.isContinuation ? continuationBit : 0)
            if cell.printableASCII != 0 {
                records.append(tag)
                records.append(cell.printableASCII)
                continue
            }
            let index = texts.firstIndex(of: cell.text) ?? texts.count
            if index == texts.count {
                guard texts.count < 255, cell.text.utf8.count <= 255 else { return nil }
                texts.append(cell.text)
            }
            records.append(tag | tableBit)
            records.append(UInt8(index))
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(9 + texts.count * 4 + records.count)
        let cursor = grid.cursor
        for value in [grid.width, grid.height, cursor.map { $0.row + 1 } ?? 0, cursor?.column ?? 0] {
            let clamped = UInt16(clamping: value)
            bytes.append(UInt8(truncatingIfNeeded: clamped))
            bytes.append(UInt8(truncatingIfNeeded: clamped >> 8))
        }
        bytes.append(UInt8(texts.count))
        for text in texts {
            bytes.append(UInt8(text.utf8.count))
            bytes.append(contentsOf: text.utf8)
        }
        return bytes + records
    }

    // MARK: - Decoding

    /// The grid these bytes hold, or nil when they are not exactly one encoded grid.
    public static func decode(_ bytes: ArraySlice<UInt8>) -> CellGrid? {
        bytes.withUnsafeBufferPointer { buffer in
            guard buffer.count >= 9 else { return nil }
            let width = number(buffer, 0), height = number(buffer, 2)
            let cursorRow = number(buffer, 4), cursorColumn = number(buffer, 6)
            guard width > 0, height > 0, width <= maximumSide, height <= maximumSide,
                  cursorRow <= height, cursorColumn < width,
                  let (texts, recordsStart) = table(buffer, from: 8),
                  buffer.count - recordsStart == width * height * 2
            else { return nil }
            guard let cells = cells(buffer, from: recordsStart, count: width * height, texts: texts) else { return nil }
            var grid = CellGrid(width: width, height: height, cells: cells)
            if cursorRow > 0 { grid.cursor = (cursorRow - 1, cursorColumn) }
            return grid
        }
    }

    private static func number(_ buffer: UnsafeBufferPointer<UInt8>, _ at: Int) -> Int {
        Int(buffer[at]) | Int(buffer[at + 1]) << 8
    }

    /// The texts table starting at `start` and the index just after it; nil when it runs
    /// past the end or holds bytes that are not UTF-8.
    private static func table(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> ([String], Int)? {
        let count = Int(buffer[start])
        var index = start + 1
        var texts: [String] = []
        texts.reserveCapacity(count)
        for _ in 0..<count {
            guard index < buffer.count else { return nil }
            let length = Int(buffer[index])
            guard index + 1 + length <= buffer.count else { return nil }
            let utf8 = UnsafeBufferPointer(rebasing: buffer[(index + 1)..<(index + 1 + length)])
            let text = String(decoding: utf8, as: UTF8.self)
            // Decoding repairs bad sequences with U+FFFD, so a repaired text reads back
            // different bytes. A text a terminal could act on (an escape, a bidi override)
            // never comes from the renderer, so it cannot be a frame it drew.
            guard text.utf8.elementsEqual(utf8), TextSanitizer.firstUnsafe(in: text, allowingNewline: false) == nil
            else { return nil }
            texts.append(text)
            index += 1 + length
        }
        return (texts, index)
    }

    /// The cells of the two-byte records from `start`; nil at the first record that does
    /// not fit.
    private static func cells(
        _ buffer: UnsafeBufferPointer<UInt8>, from start: Int, count: Int, texts: [String]
    ) -> [Cell]? {
        let ascii = Cell.asciiTexts
        var valid = true
        let cells = [Cell](unsafeUninitializedCapacity: count) { cells, initialized in
            var at = start
            for index in 0..<count {
                let tag = buffer[at], value = buffer[at + 1]
                at += 2
                guard tag & ~(slotMask | continuationBit | tableBit) == 0,
                      let slot = ThemeSlot(rawValue: tag & slotMask)
                else {
                    valid = false
                    return
                }
                let isContinuation = tag & continuationBit != 0
                let cell: Cell
                if tag & tableBit == 0 {
                    guard value >= 0x20, value < 0x7F else {
                        valid = false
                        return
                    }
                    cell = Cell(text: ascii[Int(value)], printableASCII: value, slot: slot, isContinuation: isContinuation)
                } else {
                    guard Int(value) < texts.count else {
                        valid = false
                        return
                    }
                    cell = Cell(text: texts[Int(value)], slot: slot, isContinuation: isContinuation)
                }
                cells.initializeElement(at: index, to: cell)
                initialized = index + 1
            }
        }
        return valid ? cells : nil
    }
}
