/// The meeting code: the SSH user name members join with, and the password of members
/// without a usable key. One per meeting, never written to the log.
public enum MeetingCode {
    /// Letters and digits that cannot be misread for one another (no 0/O, 1/l/I).
    static let alphabet = Array("abcdefghijkmnpqrstuvwxyz23456789".utf8)
    /// Generated codes: 10 characters of a 32-letter alphabet, 50 bits.
    public static let generatedLength = 10
    /// The shortest code `--code` accepts.
    public static let shortestGiven = 10

    /// A new random code (50 bits from the system's random source).
    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        return String(decoding: (0..<generatedLength).map { _ in alphabet[Int(generator.next(upperBound: UInt32(alphabet.count)))] },
                      as: UTF8.self)
    }

    /// Why a code given with `--code` cannot be used, or nil when it can: at least 10
    /// characters, letters, digits, `-` and `_` only (it travels as an SSH user name).
    public static func problem(with code: String) -> String? {
        if code.count < shortestGiven { return "--code needs at least \(shortestGiven) characters (a short code can be guessed)" }
        if code.count > 64 { return "--code is longer than 64 characters" }
        let allowed = code.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
        }
        return allowed ? nil : "--code may hold only letters, digits, '-' and '_'"
    }

    /// Equality that takes the same time wherever the strings differ (no timing hint).
    public static func matches(_ candidate: String, _ code: String) -> Bool {
        let left = Array(candidate.utf8), right = Array(code.utf8)
        var difference = UInt8(left.count == right.count ? 0 : 1)
        for index in 0..<right.count {
            difference |= right[index] ^ (index < left.count ? left[index] : 0)
        }
        return difference == 0
    }
}
