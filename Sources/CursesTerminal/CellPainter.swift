import CNCursesW
import VerdictUI

/// Puts a grid's cells into a curses window (``CursesScreen/draw(_:)``), skipping the ones
/// equal to the frame before.
struct CellPainter {
    let window: UnsafeMutablePointer<WINDOW>
    let width: Int
    let height: Int
    /// Attribute and colour-pair bits per theme slot, indexed by the slot's raw value.
    let styles: [chtype]
    /// Attributes and colour pair per theme slot, for wide characters.
    let looks: [(attr: attr_t, pair: Int16)]

    /// Puts `cells` (row-major, `width × height`) into the window; with `old`, the cells of
    /// the previous frame of the same size, only the ones that changed.
    func paint(_ cells: UnsafeBufferPointer<Cell>, over old: UnsafeBufferPointer<Cell>?) {
        var run: [chtype] = []
        run.reserveCapacity(width)
        // One buffer for every cell's characters (a cell holds at most CCHARW_MAX - 1 of
        // them plus the terminating zero), not two arrays per cell.
        let capacity = Int(verdict_NCURSES_CCHARW_MAX())
        var characters = [wchar_t](repeating: 0, count: capacity)
        var cell = cchar_t()
        for row in 0..<height {
            let rowStart = row * width
            var column = 0
            while column < width {
                let index = rowStart + column
                if cells[index].isContinuation || old.map({ $0[index] == cells[index] }) == true {
                    column += 1
                    continue
                }
                // A run of printable ASCII goes in with one call, as ready-made character
                // and attribute cells, read from each cell's byte and slot (not its string):
                // no wide-character conversion or width lookup per cell.
                let first = cells[index].printableASCII
                if first != 0 {
                    let start = column
                    run.removeAll(keepingCapacity: true)
                    run.append(chtype(first) | styles[Int(cells[index].slot.rawValue)])
                    column += 1
                    while column < width {
                        let next = rowStart + column
                        let byte = cells[next].printableASCII
                        guard byte != 0, old.map({ $0[next] != cells[next] }) ?? true else { break }
                        run.append(chtype(byte) | styles[Int(cells[next].slot.rawValue)])
                        column += 1
                    }
                    mvwaddchnstr(window, Int32(row), Int32(start), run, Int32(run.count))
                    continue
                }
                let look = looks[Int(cells[index].slot.rawValue)]
                var count = 0
                for scalar in cells[index].text.unicodeScalars where count < capacity - 1 {
                    characters[count] = wchar_t(bitPattern: scalar.value)
                    count += 1
                }
                if count == 0 {
                    characters[0] = 32
                    count = 1
                }
                characters[count] = 0
                setcchar(&cell, characters, look.attr, look.pair, nil)
                mvwadd_wch(window, Int32(row), Int32(column), &cell)
                column += 1
            }
        }
    }
}
