import VerdictEngine

/// Cleans worksheet and user text before it reaches the grid, through the engine's
/// ``TextSanitizer`` (control and escape characters become visible placeholders).
enum UIText {
    /// Text safe to draw; newlines are kept (the word wrapper splits paragraphs on them).
    static func sanitize(_ text: String) -> String {
        TextSanitizer.sanitize(text, keepNewlines: true)
    }

    /// Sanitized and on one line (newlines become spaces).
    static func line(_ text: String) -> String {
        // Most text is one line already: no need to walk its characters to find newlines.
        if !text.utf8.contains(0x0A) { return TextSanitizer.sanitize(text) }
        return TextSanitizer.sanitize(String(text.map { $0 == "\n" || $0 == "\r\n" ? " " : $0 }))
    }
}
