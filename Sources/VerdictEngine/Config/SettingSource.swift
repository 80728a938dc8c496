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
