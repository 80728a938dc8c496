/// Turns the raw bytes a remote terminal sends (an SSH channel has no line discipline and
/// no curses) into ``Key`` values: UTF-8 text, C0 controls, CSI and SS3 sequences.
///
/// Sequences may be split across reads: an incomplete one waits in the decoder for the
/// next ``feed(_:)``. A lone Esc cannot be told from the start of a sequence until time
/// passes, so the owner calls ``flush()`` when no byte followed for a moment (about 50 ms)
/// and a pending Esc becomes ``Key/escape``. Hand-written because no listed package
/// decodes terminal input; unknown sequences are dropped, never passed on as text.
public struct RawKeyDecoder: Sendable {
    /// Bytes of an incomplete sequence.
    private var pending: [UInt8] = []
    /// True right after a CR, so the LF of a CR LF pair is not a second Enter.
    private var afterCarriageReturn = false
    /// True while dropping the rest of an overlong sequence (up to its final byte).
    private var skippingSequence = false

    /// The longest escape sequence kept; a longer one is dropped as garbage.
    static let longestSequence = 32

    /// Creates an empty decoder.
    public init() {}

    /// True while an incomplete sequence (a lone Esc included) waits for more bytes.
    public var hasPending: Bool { !pending.isEmpty }

    /// The keys in these bytes (with any incomplete sequence left from before).
    public mutating func feed(_ bytes: some Sequence<UInt8>) -> [Key] {
        var keys: [Key] = []
        for byte in bytes {
            pending.append(byte)
            decodePending(into: &keys, final: false)
        }
        return keys
    }

    /// The keys an incomplete sequence stands for once no more bytes are coming: a lone
    /// Esc is Escape; anything else incomplete is dropped.
    public mutating func flush() -> [Key] {
        var keys: [Key] = []
        decodePending(into: &keys, final: true)
        pending.removeAll()
        skippingSequence = false
        return keys
    }

    // MARK: - Decoding

    private mutating func decodePending(into keys: inout [Key], final: Bool) {
        guard let first = pending.first else { return }
        if skippingSequence {
            skippingSequence = !(0x40...0x7E).contains(first)
            pending.removeAll()
            return
        }
        if first == 0x1B {
            decodeEscape(into: &keys, final: final)
            return
        }
        if first >= 0x80 {
            decodeUTF8(into: &keys, final: final)
            return
        }
        pending.removeAll()
        let wasCR = afterCarriageReturn
        afterCarriageReturn = first == 0x0D
        if let key = Self.singleByteKey(first, afterCarriageReturn: wasCR) { keys.append(key) }
    }

    /// The key of one ASCII byte (nil for the LF of a CR LF, and for NUL and other controls
    /// that name no key).
    static func singleByteKey(_ byte: UInt8, afterCarriageReturn: Bool) -> Key? {
        switch byte {
        case 0x0D: return .enter
        case 0x0A: return afterCarriageReturn ? nil : .enter
        case 0x7F, 0x08: return .backspace
        case 0x09: return .tab
        case 0x01...0x1A: return .control(Character(Unicode.Scalar(0x60 + byte)))
        case 0x20...0x7E: return .character(Character(Unicode.Scalar(byte)))
        default: return nil
        }
    }

    private mutating func decodeUTF8(into keys: inout [Key], final: Bool) {
        afterCarriageReturn = false
        let first = pending[0]
        let length = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 0
        // A stray continuation byte, or a bad one inside the sequence: drop the lead byte.
        if length == 0 || pending.dropFirst().contains(where: { $0 & 0xC0 != 0x80 }) {
            let rest = Array(pending.dropFirst())
            pending.removeAll()
            for byte in rest {
                pending.append(byte)
                decodePending(into: &keys, final: final)
            }
            return
        }
        guard pending.count == length else { return }
        let text = String(decoding: pending, as: UTF8.self)
        pending.removeAll()
        guard let scalar = text.unicodeScalars.first, scalar.value >= 0xA0, scalar != "\u{FFFD}" else { return }
        keys.append(.character(Character(scalar)))
    }

    private mutating func decodeEscape(into keys: inout [Key], final: Bool) {
        afterCarriageReturn = false
        if pending.count == 1 {
            if final { keys.append(.escape) }
            return
        }
        let second = pending[1]
        switch second {
        case UInt8(ascii: "["):
            decodeCSI(into: &keys)
        case UInt8(ascii: "O"):
            guard pending.count >= 3 else { return }
            let key = Self.ss3Key(pending[2])
            pending.removeAll()
            if let key { keys.append(key) }
        case 0x1B:
            // Esc Esc: the first was a lone Escape.
            keys.append(.escape)
            pending.removeFirst()
        default:
            // Esc then a plain key (Alt+key): Escape, then the key on its own.
            keys.append(.escape)
            pending.removeFirst()
            decodePending(into: &keys, final: final)
        }
    }

    private mutating func decodeCSI(into keys: inout [Key]) {
        guard let last = pending.last, pending.count > 2 else { return }
        if last >= 0x40, last <= 0x7E {
            let parameters = pending[2..<(pending.count - 1)]
            let key = Self.csiKey(final: last, parameters: Array(parameters))
            pending.removeAll()
            if let key { keys.append(key) }
            return
        }
        // Parameter and intermediate bytes continue the sequence; anything else, or a
        // sequence too long, ends it as garbage.
        if !(0x20...0x3F).contains(last) {
            pending.removeAll()
        } else if pending.count > Self.longestSequence {
            pending.removeAll()
            skippingSequence = true
        }
    }

    /// The key of `ESC O x` (SS3: F1–F4, arrows, Home/End in application mode).
    static func ss3Key(_ byte: UInt8) -> Key? {
        switch byte {
        case UInt8(ascii: "P"): .function(1)
        case UInt8(ascii: "Q"): .function(2)
        case UInt8(ascii: "R"): .function(3)
        case UInt8(ascii: "S"): .function(4)
        case UInt8(ascii: "M"): .enter
        default: letterKey(byte)
        }
    }

    /// The key of `ESC [ params final`; modifiers (`1;5A`) are ignored.
    static func csiKey(final: UInt8, parameters: [UInt8]) -> Key? {
        if final == UInt8(ascii: "~") {
            let first = parameters.split(separator: UInt8(ascii: ";")).first.map { Array($0) } ?? []
            guard first.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), !first.isEmpty, first.count <= 3,
                  let number = Int(String(decoding: first, as: UTF8.self)) else { return nil }
            switch number {
            case 1, 7: return .home
            case 4, 8: return .end
            case 2: return nil  // Insert: no meaning here
            case 3: return .delete
            case 5: return .pageUp
            case 6: return .pageDown
            case 11...15: return .function(number - 10)
            case 17...21: return .function(number - 11)
            case 23, 24: return .function(number - 12)
            default: return nil  // 200/201 bracketed paste marks and the rest
            }
        }
        if final == UInt8(ascii: "Z") { return .backTab }
        if final == UInt8(ascii: "P") || final == UInt8(ascii: "Q") || final == UInt8(ascii: "R") || final == UInt8(ascii: "S") {
            return ss3Key(final)  // CSI 1;2P and friends: F1–F4 with modifiers
        }
        return letterKey(final)
    }

    private static func letterKey(_ byte: UInt8) -> Key? {
        switch byte {
        case UInt8(ascii: "A"): .up
        case UInt8(ascii: "B"): .down
        case UInt8(ascii: "C"): .right
        case UInt8(ascii: "D"): .left
        case UInt8(ascii: "H"): .home
        case UInt8(ascii: "F"): .end
        default: nil
        }
    }
}
