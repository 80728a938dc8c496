import VerdictEngine

/// Properties every harness checks on what the code under test returns or throws.
///
/// A violated invariant stops the fuzzer with `fatalError`, so libFuzzer records the input
/// as a crash: a hostile file must only ever produce one-line, terminal-safe diagnostics.
public enum FuzzInvariants {
    // MARK: - Errors

    /// Checks that a thrown error is one the command line reports as one clean line per
    /// problem: a ``DiagnosticList`` (or ``Diagnostic``, ``InputError``) whose lines are
    /// terminal safe.
    public static func checkError(_ error: any Error, from target: String) {
        switch error {
        case let list as DiagnosticList:
            guard !list.diagnostics.isEmpty else { fatalError("\(target): empty DiagnosticList") }
            list.diagnostics.forEach { checkLine($0.description, what: "\(target) diagnostic") }
        case let diagnostic as Diagnostic:
            checkLine(diagnostic.description, what: "\(target) diagnostic")
        case let input as InputError:
            checkLine(input.description, what: "\(target) input error")
        default:
            fatalError("\(target): threw \(type(of: error)), not a DiagnosticList: \(String(reflecting: error).prefix(300))")
        }
    }

    // MARK: - Text

    /// Fails when `line` is empty, spans lines, or contains a character that would act on a
    /// terminal (C0/C1 controls, DEL, bidi overrides and isolates).
    public static func checkLine(_ line: String, what: String) {
        guard !line.isEmpty else { fatalError("\(what): empty message") }
        if let bad = line.unicodeScalars.first(where: { $0 == "\n" || $0 == "\r" }) {
            fatalError("\(what): spans lines (U+\(hex(bad))): \(escaped(line))")
        }
        checkTerminalSafe(line, what: what)
    }

    /// Fails when `text` contains a character that would act on a terminal; newlines allowed.
    public static func checkTerminalSafe(_ text: String, what: String) {
        if let bad = text.unicodeScalars.first(where: isUnsafe) {
            fatalError("\(what): unsafe character U+\(hex(bad)): \(escaped(text))")
        }
    }

    /// Whether a scalar may not reach a terminal (newline and tab are allowed).
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    // MARK: - Helpers

    private static func hex(_ scalar: Unicode.Scalar) -> String {
        String(scalar.value, radix: 16, uppercase: true)
    }

    private static func escaped(_ text: String) -> String {
        String(text.prefix(400).unicodeScalars.map { isUnsafe($0) || $0 == "\n" ? "<U+\(hex($0))>" : String($0) }.joined())
    }
}
