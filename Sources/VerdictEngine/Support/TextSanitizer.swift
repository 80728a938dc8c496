/// The one sanitizer for every string that reaches a screen (DESIGN §3).
///
/// A worksheet or answers file from a colleague must not be able to move the cursor,
/// retitle the window, clear the screen or reorder text, so every character that a
/// terminal would act on is replaced by a visible placeholder:
///
/// - C0 controls U+0000–U+001F become their Control Pictures (U+2400–U+241F), e.g.
///   ESC → `␛`, BEL → `␇`, TAB → `␉`, LF → `␊` (unless newlines are kept);
/// - DEL (U+007F) becomes `␡`;
/// - C1 controls U+0080–U+009F (including the single-byte CSI U+009B) become `�`;
/// - bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) become `�`;
/// - bidi marks (LRM, RLM, ALM) are removed;
/// - invalid UTF-8 (``sanitize(bytes:keepNewlines:)``) becomes `�`.
///
/// An escape sequence such as `ESC [ 2 J` is therefore shown as the harmless text `␛[2J`:
/// once its ESC is a placeholder, the rest of the sequence is ordinary printable text.
/// An OSC sequence ended by BEL shows as `␛]0;title␇`.
public enum TextSanitizer {
    // MARK: - Sanitizing

    /// Returns `text` with every control, escape and bidi-override character replaced by
    /// a visible placeholder. Newlines are replaced too (`␊`).
    public static func sanitize(_ text: String) -> String {
        sanitize(text, keepNewlines: false)
    }

    /// Returns `text` made safe for a terminal; with `keepNewlines`, `\n` is kept (for
    /// multi-line help text) while every other control character is replaced.
    public static func sanitize(_ text: String, keepNewlines: Bool) -> String {
        // Fast paths: most text has nothing to replace, and most of that is printable ASCII.
        if text.utf8.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || ($0 == 0x0A && keepNewlines) }) { return text }
        if !text.unicodeScalars.contains(where: { isUnsafe($0, allowingNewline: keepNewlines) || isBidiMark($0) }) {
            return text
        }
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isBidiMark(scalar) {
            if isUnsafe(scalar, allowingNewline: keepNewlines) {
                output.append(placeholder(for: scalar))
            } else {
                output.append(scalar)
            }
        }
        return String(output)
    }

    /// Decodes UTF-8 bytes (invalid sequences become `�`) and sanitizes the result.
    public static func sanitize(bytes: [UInt8], keepNewlines: Bool = false) -> String {
        sanitize(String(decoding: bytes, as: UTF8.self), keepNewlines: keepNewlines)
    }

    // MARK: - Classification

    /// Whether a terminal could act on this character (so it must not be shown raw).
    /// `allowingNewline` exempts `\n` only.
    public static func isUnsafe(_ scalar: Unicode.Scalar, allowingNewline: Bool = false) -> Bool {
        let value = scalar.value
        switch value {
        case 0x0A: return !allowingNewline
        case 0x00...0x1F, 0x7F, 0x80...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// The bidi marks LRM, RLM and ALM (U+200E, U+200F, U+061C): invisible, but they move
    /// neighbouring text (a name ending in RLM pulls the next column of a table over), so
    /// ``sanitize(_:)`` removes them from everything it returns.
    public static func isBidiMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x200E || scalar.value == 0x200F || scalar.value == 0x061C
    }

    /// The first unsafe character in `text` and its 0-based position in Unicode scalars,
    /// or nil when the text is safe. Used by the loaders to reject such text.
    public static func firstUnsafe(in text: String, allowingNewline: Bool) -> (offset: Int, scalar: Unicode.Scalar)? {
        // Fast path over UTF-8: every unsafe character starts with a byte below 0x20, 0x7F,
        // 0xC2 (C1 controls) or 0xE2 (bidi controls).
        let maybeUnsafe = text.utf8.contains { byte in
            byte < 0x20 && !(allowingNewline && byte == 0x0A) || byte == 0x7F || byte == 0xC2 || byte == 0xE2
        }
        if !maybeUnsafe { return nil }
        var offset = 0
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar, allowingNewline: allowingNewline) { return (offset, scalar) }
            offset += 1
        }
        return nil
    }

    /// A short name for an unsafe character, e.g. `U+001B (ESC)`, for error messages.
    public static func describe(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        let name: String? = switch scalar.value {
        case 0x00: "NUL"
        case 0x07: "BEL"
        case 0x08: "BS"
        case 0x09: "TAB"
        case 0x0A: "LF"
        case 0x0D: "CR"
        case 0x1B: "ESC"
        case 0x7F: "DEL"
        case 0x9B: "CSI"
        case 0x202A...0x202E: "bidi override"
        case 0x2066...0x2069: "bidi isolate"
        default: nil
        }
        return name.map { "\(code) (\($0))" } ?? code
    }

    // MARK: - Placeholders

    /// The visible stand-in for an unsafe character.
    static func placeholder(for scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x00...0x1F: return Unicode.Scalar(0x2400 + scalar.value) ?? replacement
        case 0x7F: return "\u{2421}"
        default: return replacement
        }
    }

    /// U+FFFD REPLACEMENT CHARACTER.
    static let replacement: Unicode.Scalar = "\u{FFFD}"
}
