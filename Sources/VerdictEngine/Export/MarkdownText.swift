/// The one escaping for text that goes into a Markdown document (the single report, the
/// team decision record, meeting exports): text from a worksheet or a colleague's result
/// must stay text when the document is rendered on GitHub or GitLab — no link, image,
/// HTML, heading, list, table cell break or code fence of its own.
public enum MarkdownText {
    /// Characters that are escaped wherever they stand: emphasis and code (`` ` * _ ~ ``),
    /// links and images (`[ ] !`), HTML and entities (`< > &`), headings (`#`), table cells
    /// (`|`), and the backslash itself.
    static let active: Set<Character> = ["\\", "`", "*", "_", "~", "[", "]", "!", "<", ">", "&", "#", "|"]

    /// `text` sanitized (``TextSanitizer``: one line, nothing a terminal acts on, no bidi
    /// marks) with Markdown's active characters escaped, so it renders as itself inline,
    /// in a table cell, or at the start of a line (where `- `, `+ `, `1. ` or `---` would
    /// start a list or a rule).
    public static func inline(_ text: String) -> String {
        let characters = Array(TextSanitizer.sanitize(text))
        var result = ""
        let start = characters.firstIndex { $0 != " " } ?? characters.endIndex
        let digits = characters[start...].prefix { $0.isASCII && $0.isNumber }.count
        // The character that would make the line a list item or a rule, if any.
        var marker: Int?
        if start < characters.count, "-+".contains(characters[start]),
           start + 1 == characters.count || characters[start + 1] == " " || characters[start + 1] == characters[start] {
            marker = start
        } else if digits > 0, start + digits < characters.count, ".)".contains(characters[start + digits]),
                  start + digits + 1 == characters.count || characters[start + digits + 1] == " " {
            marker = start + digits
        }
        for (index, character) in characters.enumerated() {
            if active.contains(character) || index == marker { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// A fenced code block holding `text` verbatim (sanitized, newlines kept): the fence
    /// is one backtick longer than the longest run of backticks in the text, so nothing in
    /// it can close the block early.
    public static func codeBlock(_ text: String) -> String {
        let body = TextSanitizer.sanitize(text, keepNewlines: true)
        var longest = 0
        var run = 0
        for character in body {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        return fence + "\n" + body + (body.hasSuffix("\n") ? "" : "\n") + fence + "\n"
    }
}
