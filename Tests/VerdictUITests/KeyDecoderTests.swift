import Testing
import VerdictUI

/// `KeyDecoder`: curses key codes and wide characters to `Key`.
@Suite struct KeyDecoderTests {
    @Test(arguments: [
        (KeyDecoder.keyUp, Key.up), (KeyDecoder.keyDown, .down), (KeyDecoder.keyLeft, .left),
        (KeyDecoder.keyRight, .right), (KeyDecoder.keyHome, .home), (KeyDecoder.keyEnd, .end),
        (KeyDecoder.keyNextPage, .pageDown), (KeyDecoder.keyPreviousPage, .pageUp),
        (KeyDecoder.keyBackspace, .backspace), (KeyDecoder.keyDelete, .delete),
        (KeyDecoder.keyEnter, .enter), (KeyDecoder.keyBackTab, .backTab),
    ])
    func keyCodes(code: UInt32, key: Key) {
        #expect(KeyDecoder.decode(code, isKeyCode: true) == key)
    }

    @Test func curses6Values() {
        // The constants must match <curses.h> of ncurses 6 (octal there).
        #expect(KeyDecoder.keyDown == 258)
        #expect(KeyDecoder.keyF0 == 264)
        #expect(KeyDecoder.keyResize == 410)
        #expect(KeyDecoder.keyBackTab == 353)
    }

    @Test func functionKeys() {
        #expect(KeyDecoder.decode(KeyDecoder.keyF0 + 1, isKeyCode: true) == .function(1))
        #expect(KeyDecoder.decode(KeyDecoder.keyF0 + 12, isKeyCode: true) == .function(12))
        #expect(KeyDecoder.decode(KeyDecoder.keyF0 + 13, isKeyCode: true) == .unknown(Int(KeyDecoder.keyF0) + 13))
        #expect(KeyDecoder.decode(KeyDecoder.keyF0, isKeyCode: true) == .unknown(Int(KeyDecoder.keyF0)))
    }

    @Test func unknownKeyCodeKeepsItsNumber() {
        #expect(KeyDecoder.decode(KeyDecoder.keyResize, isKeyCode: true) == .unknown(410))
        #expect(KeyDecoder.decode(0xFFFF_FFFF, isKeyCode: true) == .unknown(0xFFFF_FFFF))
    }

    @Test(arguments: [
        (UInt32(10), Key.enter), (13, .enter), (27, .escape), (127, .backspace), (8, .backspace), (9, .tab),
        (1, .control("a")), (3, .control("c")), (26, .control("z")), (17, .control("q")),
    ])
    func controlCharacters(code: UInt32, key: Key) {
        #expect(KeyDecoder.decode(code, isKeyCode: false) == key)
    }

    @Test func printableCharacters() {
        #expect(KeyDecoder.decode(32, isKeyCode: false) == .character(" "))
        #expect(KeyDecoder.decode(UInt32(("y" as Unicode.Scalar).value), isKeyCode: false) == .character("y"))
        #expect(KeyDecoder.decode(0x4E2D, isKeyCode: false) == .character("中"))
        #expect(KeyDecoder.decode(0x1F600, isKeyCode: false) == .character("😀"))
    }

    @Test func invalidOrControlScalarsAreUnknown() {
        #expect(KeyDecoder.decode(0, isKeyCode: false) == .unknown(0))
        #expect(KeyDecoder.decode(0x1C, isKeyCode: false) == .unknown(0x1C))
        #expect(KeyDecoder.decode(0x9B, isKeyCode: false) == .unknown(0x9B))
        #expect(KeyDecoder.decode(0xD800, isKeyCode: false) == .unknown(0xD800))
        #expect(KeyDecoder.decode(0x11_0000, isKeyCode: false) == .unknown(0x11_0000))
    }

    @Test func totalOverASweep() {
        // Every value decodes without trapping, and printable results are single characters.
        for code in stride(from: UInt32(0), to: 0x12_0000, by: 97) {
            for flag in [true, false] {
                if case let .character(character) = KeyDecoder.decode(code, isKeyCode: flag) {
                    #expect(!flag && character.unicodeScalars.count == 1)
                }
            }
        }
    }
}
