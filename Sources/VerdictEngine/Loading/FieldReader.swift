/// Reads typed values out of ``SourceNode``s, reporting wrong types, unknown and missing
/// fields to a ``DiagnosticCollector``. Every reader returns nil after reporting a problem.
struct FieldReader {
    /// Where problems go.
    let sink: DiagnosticCollector
    /// The limits in force (string length).
    let limits: LoaderLimits

    // MARK: - Mappings

    /// The fields of a mapping by name, after checking the node is a mapping, that every
    /// key is allowed, none is repeated and every required one is present.
    /// `context` prefixes messages, e.g. "question 'api'" (empty at the top level).
    func fields(
        of node: SourceNode, context: @autoclosure () -> String, what: String, allowed: [String], required: [String]
    ) -> Fields? {
        guard case let .mapping(pairs, position) = node else {
            sink.add(node.position, prefix(context()) + "expected \(what) (a mapping), found \(node.kindDescription)")
            return nil
        }
        var seen: UInt64 = 0  // by slot in `allowed` (a dozen names at most)
        for pair in pairs {
            guard case let .scalar(key, _, keyPosition) = pair.key else {
                sink.add(pair.key.position, prefix(context()) + "expected a field name, found \(pair.key.kindDescription)")
                continue
            }
            guard let slot = allowed.firstIndex(of: key) else {
                sink.add(keyPosition, prefix(context()) + "unknown field '\(TextSanitizer.sanitize(key))' "
                    + "(allowed: \(allowed.joined(separator: ", ")))")
                continue
            }
            if seen & 1 << slot != 0 {
                sink.add(keyPosition, prefix(context()) + "duplicate field '\(key)'")
            }
            seen |= 1 << slot
        }
        let result = Fields(pairs: pairs)
        for name in required where result[name] == nil {
            sink.add(position, prefix(context()) + "missing required field '\(name)'")
        }
        return result
    }

    /// The items of a list, or nil (reported) when the node is not a list.
    func list(_ node: SourceNode, context: @autoclosure () -> String, field: String) -> [SourceNode]? {
        guard case let .sequence(items, _) = node else {
            sink.add(node.position, prefix(context()) + "\(field): expected a list, found \(node.kindDescription)")
            return nil
        }
        return items
    }

    // MARK: - Scalars

    /// A text field: any scalar style; non-empty, within the length limit, free of control
    /// and escape characters (`\n` allowed only when `multiline`). Trailing newlines of
    /// block scalars are dropped.
    func text(_ node: SourceNode, context: @autoclosure () -> String, field: String, multiline: Bool = false) -> String? {
        guard case let .scalar(raw, plain, position) = node else {
            sink.add(node.position, prefix(context()) + "\(field): expected text, found \(node.kindDescription)")
            return nil
        }
        var text = raw
        while text.hasSuffix("\n") { text.removeLast() }
        if text.isEmpty || (plain && (text == "~" || text == "null")) {
            sink.add(position, prefix(context()) + "\(field): expected text, found nothing (empty)")
            return nil
        }
        var ok = true
        // Scalars never outnumber UTF-8 bytes, so most strings skip the count.
        if text.utf8.count > limits.maxStringLength, case let length = text.unicodeScalars.count,
           length > limits.maxStringLength {
            sink.add(position, prefix(context()) + "\(field): text is \(length) characters long; "
                + "the limit is \(limits.maxStringLength)")
            ok = false
        }
        if let bad = TextSanitizer.firstUnsafe(in: text, allowingNewline: multiline) {
            let what = bad.scalar == "\n" ? "a line break" : "control character \(TextSanitizer.describe(bad.scalar))"
            let expected = bad.scalar == "\n" ? "expected one line" : "control and escape characters are not allowed"
            sink.add(position, prefix(context()) + "\(field): contains \(what) at character \(bad.offset + 1); \(expected)")
            ok = false
        }
        return ok ? text : nil
    }

    /// A person's name: text that ``PersonName/problem(_:)`` accepts (one line, no
    /// control, escape or invisible character), or with `allowEmpty` an empty string.
    func name(_ node: SourceNode, field: String, allowEmpty: Bool = false) -> String? {
        if allowEmpty, case .scalar("", _, _) = node { return "" }
        guard let text = text(node, context: "", field: field) else { return nil }
        if let problem = PersonName.problem(text) {
            sink.add(node.position, "\(field): \(problem)")
            return nil
        }
        return text
    }

    /// An id: a scalar matching `^[a-z0-9]+(-[a-z0-9]+)*$`, at most 64 characters.
    /// `yes`/`no` written unquoted are ids too (the raw text is used, never a boolean).
    /// `context` and `field` are only built for a message (a worksheet holds a million ids).
    func id(_ node: SourceNode, context: @autoclosure () -> String, field: @autoclosure () -> String = "id") -> String? {
        guard case let .scalar(raw, _, position) = node else {
            sink.add(node.position, prefix(context()) + "\(field()): expected an id, found \(node.kindDescription)")
            return nil
        }
        guard Self.isValidID(raw) else {
            sink.add(position, prefix(context()) + "\(field()): '\(TextSanitizer.sanitize(String(raw.prefix(80))))' "
                + "is not a valid id; expected kebab-case (a-z, 0-9, single hyphens), at most 64 characters")
            return nil
        }
        return raw
    }

