/// One lint finding: `FILE:LINE:COL: warning: MESSAGE [rule-id]`.
public struct LintWarning: Sendable, Hashable, CustomStringConvertible {
    /// Where the pattern is.
    public var location: SourceLocation
    /// What was found and what to do, in one line.
    public var message: String
    /// The rule that found it.
    public var rule: LintRule

    /// Creates a warning.
    public init(_ location: SourceLocation, _ message: String, rule: LintRule) {
        self.location = location
        self.message = message
        self.rule = rule
    }

    /// `FILE:LINE:COL: warning: MESSAGE [rule-id]`.
    public var description: String { "\(location): warning: \(message) [\(rule.rawValue)]" }
}
