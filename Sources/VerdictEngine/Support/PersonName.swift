/// The rules for a person's name (a respondent, a team or meeting member, `--name`,
/// `VERDICT_NAME`): what is refused, and when two names are the same person.
///
/// Two names are compared after NFKC normalisation, case folding and the removal of
/// invisible characters: the compatibility forms come from ``CompatibilityForm`` (the
/// toolchain offers no NFKC; see there what it covers) and canonical equivalence (`Ána`
/// composed or decomposed) from `String` equality and hashing, which are canonical.
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
    /// forms folded (``CompatibilityForm``: full-width, ligatures, mathematical and circled
    /// letters, superscripts), every run of spaces made one and trimmed, lower case (with `ß`
    /// as `ss` and final `ς` as `σ`). `Ana`, `ANA`, `Ana` + U+200B, `Ａｎａ` and `𝐀𝐧𝐚` share a
    /// key. Compare keys as `String`s (canonically), not as bytes.
    public static func key(_ name: String) -> String {
        var folded = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in name.unicodeScalars where !isInvisible(scalar) {
            if scalar.properties.isWhitespace {
                pendingSpace = !folded.isEmpty
                continue
            }
            if pendingSpace { folded.append(" ") }
            pendingSpace = false
            CompatibilityForm.append(scalar, to: &folded)
        }
        return String(folded).lowercased().replacing("ß", with: "ss").replacing("ς", with: "σ")
    }

    /// The names of a comma-separated member list (`--members Ana,Ben`), trimmed, or why the
    /// list cannot be a roster (one clause naming the name at fault): an empty name, a name
    /// ``problem(_:)`` refuses, or the same person twice by ``key(_:)``. One check for the hot
    /// seat and `meeting serve`.
    public static func roster(_ text: String) -> Result<[String], RosterProblem> {
        let names = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingSpaces() }
        if let empty = names.firstIndex(where: \.isEmpty) {
            return .failure(RosterProblem(names.count == 1 ? "needs one or more names separated by commas"
                : "has an empty name at position \(empty + 1); expected names separated by commas"))
        }
        if let (name, problem) = names.lazy.compactMap({ name in problem(name).map { (name, $0) } }).first {
            return .failure(RosterProblem("'\(TextSanitizer.sanitize(name))' \(problem)"))
        }
        var seen: [String: String] = [:]
        for name in names {
            if let first = seen[key(name)] {
                let twice = first == name ? "'\(TextSanitizer.sanitize(name))' twice"
                    : "'\(TextSanitizer.sanitize(first))' and '\(TextSanitizer.sanitize(name))', the same name"
                return .failure(RosterProblem("lists \(twice)"))
            }
            seen[key(name)] = name
        }
        return .success(names)
    }

    /// Why a member list cannot be a roster: a clause to follow the flag's name.
    public struct RosterProblem: Error, Equatable, Sendable {
        /// The clause, e.g. "lists 'Ana' and 'ana', the same name".
        public let clause: String
        init(_ clause: String) { self.clause = clause }
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
