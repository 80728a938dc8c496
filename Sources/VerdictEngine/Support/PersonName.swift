/// The rules for a person's name (a respondent, a team or meeting member, `--name`,
/// `VERDICT_NAME`): what is refused, and when two names are the same person.
///
/// Neither the standard library nor FoundationEssentials offers NFKC (the stdlib compares
/// strings by canonical equivalence only, and exposes `changesWhenNFKCCaseFolded` as a
/// property without the mapping), so ``key(_:)`` folds the compatibility forms that look
/// like plain letters in a name (full-width ASCII, the ideographic and other spaces) by
/// arithmetic, and relies on `String` equality for canonical equivalence (`Ána` NFC and NFD).
public enum PersonName {
    /// The longest name, in characters: a name is shown in headers, file names and tables.
    public static let maxLength = 64

    /// Why `name` cannot be a name (one clause, e.g. "contains an invisible character
    /// U+200B at character 4"), or nil when it can: one line of at most ``maxLength``
    /// characters, no control, escape or bidi character, no invisible (default-ignorable
    /// or format) character, some visible text.
    public static func problem(_ name: String) -> String? {
        if name.unicodeScalars.count > maxLength, case let length = name.count, length > maxLength {
            return "is \(length) characters long; the limit is \(maxLength)"
        }
        if let bad = TextSanitizer.firstUnsafe(in: name, allowingNewline: false) {
            return bad.scalar == "\n" ? "contains a line break at character \(bad.offset + 1); expected one line"
                : "contains control character \(TextSanitizer.describe(bad.scalar)) at character \(bad.offset + 1); "
                    + "control and escape characters are not allowed"
        }
        return invisibleProblem(name)
    }

    /// Why `name` cannot be a name because of an invisible character, or nil. The check
    /// `verdict team` makes of names in colleagues' results, which it shows sanitized.
    public static func invisibleProblem(_ name: String) -> String? {
        for (offset, scalar) in name.unicodeScalars.enumerated() where isInvisible(scalar) {
            return "contains an invisible character \(TextSanitizer.describe(scalar)) at character \(offset + 1); "
                + "names must be visible text"
        }
        return nil
    }

    /// The form two names are compared in: invisible characters removed, compatibility
    /// widths and spaces folded, runs of spaces made one and trimmed, lower case (with `ß`
    /// as `ss` and final `ς` as `σ`). `Ana`, `ANA`, `Ana` + U+200B and `Ａｎａ` share a key.
    public static func key(_ name: String) -> String {
        var folded = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in name.unicodeScalars where !isInvisible(scalar) {
            let value = scalar.value
            if scalar.properties.isWhitespace || value == 0x3000 {
                pendingSpace = !folded.isEmpty
                continue
            }
            if pendingSpace { folded.append(" ") }
            pendingSpace = false
            // FF01–FF5E: full-width forms of ASCII 21–7E (NFKC maps them back).
            if (0xFF01...0xFF5E).contains(value), let narrow = Unicode.Scalar(value - 0xFEE0) {
                folded.append(narrow)
            } else {
                folded.append(scalar)
            }
        }
        return String(folded).lowercased().replacing("ß", with: "ss").replacing("ς", with: "σ")
    }

    /// Whether two names are the same person (``key(_:)`` equal).
    public static func same(_ first: String, _ second: String) -> Bool {
        key(first) == key(second)
    }

    /// A character that shows as nothing: default-ignorable code points (zero-width space
    /// and joiners, soft hyphen, variation selectors, tag characters) and format characters
    /// (Cf: bidi marks, the BOM, interlinear annotations).
    public static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return false }
        return scalar.properties.isDefaultIgnorableCodePoint || scalar.properties.generalCategory == .format
    }
}
