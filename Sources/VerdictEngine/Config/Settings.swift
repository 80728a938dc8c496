#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The settings in force for one command, each with where it came from.
///
/// Precedence, strongest first: a command-line flag, an environment variable
/// (`VERDICT_WORKSHEET`, `VERDICT_NAME`, `VERDICT_THEME`; `NO_COLOR` forces the `mono`
/// theme and beats everything but `--theme`), the config file, the built-in default.
public struct Settings: Sendable, Equatable {
    /// The config file consulted (whether or not it exists); nil when no home is known.
    public var configPath: String?
    /// Whether the config file existed and was read.
    public var configFound: Bool
    /// The worksheet id or path used when none is named.
    public var worksheet: Setting<String>
    /// The respondent name recorded in results; nil when unset.
    public var name: Setting<String?>
    /// The colour theme.
    public var theme: Setting<ThemeChoice>
    /// The key bindings of the full-screen UI.
    public var keys: Setting<KeyStyle>
    /// Whether `run` saves answers after every change.
    public var autosave: Setting<Bool>
    /// Extra folders on the worksheet search path.
    public var worksheetFolders: Setting<[String]>

    // MARK: - Resolving

    /// Combines flags, environment and an already-read config file (nil when there is none).
    /// Throws ``SettingError`` for an unusable environment variable.
    public static func resolve(
        flags: SettingFlags = SettingFlags(), environment: [String: String], file: ConfigFile?,
        configPath: String? = nil
    ) throws -> Settings {
        let fileSource = SettingSource.file(file?.path ?? configPath ?? "config")
        func fromFile<Value>(_ value: Value?) -> Setting<Value>? { value.map { Setting($0, from: fileSource) } }

        let worksheet = flags.worksheet.map { Setting($0, from: .flag("WORKSHEET")) }
            ?? environmentValue("VERDICT_WORKSHEET", environment).map { Setting($0, from: .environment("VERDICT_WORKSHEET")) }
            ?? fromFile(file?.worksheet)
            ?? Setting(WorksheetCatalog.defaultWorksheetID, from: .builtIn)

        if let flag = flags.name, let problem = PersonName.problem(flag) { throw SettingError(variable: "--name", problem) }
        let name: Setting<String?> = try flags.name.map { Setting($0, from: .flag("--name")) }
            ?? checkedName(environment).map { Setting($0, from: .environment("VERDICT_NAME")) }
            ?? file?.name.map { Setting($0, from: fileSource) }
            ?? Setting(nil, from: .builtIn)

        let environmentTheme = try checkedTheme(environment)
        let theme = flags.theme.map { Setting($0, from: .flag("--theme")) }
            ?? environmentValue("NO_COLOR", environment).map { _ in Setting(ThemeChoice.mono, from: .environment("NO_COLOR")) }
            ?? environmentTheme.map { Setting($0, from: .environment("VERDICT_THEME")) }
            ?? fromFile(file?.theme)
            ?? Setting(ThemeChoice.auto, from: .builtIn)

        return Settings(
            configPath: file?.path ?? configPath, configFound: file != nil,
            worksheet: worksheet, name: name, theme: theme,
            keys: fromFile(file?.keys) ?? Setting(.standard, from: .builtIn),
            autosave: fromFile(file?.autosave) ?? Setting(true, from: .builtIn),
            worksheetFolders: fromFile(file?.worksheetFolders) ?? Setting([], from: .builtIn))
    }

    /// Reads the config file for this environment (when it exists) and resolves.
    /// Throws ``DiagnosticList`` for an invalid config file, ``InputError`` when it cannot
    /// be read, ``SettingError`` for an unusable environment variable.
    public static func load(
        flags: SettingFlags = SettingFlags(),
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> Settings {
        let path = ConfigLocation.path(environment: environment)
        let file = try path.flatMap { try ConfigFileReader(home: environment["HOME"]).read(contentsOf: $0) }
        return try resolve(flags: flags, environment: environment, file: file, configPath: path)
    }

    /// The worksheet catalog with the configured extra folders.
    public func catalog(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        currentDirectory: String = FileReader.currentDirectory()
    ) -> WorksheetCatalog {
        WorksheetCatalog.standard(environment: environment, currentDirectory: currentDirectory,
                                  extraFolders: worksheetFolders.value)
    }

    /// Loads the configured worksheet from `catalog`. When the id or path came from
    /// `VERDICT_WORKSHEET` or the config file and cannot be found, the error says so
    /// (`VERDICT_WORKSHEET=nope: no worksheet with this id …`): a setting made long ago is
    /// otherwise hard to trace.
    public func resolveWorksheet(in catalog: WorksheetCatalog) throws -> Worksheet {
        do {
            return try catalog.resolve(worksheet.value)
        } catch var error as InputError where error.path == worksheet.value {
            switch worksheet.source {
            case let .environment(variable): error.path = "\(variable)=\(error.path)"
            case let .file(path): error.path = "\(path): worksheet \(error.path)"
            case .flag, .builtIn: break
            }
            throw error
        }
    }

    // MARK: - Environment

    /// A variable's value, or nil when unset or empty (an empty variable counts as unset).
    private static func environmentValue(_ name: String, _ environment: [String: String]) -> String? {
        guard let value = environment[name], !value.isEmpty else { return nil }
        return value
    }

    private static func checkedTheme(_ environment: [String: String]) throws -> ThemeChoice? {
        guard let raw = environmentValue("VERDICT_THEME", environment) else { return nil }
        guard let theme = ThemeChoice(name: raw) else {
            throw SettingError(variable: "VERDICT_THEME", "'\(TextSanitizer.sanitize(String(raw.prefix(40))))' is "
                + "not a theme; expected one of \(ThemeChoice.namesList)")
        }
        return theme
    }

    private static func checkedName(_ environment: [String: String]) throws -> String? {
        guard let raw = environmentValue("VERDICT_NAME", environment) else { return nil }
        if let problem = PersonName.problem(raw) { throw SettingError(variable: "VERDICT_NAME", problem) }
        return raw
    }
}
