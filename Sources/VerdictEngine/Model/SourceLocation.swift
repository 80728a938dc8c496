/// A position in a source file: 1-based line and column, as editors show them.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The file the position is in, as the user named it.
    public var file: String
    /// 1-based line number.
    public var line: Int
    /// 1-based column number.
    public var column: Int

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, the form compilers and editors understand; the file name
    /// sanitized (``TextSanitizer``), since a file name can hold anything but `/` and NUL.
    public var description: String { "\(TextSanitizer.sanitize(file)):\(line):\(column)" }
}
