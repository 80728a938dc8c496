/// The settings written in a config file (`$XDG_CONFIG_HOME/verdict/config.yaml`).
///
/// Every field is optional: a missing key leaves the setting to the environment or the
/// default. Paths are already resolved (`~` expanded, relative paths made absolute against
/// the folder of the config file).
public struct ConfigFile: Sendable, Equatable {
    /// The file the settings came from.
    public var path: String
    /// `worksheet`: the default worksheet id or path.
    public var worksheet: String?
    /// `name`: the respondent name recorded in results.
    public var name: String?
    /// `theme`: the colour theme.
    public var theme: ThemeChoice?
    /// `keys`: the key bindings.
    public var keys: KeyStyle?
    /// `autosave`: whether `run` saves answers after every change.
    public var autosave: Bool?
    /// `worksheetFolders`: extra folders searched for worksheets, after the standard ones.
    public var worksheetFolders: [String]?

    /// Creates a config; fields not given are unset.
    public init(
        path: String, worksheet: String? = nil, name: String? = nil, theme: ThemeChoice? = nil,
        keys: KeyStyle? = nil, autosave: Bool? = nil, worksheetFolders: [String]? = nil
    ) {
        self.path = path
        self.worksheet = worksheet
        self.name = name
        self.theme = theme
        self.keys = keys
        self.autosave = autosave
        self.worksheetFolders = worksheetFolders
    }

    /// The keys a config file may contain, in documentation order.
    public static let keys = ["worksheet", "name", "theme", "keys", "autosave", "worksheetFolders"]
}
