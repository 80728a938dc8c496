/// Finds the characters that would act on a terminal in bytes a command printed.
enum HostileTerminalText {
    /// Code points that must never reach a terminal from worksheet text: ESC and the other
    /// C0 controls except tab and newline, DEL, the C1 controls, bidi embeddings, overrides,
    /// and isolates.
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// The unsafe code points in `bytes` read as UTF-8, plus any raw ESC byte, as `U+XXXX`.
    static func unsafeCharacters(in bytes: [UInt8]) -> [String] {
        var found = String(decoding: bytes, as: UTF8.self).unicodeScalars
            .filter(isUnsafe).map { "U+" + String($0.value, radix: 16, uppercase: true) }
        if bytes.contains(0x1B), !found.contains("U+1B") { found.append("U+1B") }
        return found
    }
}
