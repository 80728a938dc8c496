/// Lower-case hexadecimal text of bytes, through a table: `String(format: "%02x")` is
/// outside FoundationEssentials (it links the whole of Foundation, DESIGN §2b), and
/// per-byte strings are slow.
public enum HexText {
    /// Two lower-case hex digits per byte.
    public static func lowercase(_ bytes: some Sequence<UInt8>) -> String {
        var hex: [UInt8] = []
        hex.reserveCapacity(bytes.underestimatedCount * 2)
        for byte in bytes {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    private static let digits: [UInt8] = Array("0123456789abcdef".utf8)
}
