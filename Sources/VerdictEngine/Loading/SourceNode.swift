/// A parsed YAML/JSON node with its position, independent of the parser library.
///
/// Scalars keep their raw text (no implicit typing): `yes` stays the string "yes", and the
/// loaders decide per field whether a scalar is a number, a boolean or text.
enum SourceNode: Sendable {
    /// A scalar: its text, whether it was written plain (unquoted, not a block), its position.
    case scalar(text: String, plain: Bool, at: SourcePosition)
    /// A sequence of nodes.
    case sequence([SourceNode], at: SourcePosition)
    /// A mapping, pairs in file order.
    case mapping([SourcePair], at: SourcePosition)

    // MARK: - Accessors

    /// Where the node starts.
    var position: SourcePosition {
        switch self {
        case let .scalar(_, _, at), let .sequence(_, at), let .mapping(_, at): at
        }
    }

    /// "a mapping", "a list", "text 'x'" — for "expected …, found …" messages.
    var kindDescription: String {
        switch self {
        case let .scalar(text, plain, _):
            if plain, text.isEmpty || text == "~" || text == "null" { return "nothing (null)" }
            let shown = text.count > 30 ? String(text.prefix(30)) + "…" : text
            return "'\(TextSanitizer.sanitize(shown))'"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }
}

/// A mapping entry: key node and value node.
struct SourcePair: Sendable {
    /// The key (a scalar in every valid file).
    var key: SourceNode
    /// The value.
    var value: SourceNode
}

/// A 1-based line and column (columns count Unicode scalars, as libyaml does).
///
/// Kept as two 32-bit numbers: a 10 MB worksheet is a tree of two million nodes, each
/// with a position, and this is a fifth of each node.
struct SourcePosition: Sendable, Hashable, Comparable {
    private var storedLine: Int32
    private var storedColumn: Int32

    /// 1-based line.
    var line: Int { Int(storedLine) }
    /// 1-based column.
    var column: Int { Int(storedColumn) }

    init(line: Int, column: Int) {
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
    }

    /// File order.
    static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    /// The full location in a file.
    func location(in file: String) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }
}
