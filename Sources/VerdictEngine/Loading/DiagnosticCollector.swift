/// Gathers every problem found in one file, so the user sees all of them at once.
final class DiagnosticCollector {
    /// The file name used in every diagnostic.
    let file: String
    /// The problems found so far, in the order found.
    private(set) var diagnostics: [Diagnostic] = []

    /// Creates an empty collector for one file.
    init(file: String) { self.file = file }

    /// Records a problem at a position.
    func add(_ position: SourcePosition, _ message: String) {
        diagnostics.append(Diagnostic(position.location(in: file), message))
    }

    /// Lists already quoted in a diagnostic (the valid ids, say), so each is quoted once.
    private var quoted: Set<String> = []

    /// True the first time it is asked about `list`, false after: a list of valid ids is
    /// quoted in the first diagnostic that needs it, and later ones point to it.
    func firstTime(_ list: String) -> Bool { quoted.insert(list).inserted }

    /// Whether nothing has been recorded.
    var isEmpty: Bool { diagnostics.isEmpty }

    /// The problems sorted by position (stable for equal positions).
    var sorted: [Diagnostic] {
        diagnostics.enumerated().sorted { lhs, rhs in
            let left = (lhs.element.location.line, lhs.element.location.column, lhs.offset)
            let right = (rhs.element.location.line, rhs.element.location.column, rhs.offset)
            return left < right
        }.map(\.element)
    }

    /// Throws the sorted problems when there are any.
    func throwIfAny() throws {
        if !diagnostics.isEmpty { throw DiagnosticList(sorted) }
    }
}