    /// A number written plain: finite, within `range`. `.nan`/`.inf` are reported as
    /// non-finite; quoted numbers are reported as text. `context` and `field` are only
    /// built for a message.
    func number(_ node: SourceNode, context: @autoclosure () -> String, field: @autoclosure () -> String,
                range: ClosedRange<Double>) -> Double? {
        guard case let .scalar(raw, plain, position) = node, plain else {
            sink.add(node.position, prefix(context()) + "\(field()): expected a number, found \(node.kindDescription)")
            return nil
        }
        guard let value = Self.parseNumber(raw) else {
            if Self.isNonFiniteSpelling(raw) {
                sink.add(position, prefix(context()) + "\(field()): '\(raw)' is not a finite number; "
                    + "expected a number from \(format(range.lowerBound)) to \(format(range.upperBound))")
            } else {
                sink.add(position, prefix(context()) + "\(field()): expected a number, found \(node.kindDescription)")
            }
            return nil
        }
        guard range.contains(value) else {
            sink.add(position, prefix(context()) + "\(field()): \(format(value)) is out of range; "
                + "expected a number from \(format(range.lowerBound)) to \(format(range.upperBound))")
            return nil
        }
        return value
    }

    /// A date written `YYYY` or `YYYY-MM` (quoted or plain).
    func yearMonth(_ node: SourceNode, context: String, field: String) -> String? {
        guard let text = text(node, context: context, field: field) else { return nil }
        let bytes = Array(text.utf8)
        let digits = { (range: Range<Int>) in range.allSatisfy { bytes[$0] >= 0x30 && bytes[$0] <= 0x39 } }
        guard (bytes.count == 4 && digits(0..<4)) || (bytes.count == 7 && digits(0..<4) && bytes[4] == 0x2D && digits(5..<7))
        else {
            sink.add(node.position, prefix(context) + "\(field): expected \"YYYY\" or \"YYYY-MM\", found \(node.kindDescription)")
            return nil
        }
        return text
    }

    /// A boolean written plain: `true`/`false` in any case.
    func bool(_ node: SourceNode, context: @autoclosure () -> String, field: String) -> Bool? {
        if case let .scalar(raw, true, _) = node {
            switch raw.lowercased() {
            case "true": return true
            case "false": return false
            default: break
            }
        }
        sink.add(node.position, prefix(context()) + "\(field): expected true or false, found \(node.kindDescription)")
        return nil
    }

    // MARK: - Helpers

    /// A name for a list item in messages: `KIND 'ID'` when the item has a usable id,
    /// else `KIND at line N`.
    static func itemContext(_ node: SourceNode, kind: String) -> String {
        if case let .mapping(pairs, _) = node,
           let pair = pairs.first(where: { if case .scalar("id", _, _) = $0.key { true } else { false } }),
           case let .scalar(raw, _, _) = pair.value, isValidID(raw) {
            return "\(kind) '\(raw)'"
        }
        return "\(kind) at line \(node.position.line)"
    }

    /// `context + ": "`, or nothing at the top level.
    func prefix(_ context: String) -> String { context.isEmpty ? "" : context + ": " }

    /// Whether `raw` is a valid kebab-case id.
    static func isValidID(_ raw: String) -> Bool {
        let bytes = raw.utf8
        guard !bytes.isEmpty, bytes.count <= 64, bytes.first != 0x2D, bytes.last != 0x2D else { return false }
        var previousHyphen = false
        for byte in bytes {
            switch byte {
            case 0x61...0x7A, 0x30...0x39: previousHyphen = false
            case 0x2D:
                if previousHyphen { return false }
                previousHyphen = true
            default: return false
            }
        }
        return true
    }

    /// YAML/JSON spellings of infinities and NaN.
    static func isNonFiniteSpelling(_ raw: String) -> Bool {
        let lowered = raw.lowercased()
        return [".nan", ".inf", "+.inf", "-.inf", "nan", "inf", "+inf", "-inf", "infinity", "-infinity"]
            .contains(lowered)
    }

    /// A decimal number (`12`, `-1.5`, `.5`, `1e3`); nil for anything else (hex, text).
    static func parseNumber(_ raw: String) -> Double? {
        // Most numbers in a worksheet are small whole numbers: no strtod for them.
        if raw.utf8.count <= 6, !raw.isEmpty, raw.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            return Double(raw.utf8.reduce(0) { $0 * 10 + Int($1 - 0x30) })
        }
        var sawDigit = false
        for byte in raw.utf8 {
            switch byte {
            case 0x30...0x39: sawDigit = true
            case 0x2B, 0x2D, 0x2E, 0x65, 0x45: continue
            default: return nil
            }
        }
        guard sawDigit, let value = Double(raw), value.isFinite else { return nil }
        return value
    }

    /// A number as people write it: `2`, `0.5`.
    func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}

/// The fields of one mapping: its pairs, searched by name (a handful, so a scan beats
/// hashing, and nothing is allocated per mapping: a 10 MiB worksheet has 200,000 of them).
struct Fields {
    /// The mapping's pairs in file order; ``FieldReader/fields(of:context:what:allowed:required:)``
    /// has reported the unknown and repeated names.
    let pairs: [SourcePair]

    /// The first pair with this field name (one of the allowed names), when present.
    subscript(name: String) -> SourcePair? {
        for pair in pairs { if case let .scalar(key, _, _) = pair.key, key == name { return pair } }
        return nil
    }
}
