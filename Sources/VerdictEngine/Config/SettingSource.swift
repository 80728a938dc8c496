/// Where an effective setting came from, strongest first: flag > environment > file > default.
public enum SettingSource: Sendable, Equatable, CustomStringConvertible {
    /// A command-line flag, e.g. `--theme`.
    case flag(String)
    /// An environment variable, e.g. `VERDICT_THEME` or `NO_COLOR`.
    case environment(String)
    /// The config file at this path.
    case file(String)
    /// Nothing set it: the built-in default.
    case builtIn

    /// "flag --theme", "environment NO_COLOR", "file PATH", "default".
    public var description: String {
        switch self {
        case let .flag(name): "flag \(name)"
        case let .environment(name): "environment \(name)"
        case let .file(path): "file \(path)"
        case .builtIn: "default"
        }
    }
}

/// One effective setting: its value and where the value came from.
public struct Setting<Value: Sendable & Equatable>: Sendable, Equatable {
    /// The value in force.
    public var value: Value
    /// Where it came from.
    public var source: SettingSource

    /// Creates a setting.
    public init(_ value: Value, from source: SettingSource) {
        self.value = value
        self.source = source
    }
}
