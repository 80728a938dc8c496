import Foundation
import Testing
@testable import VerdictEngine

/// The config file: every key, paths, and errors with positions like a worksheet's.
struct ConfigFileReaderTests {
    private let reader = ConfigFileReader(home: "/home/ada")

    private func read(_ text: String) throws -> ConfigFile {
        try reader.read(bytes: Array(text.utf8), file: "/cfg/verdict/config.yaml")
    }

    /// The diagnostics a bad config produces, as `LINE:COL: message` lines.
    private func problems(_ text: String) -> [String] {
        do {
            _ = try read(text)
            return []
        } catch let list as DiagnosticList {
            return list.diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" }
        } catch {
            return ["unexpected \(error)"]
        }
    }

    @Test func readsEveryKey() throws {
        let config = try read("""
            worksheet: wakatime-2015
            name: Ada Lovelace
            theme: High-Contrast
            keys: vim
            autosave: false
            worksheetFolders: [~/decisions, team, /abs/sheets]
            """)
        #expect(config == ConfigFile(
            path: "/cfg/verdict/config.yaml", worksheet: "wakatime-2015", name: "Ada Lovelace",
            theme: .highContrast, keys: .vim, autosave: false,
            worksheetFolders: ["/home/ada/decisions", "/cfg/verdict/team", "/abs/sheets"]))
    }

    @Test func emptyAndCommentOnlyFilesAreEmptyConfigs() throws {
        #expect(try read("") == ConfigFile(path: "/cfg/verdict/config.yaml"))
        #expect(try read("# nothing yet\n") == ConfigFile(path: "/cfg/verdict/config.yaml"))
    }

    @Test func worksheetPathsAreResolvedAgainstTheConfigFolder() throws {
        #expect(try read("worksheet: mine.yaml").worksheet == "/cfg/verdict/mine.yaml")
        #expect(try read("worksheet: ~/w/mine.yml").worksheet == "/home/ada/w/mine.yml")
        #expect(try read("worksheet: /abs/x.json").worksheet == "/abs/x.json")
    }

    @Test func unknownKeysAreListedWithTheAllowedOnes() {
        #expect(problems("name: Ada\ncolour: dark\n") == [
            "2:1: unknown field 'colour' (allowed: worksheet, name, theme, keys, autosave, worksheetFolders)",
        ])
    }

    @Test func wrongTypesAreReportedWithPositions() {
        #expect(problems("""
            theme: purple
            keys: emacs
            autosave: sometimes
            worksheetFolders: ~/one
            name: [a, b]
            worksheet: Not An Id
            """) == [
            "1:8: theme: expected one of auto, dark, light, mono, high-contrast, found 'purple'",
            "2:7: keys: expected one of default, vim, found 'emacs'",
            "3:11: autosave: expected true or false, found 'sometimes'",
            "4:19: worksheetFolders: expected a list, found '~/one'",
            "5:7: name: expected text, found a list",
            "6:12: worksheet: 'Not An Id' is neither a worksheet id (kebab-case, e.g. django-vs-flask) "
                + "nor a path to a .yaml, .yml or .json file",
        ])
    }

    @Test func notAMappingAndBrokenYAMLAreReported() {
        #expect(problems("- theme\n") == ["1:1: expected the settings (a mapping), found a list"])
        #expect(problems("theme: [dark\n").first?.hasPrefix("2:1: invalid YAML") == true)
        #expect(problems("name: Ada\nname: Bob\n") == ["2:1: duplicate field 'name'"])
    }

    @Test func missingFileIsNil() throws {
        #expect(try reader.read(contentsOf: "/nonexistent/verdict/config.yaml") == nil)
    }

    @Test func locationFollowsXDGThenHome() {
        #expect(ConfigLocation.path(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]) == "/x/verdict/config.yaml")
        #expect(ConfigLocation.path(environment: ["XDG_CONFIG_HOME": "", "HOME": "/h"])
            == "/h/.config/verdict/config.yaml")
        #expect(ConfigLocation.path(environment: [:]) == nil)
    }
}
