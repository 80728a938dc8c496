/// Terminal display width of text, independent of the C locale's `wcwidth`: the one
/// measure of the engine's text reports and the UI's grid.
///
/// Rules (a pragmatic subset of Unicode East Asian Width and emoji presentation), per
/// grapheme cluster, so an emoji sequence (👨‍👩‍👧, 👍🏽) or a flag (🇯🇵) is measured whole:
/// combining marks, zero-width joiners and variation selectors take 0 columns;
/// East Asian wide/fullwidth ranges, emoji and regional indicators take 2; everything
/// else 1. A cluster takes the widest of its scalars.
public enum DisplayWidth {
    /// Columns one grapheme cluster occupies (0, 1 or 2).
    public static func of(_ character: Character) -> Int {
        // Most text is ASCII: printable is 1 column, control characters 0 (the same answers
        // as below, without the Unicode property lookups).
        if let ascii = character.asciiValue { return ascii >= 0x20 && ascii < 0x7F ? 1 : 0 }
        var width = 0
        for scalar in character.unicodeScalars {
            let scalarWidth = of(scalar)
            if scalarWidth > width { width = scalarWidth }
        }
        if width == 1, character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        return width
    }

    /// Columns a string occupies.
    public static func of(_ text: String) -> Int {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        return text.reduce(0) { $0 + of($1) }
    }

    /// Columns one scalar occupies on its own.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if isNarrowAlone(scalar) { return 1 }
        if value == 0 { return 0 }
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if (0xFE00...0xFE0F).contains(value) || value == 0x200B || value == 0x200D { return 0 }
        if isWide(value) { return 2 }
        return 1
    }

    /// Printable ASCII, or one of the common non-ASCII scalars of prose and frames (Latin-1
    /// letters and signs, dashes, quotes, bullets, arrows, box drawing): one column wide
    /// and a grapheme on its own, whatever follows it. Answered without Unicode property
    /// lookups, which cost most on first use, before the first frame.
    public static func isNarrowAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20..<0x7F, 0xA0...0xAC, 0xAE...0xFF, 0x2010...0x2027, 0x2030...0x205E,
             0x2190...0x21FF, 0x2500...0x257F:
            true
        default:
            false
        }
    }

    /// Whether valid UTF-8 `bytes` hold only scalars that ``isNarrowAlone(_:)`` accepts
    /// (and tabs, with `allowingTabs`), decoded in place: none of them is beyond U+FFFF,
    /// so a four-byte sequence means no.
    public static func isNarrow(_ bytes: UnsafeBufferPointer<UInt8>, allowingTabs: Bool) -> Bool {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let value: UInt32
            switch lead {
            case 0x00..<0x80:
                value = UInt32(lead)
                index += 1
            case 0xC0..<0xE0 where index + 1 < bytes.count:
                value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                index += 2
            case 0xE0..<0xF0 where index + 2 < bytes.count:
                value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                index += 3
            default:
                return false
            }
            guard (allowingTabs && value == 0x09) || Unicode.Scalar(value).map(isNarrowAlone) == true else { return false }
        }
        return true
    }

    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
             0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1,
             0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA,
             0x26F2...0x26F3, 0x26F5, 0x26FA, 0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C,
             0x274E, 0x2753...0x2755, 0x2757, 0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C,
             0x2B50, 0x2B55, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
             0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18AFF,
             0x1B000...0x1B2FF, 0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A, 0x1F1E6...0x1F1FF, 0x1F200...0x1F251,
             0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB, 0x1F90C...0x1F9FF,
             0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
