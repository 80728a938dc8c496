/// Settings given on the command line; they beat the environment and the config file.
public struct SettingFlags: Sendable, Equatable {
    /// The WORKSHEET argument.
    public var worksheet: String?
    /// `--name`.
    public var name: String?
    /// `--theme`, already checked.
    public var theme: ThemeChoice?

    /// Creates flags; nil means "not given".
    public init(worksheet: String? = nil, name: String? = nil, theme: ThemeChoice? = nil) {
        self.worksheet = worksheet
        self.name = name
        self.theme = theme
    }
}
