/// The meeting code: the SSH user name members join with, and the password of members
/// without a usable key. One per meeting, never written to the log.
public enum MeetingCode {
    /// Letters and digits that cannot be misread for one another (no 0/O, 1/l/I).
    static let alphabet = Array("abcdefghijkmnpqrstuvwxyz23456789".utf8)
    /// Generated codes: 10 characters of a 32-letter alphabet, 50 bits.
    public static let generatedLength = 10
    /// The shortest code `--code` accepts.
    public static let shortestGiven = 10

    /// A new random code (50 bits from the system's random source), drawn again in the rare
    /// case that it has too little variety for ``problem(with:)``.
    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        while true {
            let code = String(decoding: (0..<generatedLength).map { _ in alphabet[Int(generator.next(upperBound: UInt32(alphabet.count)))] },
                              as: UTF8.self)
            if problem(with: code) == nil { return code }
        }
    }

    /// Why a code given with `--code` cannot be used, or nil when it can: at least 10
    /// characters, letters, digits, `-` and `_` only (it travels as an SSH user name), at
    /// least 5 different ones, and at most half of its neighbours alike or one apart.
    public static func problem(with code: String) -> String? {
        if code.count < shortestGiven { return "--code needs at least \(shortestGiven) characters (a short code can be guessed)" }
        if code.count > 64 { return "--code is longer than 64 characters" }
        let allowed = code.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
        }
        guard allowed else { return "--code may hold only letters, digits, '-' and '_'" }
        // The code is all that guards a meeting on a LAN: one with repeats or runs is guessed first.
        let values = code.unicodeScalars.map { Int($0.value) }
        let runs = zip(values, values.dropFirst()).filter { abs($0 - $1) <= 1 }.count
        guard Set(values).count >= 5, runs * 2 <= values.count - 1 else {
            return "--code has too little variety (repeats or runs such as aaaa, 1234 or abab are guessed first)"
        }
        return nil
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
