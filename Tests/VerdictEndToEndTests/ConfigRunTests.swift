import Foundation
import Testing

/// The config file and environment reach `verdict run` and `verdict score`.
struct ConfigRunTests {
    /// A folder with `config/verdict/config.yaml` holding `text`; the caller removes it.
    private func home(_ text: String) throws -> String {
        let home = try ConfigBinary.temporaryFolder()
        try FileManager.default.createDirectory(atPath: home + "/config/verdict", withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: home + "/config/verdict/config.yaml"))
        return home
    }

    private func environment(_ home: String, _ extra: [String: String] = [:]) -> [String: String] {
        ["XDG_CONFIG_HOME": home + "/config", "XDG_STATE_HOME": home + "/state", "HOME": home, "TERM": "dumb"]
            .merging(extra) { _, new in new }
    }

    /// The result document `run --output` wrote.
    private func document(_ path: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func runTakesWorksheetAndNameFromTheConfigFile() throws {
        let home = try home("worksheet: wakatime-2015\nname: File Name\n")
        defer { try? FileManager.default.removeItem(atPath: home) }
        let run = try ConfigBinary.run(["run", "--plain", "--output", home + "/out.json"],
                                       environment: environment(home), input: String(repeating: "1\n", count: 20))
        #expect(run.status == 0, "\(run.stderr)")
        let result = try document(home + "/out.json")
        #expect((result["worksheet"] as? [String: Any])?["id"] as? String == "wakatime-2015")
        #expect(result["respondent"] as? String == "File Name")
    }

    @Test func environmentBeatsTheFileAndFlagsBeatTheEnvironment() throws {
        let home = try home("worksheet: django-vs-flask\nname: File Name\n")
        defer { try? FileManager.default.removeItem(atPath: home) }
        let env = environment(home, ["VERDICT_WORKSHEET": "wakatime-2015", "VERDICT_NAME": "Env Name"])
        let fromEnvironment = try ConfigBinary.run(["run", "--plain", "--output", home + "/env.json"],
                                                   environment: env, input: String(repeating: "1\n", count: 20))
        #expect(fromEnvironment.status == 0, "\(fromEnvironment.stderr)")
        let envResult = try document(home + "/env.json")
        #expect((envResult["worksheet"] as? [String: Any])?["id"] as? String == "wakatime-2015")
        #expect(envResult["respondent"] as? String == "Env Name")

        let fromFlags = try ConfigBinary.run(["score", "django-flask-fastapi", "--name", "Flag Name",
                                              "--answer", "team-experience=mixed", "--format", "json"], environment: env)
        #expect(fromFlags.status == 0, "\(fromFlags.stderr)")
        #expect(fromFlags.stdout.contains("\"Flag Name\""))
        #expect(fromFlags.stdout.contains("\"django-flask-fastapi\""))
        let scored = try ConfigBinary.run(["score", "--answer", "api=yes", "--format", "json"], environment: env)
        #expect(scored.status == 0, "\(scored.stderr)")
        #expect(scored.stdout.contains("\"Env Name\""))
        #expect(scored.stdout.contains("\"wakatime-2015\""))
    }

    @Test func autosaveOffWritesNoSession() throws {
        for (config, saved) in [("autosave: false\n", false), ("autosave: true\n", true)] {
            let home = try home("worksheet: wakatime-2015\n" + config)
            defer { try? FileManager.default.removeItem(atPath: home) }
            let run = try ConfigBinary.run(["run", "--plain"], environment: environment(home), input: "1\n1\n")
            #expect(run.status == 130, "\(run.stderr)")
            #expect(FileManager.default.fileExists(atPath: home + "/state/verdict/wakatime-2015.json") == saved,
                    "\(config)")
        }
    }

    @Test func invalidConfigStopsRunAndScoreWith65() throws {
        let home = try home("theme: purple\n")
        defer { try? FileManager.default.removeItem(atPath: home) }
        let path = home + "/config/verdict/config.yaml"
        for arguments in [["run", "--plain"], ["score", "--answer", "api=yes"], ["list"]] {
            let outcome = try ConfigBinary.run(arguments, environment: environment(home), input: "")
            #expect(outcome.status == 65, "\(arguments)")
            #expect(outcome.stderr.hasPrefix("verdict: \(path):1:8: theme: expected one of"), "\(arguments)")
        }
    }

    @Test func listSearchesTheConfiguredFolders() throws {
        let home = try home("worksheetFolders: [mine]\n")
        defer { try? FileManager.default.removeItem(atPath: home) }
        try FileManager.default.createDirectory(atPath: home + "/config/verdict/mine", withIntermediateDirectories: true)
        let written = try ConfigBinary.run(["new", "team-choice", "-o", home + "/config/verdict/mine/team-choice.yaml"])
        #expect(written.status == 0, "\(written.stderr)")
        let list = try ConfigBinary.run(["list"], environment: environment(home))
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.split(separator: "\n").contains { $0.hasPrefix("team-choice ") })
        // team finds it there too, as score does (and as its fix for an unnamed result assumes).
        for (name, answer) in [("Ana", "yes"), ("Ben", "no")] {
            let score = try ConfigBinary.run(["score", "team-choice", "--answer", "needs-batteries=\(answer)", "--name", name,
                                              "--output", home + "/\(name).json"], environment: environment(home))
            #expect(score.status == 0, "\(score.stderr)")
        }
        let team = try ConfigBinary.run(["team", home + "/Ana.json", home + "/Ben.json"], environment: environment(home))
        #expect(team.status == 0, "\(team.stderr)")
        #expect(team.stdout.contains("2 members"), "\(team.stdout)")
    }
}
