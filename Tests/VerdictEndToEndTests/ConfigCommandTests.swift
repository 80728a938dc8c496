import Foundation
import Testing

/// `verdict config` through the built binary: sources of every setting, and errors.
struct ConfigCommandTests {
    /// A config home holding `verdict/config.yaml` with `text`; the caller removes it.
    private func configHome(_ text: String) throws -> String {
        let home = try ConfigBinary.temporaryFolder()
        try FileManager.default.createDirectory(atPath: home + "/verdict", withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: home + "/verdict/config.yaml"))
        return home
    }

    /// The `KEY VALUE SOURCE` line for a key, spaces squeezed.
    private func line(_ key: String, in output: String) -> String? {
        output.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
            .first { $0.hasPrefix(key + " ") }
    }

    @Test func defaultsWithoutAConfigFile() throws {
        let outcome = try ConfigBinary.run(["config"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.hasPrefix("config file: "))
        #expect(outcome.stdout.contains("(not found)"))
        #expect(line("worksheet", in: outcome.stdout) == "worksheet django-vs-flask default")
        #expect(line("theme", in: outcome.stdout) == "theme auto default")
        #expect(line("autosave", in: outcome.stdout) == "autosave true default")
    }

    @Test func flagBeatsEnvironmentBeatsFileBeatsDefault() throws {
        let home = try configHome("""
            worksheet: wakatime-2015
            name: File Name
            theme: light
            keys: vim
            autosave: false
            """)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let file = "file \(home)/verdict/config.yaml"
        let environment = ["XDG_CONFIG_HOME": home, "VERDICT_NAME": "Env", "VERDICT_THEME": "dark"]

        let fileOnly = try ConfigBinary.run(["config"], environment: ["XDG_CONFIG_HOME": home])
        #expect(fileOnly.status == 0)
        #expect(line("worksheet", in: fileOnly.stdout) == "worksheet wakatime-2015 \(file)")
        #expect(line("name", in: fileOnly.stdout) == "name File Name \(file)")
        #expect(line("theme", in: fileOnly.stdout) == "theme light \(file)")
        #expect(line("keys", in: fileOnly.stdout) == "keys vim \(file)")
        #expect(line("autosave", in: fileOnly.stdout) == "autosave false \(file)")
        #expect(line("worksheetFolders", in: fileOnly.stdout) == "worksheetFolders (none) default")

        let withEnvironment = try ConfigBinary.run(["config"], environment: environment)
        #expect(line("name", in: withEnvironment.stdout) == "name Env environment VERDICT_NAME")
        #expect(line("theme", in: withEnvironment.stdout) == "theme dark environment VERDICT_THEME")
        #expect(line("worksheet", in: withEnvironment.stdout) == "worksheet wakatime-2015 \(file)")

        let withFlags = try ConfigBinary.run(["config", "--name", "Flag", "--theme", "mono"], environment: environment)
        #expect(line("name", in: withFlags.stdout) == "name Flag flag --name")
        #expect(line("theme", in: withFlags.stdout) == "theme mono flag --theme")
    }

    @Test func noColorWinsOverAllButTheThemeFlag() throws {
        let home = try configHome("theme: high-contrast\n")
        defer { try? FileManager.default.removeItem(atPath: home) }
        let environment = ["XDG_CONFIG_HOME": home, "VERDICT_THEME": "dark", "NO_COLOR": "1"]
        let plain = try ConfigBinary.run(["config"], environment: environment)
        #expect(line("theme", in: plain.stdout) == "theme mono environment NO_COLOR")
        let flagged = try ConfigBinary.run(["config", "--theme", "light"], environment: environment)
        #expect(line("theme", in: flagged.stdout) == "theme light flag --theme")
    }

    @Test func invalidConfigFileExits65WithPositions() throws {
        let home = try configHome("name: Ada\ncolour: dark\nautosave: sometimes\n")
        defer { try? FileManager.default.removeItem(atPath: home) }
        let outcome = try ConfigBinary.run(["config"], environment: ["XDG_CONFIG_HOME": home])
        let path = home + "/verdict/config.yaml"
        #expect(outcome.status == 65)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr == """
            verdict: \(path):2:1: unknown field 'colour' (allowed: worksheet, name, theme, keys, autosave, \
            worksheetFolders)
            verdict: \(path):3:11: autosave: expected true or false, found 'sometimes'

            """)
    }

    @Test func unusableEnvironmentIsAUsageError() throws {
        let outcome = try ConfigBinary.run(["config"], environment: ["VERDICT_THEME": "purple"])
        #expect(outcome.status == 64)
        #expect(outcome.stderr == "verdict: VERDICT_THEME: 'purple' is not a theme; "
            + "expected one of auto, dark, light, mono, high-contrast\n")
    }

    @Test func pathPrintsWhereTheFileIsLooked() throws {
        let outcome = try ConfigBinary.run(["config", "--path"], environment: ["XDG_CONFIG_HOME": "/somewhere"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout == "/somewhere/verdict/config.yaml\n")
    }
}
