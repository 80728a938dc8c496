import Foundation
import Testing
@testable import VerdictEngine

/// Precedence of settings: flag > environment > file > default, and NO_COLOR.
struct ConfigSettingsTests {
    private let file = ConfigFile(path: "/c/config.yaml", worksheet: "wakatime-2015", name: "File Name",
                                  theme: .light, keys: .vim, autosave: false, worksheetFolders: ["/extra"])

    @Test func defaultsWhenNothingIsSet() throws {
        let settings = try Settings.resolve(environment: [:], file: nil, configPath: "/c/config.yaml")
        #expect(settings.worksheet == Setting("django-vs-flask", from: .builtIn))
        #expect(settings.name == Setting(nil, from: .builtIn))
        #expect(settings.theme == Setting(.auto, from: .builtIn))
        #expect(settings.keys == Setting(.standard, from: .builtIn))
        #expect(settings.autosave == Setting(true, from: .builtIn))
        #expect(settings.worksheetFolders == Setting([], from: .builtIn))
        #expect(settings.configPath == "/c/config.yaml")
        #expect(!settings.configFound)
    }

    @Test func fileBeatsDefaults() throws {
        let settings = try Settings.resolve(environment: [:], file: file)
        let source = SettingSource.file("/c/config.yaml")
        #expect(settings.worksheet == Setting("wakatime-2015", from: source))
        #expect(settings.name == Setting("File Name", from: source))
        #expect(settings.theme == Setting(.light, from: source))
        #expect(settings.keys == Setting(.vim, from: source))
        #expect(settings.autosave == Setting(false, from: source))
        #expect(settings.worksheetFolders == Setting(["/extra"], from: source))
        #expect(settings.configFound)
    }

    @Test func environmentBeatsFile() throws {
        let environment = ["VERDICT_WORKSHEET": "django-flask-fastapi", "VERDICT_NAME": "Env Name",
                           "VERDICT_THEME": "DARK"]
        let settings = try Settings.resolve(environment: environment, file: file)
        #expect(settings.worksheet == Setting("django-flask-fastapi", from: .environment("VERDICT_WORKSHEET")))
        #expect(settings.name == Setting("Env Name", from: .environment("VERDICT_NAME")))
        #expect(settings.theme == Setting(.dark, from: .environment("VERDICT_THEME")))
    }

    @Test func flagsBeatEnvironment() throws {
        let environment = ["VERDICT_WORKSHEET": "django-flask-fastapi", "VERDICT_NAME": "Env Name",
                           "VERDICT_THEME": "dark", "NO_COLOR": "1"]
        let flags = SettingFlags(worksheet: "./mine.yaml", name: "Flag Name", theme: .highContrast)
        let settings = try Settings.resolve(flags: flags, environment: environment, file: file)
        #expect(settings.worksheet == Setting("./mine.yaml", from: .flag("WORKSHEET")))
        #expect(settings.name == Setting("Flag Name", from: .flag("--name")))
        #expect(settings.theme == Setting(.highContrast, from: .flag("--theme")))
    }

    @Test func noColorBeatsEverythingButTheFlag() throws {
        let environment = ["VERDICT_THEME": "dark", "NO_COLOR": "yes"]
        let settings = try Settings.resolve(environment: environment, file: file)
        #expect(settings.theme == Setting(.mono, from: .environment("NO_COLOR")))
        let flagged = try Settings.resolve(flags: SettingFlags(theme: .light), environment: environment, file: file)
        #expect(flagged.theme == Setting(.light, from: .flag("--theme")))
    }

    @Test func emptyVariablesCountAsUnset() throws {
        let environment = ["NO_COLOR": "", "VERDICT_THEME": "", "VERDICT_NAME": "", "VERDICT_WORKSHEET": ""]
        let settings = try Settings.resolve(environment: environment, file: file)
        #expect(settings.theme.source == .file("/c/config.yaml"))
        #expect(settings.name.source == .file("/c/config.yaml"))
        #expect(settings.worksheet.source == .file("/c/config.yaml"))
    }

    @Test func unusableEnvironmentValuesAreErrors() {
        #expect(throws: SettingError(variable: "VERDICT_THEME",
                                     "'purple' is not a theme; expected one of auto, dark, light, mono, high-contrast")) {
            try Settings.resolve(environment: ["VERDICT_THEME": "purple"], file: nil)
        }
        #expect(throws: SettingError.self) {
            try Settings.resolve(environment: ["VERDICT_NAME": "Ada\u{1B}[2J"], file: nil)
        }
    }

    @Test func loadReadsTheFileUnderXDGConfigHome() throws {
        let root = NSTemporaryDirectory() + "verdict-config-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/verdict", withIntermediateDirectories: true)
        try Data("theme: mono\nworksheetFolders: [sheets]\n".utf8)
            .write(to: URL(fileURLWithPath: root + "/verdict/config.yaml"))
        let settings = try Settings.load(environment: ["XDG_CONFIG_HOME": root])
        #expect(settings.theme == Setting(.mono, from: .file(root + "/verdict/config.yaml")))
        #expect(settings.catalog(environment: ["XDG_CONFIG_HOME": root], currentDirectory: "/p").folders
            == ["/p/worksheets", root + "/verdict/worksheets", root + "/verdict/sheets"])
    }

    @Test func loadReportsAnInvalidFile() throws {
        let root = NSTemporaryDirectory() + "verdict-config-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/verdict", withIntermediateDirectories: true)
        try Data("autosave: maybe\n".utf8).write(to: URL(fileURLWithPath: root + "/verdict/config.yaml"))
        #expect(throws: DiagnosticList.self) { try Settings.load(environment: ["XDG_CONFIG_HOME": root]) }
    }
}
