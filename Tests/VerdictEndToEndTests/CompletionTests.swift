import Foundation
import Testing

/// Shell completion scripts and the custom completions that call back into the binary.
struct CompletionTests {
    @Test(arguments: ["bash", "zsh", "fish"])
    func scriptIsGeneratedForEveryShell(shell: String) throws {
        let outcome = try ConfigBinary.run(["--generate-completion-script", shell])
        #expect(outcome.status == 0)
        #expect(outcome.stderr.isEmpty)
        #expect(outcome.stdout.contains("verdict"))
        // Worksheet ids and answers are completed by calling the binary back.
        #expect(outcome.stdout.contains("---completion"))
        for command in ["run", "score", "validate", "list", "config", "new"] {
            #expect(outcome.stdout.contains(command), "no \(command) in the \(shell) script")
        }
    }

    @Test func bashScriptParses() throws {
        let folder = try ConfigBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let script = try ConfigBinary.run(["--generate-completion-script", "bash"])
        try Data(script.stdout.utf8).write(to: URL(fileURLWithPath: folder + "/verdict.bash"))
        let check = try ConfigBinary.tool("bash", ["-n", folder + "/verdict.bash"])
        #expect(check.status == 0, "\(check.stderr)")
        // Sourcing it defines the completion function and registers it.
        let loaded = try ConfigBinary.tool("bash", ["-c", "source \(folder)/verdict.bash && complete -p verdict"])
        #expect(loaded.status == 0, "\(loaded.stderr)")
        #expect(loaded.stdout.contains("_verdict"))
    }

    /// The custom completion protocol: `verdict ---completion SUBCOMMAND -- ARG INDEX CURSOR WORDS...`.
    private func complete(_ subcommand: String, _ argument: String, words: [String],
                          environment: [String: String] = [:]) throws -> [String] {
        let current = words.last ?? ""
        let outcome = try ConfigBinary.run(
            ["---completion", subcommand, "--", argument, String(words.count - 1), String(current.count)] + words,
            environment: ["SAP_SHELL": "bash"].merging(environment) { _, new in new })
        #expect(outcome.status == 0, "\(outcome.stderr)")
        return outcome.stdout.split(separator: "\n").map(String.init)
    }

    @Test func worksheetArgumentCompletesIds() throws {
        let all = try complete("config", "--worksheet", words: ["verdict", "config", "--worksheet", ""])
        #expect(all == ["django-flask-fastapi", "django-vs-flask", "wakatime-2015"])
        let some = try complete("config", "--worksheet", words: ["verdict", "config", "--worksheet", "wak"])
        #expect(some == ["wakatime-2015"])
    }

    @Test func worksheetPositionalCompletesIdsForRunScoreAndMeeting() throws {
        for command in ["run", "score", "meeting"] {
            let ids = try complete(command, "positional@0", words: ["verdict", command, "wak"])
            #expect(ids == ["wakatime-2015"], "\(command)")
        }
    }

    @Test func answerCompletesPairsOfTheNamedWorksheet() throws {
        let pairs = try complete("score", "--answer", words: ["verdict", "score", "wakatime-2015", "--answer", "ap"])
        #expect(pairs == ["api=yes", "api=no"])
        let all = try complete("score", "--answer", words: ["verdict", "score", "--answer", "x", "wakatime-2015",
                                                            "--answer", ""])
        #expect(all.count == 16)
        #expect(all.first == "coding-5-years=yes")
    }

    @Test func answerCompletesPairsOfTheDefaultWorksheet() throws {
        let fromEnvironment = try complete("score", "--answer", words: ["verdict", "score", "--answer", "soa"],
                                           environment: ["VERDICT_WORKSHEET": "wakatime-2015"])
        #expect(fromEnvironment == ["soa=yes", "soa=no"])
        let builtIn = try complete("score", "--answer", words: ["verdict", "score", "--answer", ""])
        #expect(!builtIn.isEmpty)
        #expect(builtIn.allSatisfy { $0.contains("=") })
        #expect(!builtIn.contains("soa=yes"))
    }

    @Test func worksheetIdsIncludeConfiguredFolders() throws {
        let home = try ConfigBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: home) }
        try FileManager.default.createDirectory(atPath: home + "/verdict/extra", withIntermediateDirectories: true)
        try Data("worksheetFolders: [extra]\n".utf8).write(to: URL(fileURLWithPath: home + "/verdict/config.yaml"))
        let starter = try ConfigBinary.run(["new", "my-choice", "-o", home + "/verdict/extra/my-choice.yaml"])
        #expect(starter.status == 0, "\(starter.stderr)")
        let ids = try complete("config", "--worksheet", words: ["verdict", "config", "--worksheet", "my"],
                               environment: ["XDG_CONFIG_HOME": home])
        #expect(ids == ["my-choice"])
    }
}
