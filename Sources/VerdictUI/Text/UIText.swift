/// Cleans worksheet and user text before it reaches the grid.
///
/// Until the engine's `TextSanitizer` lands this uses a local rule: control characters
/// (C0, DEL, C1), bidirectional overrides and isolates are dropped, tabs become spaces.
/// Newlines are kept (the word wrapper splits paragraphs on them).
enum UIText {
    /// Text safe to draw.
    static func sanitize(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value == 0x0A {
                out.append(scalar)
            } else if value == 0x09 {
                out.append(" ")
            } else if value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
                        || (0x2066...0x2069).contains(value) {
                continue
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Sanitized and on one line (newlines become spaces).
    static func line(_ text: String) -> String {
        sanitize(text).replacingNewlines()
    }
}

private extension String {
    func replacingNewlines() -> String { String(map { $0 == "\n" || $0 == "\r\n" ? " " : $0 }) }
}
