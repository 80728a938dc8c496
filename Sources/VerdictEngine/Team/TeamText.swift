/// Small text helpers shared by the team renderers.
enum TeamText {
    /// The text made safe for a terminal (``TextSanitizer``): a name in a colleague's
    /// result file cannot drive the terminal.
    static func clean(_ text: String) -> String { TextSanitizer.sanitize(text) }

    /// Words wrapped to `width` columns, continuation lines indented by `indent` spaces.
    static func wrap(_ text: String, width: Int, indent: Int) -> [String] {
        let limit = Swift.max(width - indent, 20)
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if DisplayWidth.of(current) + 1 + DisplayWidth.of(String(word)) <= limit {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.map { String(repeating: " ", count: indent) + $0 }
    }

    /// Words wrapped to `width` columns: the first line starts with `first`, the others
    /// with `rest` (a hanging indent).
    static func hang(_ text: String, first: String, rest: String, width: Int) -> [String] {
        let body = wrap(text, width: width - Swift.max(first.count, rest.count), indent: 0)
        return body.enumerated().map { ($0 == 0 ? first : rest) + $1 }
    }

    /// Left-aligned in `width` columns (cut with … when longer).
    static func pad(_ text: String, _ width: Int) -> String {
        TextLayout.pad(TextLayout.truncate(text, to: width), to: width)
    }

    /// Right-aligned in `width` columns.
    static func padLeft(_ text: String, _ width: Int) -> String { TextLayout.padLeft(text, to: width) }

    /// A number with at most `digits` decimals, trailing zeros dropped.
    static func number(_ value: Double, digits: Int = 2) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        var text = String(rounded)
        if let dot = text.firstIndex(of: "."), text.distance(from: dot, to: text.endIndex) > digits + 1 {
            text = String(text[..<text.index(dot, offsetBy: digits + 1)])
        }
        return text
    }

    /// A share 0…1 as a whole percentage, e.g. `80%`.
    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

    /// The display name of an option id.
    static func optionName(_ id: String?, in worksheet: Worksheet) -> String {
        guard let id else { return "—" }
        return clean(worksheet.option(id)?.name ?? id)
    }

    /// "clear", "lean" or "too close".
    static func kind(_ kind: VerdictKind) -> String {
        kind == .tooClose ? "too close" : kind.rawValue
    }

    /// How disagreements are ordered, in words (said once per report).
    static let orderExplained = "Ordered by split × impact: split is how evenly the team divided "
        + "(1 = as evenly as it could), impact how far the answers move an option's points "
        + "(the question's weight × the largest swing in points)."

    /// "Prompt — Yes: Ana, Ben; No: Cy" (terminal-safe).
    static func sides(_ tally: QuestionTally) -> String {
        clean(tally.prompt) + " — " + tally.groups.map { "\(clean($0.label)): \(names($0.members))" }.joined(separator: "; ")
    }

    /// Member names joined with commas.
    static func names(_ names: [String]) -> String { names.map(clean).joined(separator: ", ") }
}
