/// Turns what curses' `wget_wch` returned into a ``Key``, without importing curses.
///
/// `wget_wch` yields either a key code (`KEY_CODE_YES`, e.g. `KEY_UP`) or a wide
/// character. The mapping is pure and total: every input gives a `Key`, unknown codes
/// become ``Key/unknown(_:)``, so it can be fuzzed.
public enum KeyDecoder {
    // MARK: - ncurses 6 key codes (fixed values from <curses.h>)

    /// `KEY_DOWN`.
    public static let keyDown: UInt32 = 0o402
    /// `KEY_UP`.
    public static let keyUp: UInt32 = 0o403
    /// `KEY_LEFT`.
    public static let keyLeft: UInt32 = 0o404
    /// `KEY_RIGHT`.
    public static let keyRight: UInt32 = 0o405
    /// `KEY_HOME`.
    public static let keyHome: UInt32 = 0o406
    /// `KEY_BACKSPACE`.
    public static let keyBackspace: UInt32 = 0o407
    /// `KEY_F0`; `KEY_F(n)` is `keyF0 + n`.
    public static let keyF0: UInt32 = 0o410
    /// `KEY_DC` (delete character).
    public static let keyDelete: UInt32 = 0o512
    /// `KEY_NPAGE` (page down).
    public static let keyNextPage: UInt32 = 0o522
    /// `KEY_PPAGE` (page up).
    public static let keyPreviousPage: UInt32 = 0o523
    /// `KEY_ENTER` (keypad enter).
    public static let keyEnter: UInt32 = 0o527
    /// `KEY_BTAB` (shift-tab).
    public static let keyBackTab: UInt32 = 0o541
    /// `KEY_END`.
    public static let keyEnd: UInt32 = 0o550
    /// `KEY_RESIZE`: not a key; the terminal reports it as ``SessionEvent/resize(width:height:)``.
    public static let keyResize: UInt32 = 0o632

    /// The highest function key number Verdict names (F1…F12).
    public static let highestFunctionKey = 12

    // MARK: - Decoding

    /// The key for one `wget_wch` result.
    /// - Parameters:
    ///   - code: the value stored by `wget_wch`.
    ///   - isKeyCode: true when `wget_wch` returned `KEY_CODE_YES`.
    public static func decode(_ code: UInt32, isKeyCode: Bool) -> Key {
        isKeyCode ? decodeKeyCode(code) : decodeCharacter(code)
    }

    private static func decodeKeyCode(_ code: UInt32) -> Key {
        switch code {
        case keyUp: return .up
        case keyDown: return .down
        case keyLeft: return .left
        case keyRight: return .right
        case keyHome: return .home
        case keyEnd: return .end
        case keyNextPage: return .pageDown
        case keyPreviousPage: return .pageUp
        case keyBackspace: return .backspace
        case keyDelete: return .delete
        case keyEnter: return .enter
        case keyBackTab: return .backTab
        case keyF0 + 1...keyF0 + UInt32(highestFunctionKey): return .function(Int(code - keyF0))
        default: return .unknown(Int(code))
        }
    }

    private static func decodeCharacter(_ code: UInt32) -> Key {
        switch code {
        case 10, 13: return .enter
        case 27: return .escape
        case 127, 8: return .backspace
        case 9: return .tab
        case 1...26:
            // Ctrl-A … Ctrl-Z (8, 9, 10, 13 are taken above).
            return .control(Character(Unicode.Scalar(UInt8(0x60 + code))))
        case 0, 28...31, 0x80...0x9F:
            return .unknown(Int(code))
        default:
            guard let scalar = Unicode.Scalar(code) else { return .unknown(Int(code)) }
            return .character(Character(scalar))
        }
    }

}
