/// An environment variable holds a value Verdict cannot use (e.g. `VERDICT_THEME=purple`).
public struct SettingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The variable, e.g. `VERDICT_THEME`.
    public var variable: String
    /// What is wrong and what was expected, in one line.
    public var message: String

    /// Creates an error.
    public init(variable: String, _ message: String) {
        self.variable = variable
        self.message = message
    }

    /// `VARIABLE: message`.
    public var description: String { "\(variable): \(message)" }
}
