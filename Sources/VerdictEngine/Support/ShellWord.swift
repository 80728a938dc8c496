/// Text to paste into a shell as one word, for the commands Verdict suggests ("run this
/// to fix it"): as it is when it holds only safe characters, else single-quoted.
public enum ShellWord {
    /// `text` as one shell word (terminal-safe: sanitised first).
    public static func quote(_ text: String) -> String {
        let safe = text.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "._/-+,:@".unicodeScalars.contains($0)
        }
        if safe && !text.isEmpty { return text }
        return "'" + TextSanitizer.sanitize(text).split(separator: "'", omittingEmptySubsequences: false)
            .joined(separator: "'\\''") + "'"
    }
}
