import Foundation
import VerdictTestSupport
import Testing

/// The start-up fast path (`QuickRun`): the plain `verdict` / `verdict run …` lines skip
/// ArgumentParser, and must behave exactly as when ArgumentParser reads them.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: TmuxPane.verdict), "needs the built verdict binary")) struct StartupQuickRunTests {
    func home() throws -> String {
        let path = ScratchFolders.path("verdict-quick")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func environment(_ home: String) -> [String: String] {
        ["HOME": home, "XDG_STATE_HOME": home + "/state", "TERM": "xterm-256color"]
    }

    /// Runs `first`, clears the state folder, then runs `second`, with the same input.
    func runBoth(_ first: [String], _ second: [String], input: String) throws -> (TmuxJSON.Outcome, TmuxJSON.Outcome) {
        let home = try home()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let one = try TmuxJSON.run([TmuxPane.verdict] + first, environment: environment(home), input: input)
        try? FileManager.default.removeItem(atPath: home + "/state")
        let two = try TmuxJSON.run([TmuxPane.verdict] + second, environment: environment(home), input: input)
        return (one, two)
    }

    // MARK: - Same behaviour on both paths

    /// `--theme auto` changes nothing but sends the line through ArgumentParser.
    @Test(arguments: [
        ["run", "--plain", "--fresh", "wakatime-2015"],
        ["run", "wakatime-2015", "--plain"],
        ["run", "--plain", "--resume", "wakatime-2015"],
        ["run", "--plain", "no-such-worksheet"],
    ])
    func quickAndParsedRunsMatch(_ arguments: [String]) throws {
        let (quick, parsed) = try runBoth(
            arguments, arguments + ["--theme", "auto"], input: String(repeating: "1\n", count: 6))
        #expect(quick.status == parsed.status)
        #expect(quick.output == parsed.output)
        #expect(quick.errors == parsed.errors)
        #expect(!quick.output.isEmpty || !quick.errors.isEmpty)
    }

    @Test func noArgumentsMatchesRun() throws {
        let (bare, run) = try runBoth([], ["run", "--theme", "auto"], input: "1\n1\n")
        #expect(bare.status == 130)
        #expect(bare.status == run.status)
        #expect(bare.output == run.output)
        #expect(bare.errors == run.errors)
    }

    // MARK: - Lines the fast path leaves to ArgumentParser

    @Test func twoWorksheetsAreAUsageError() throws {
        let home = try home()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let run = try TmuxJSON.run(
            [TmuxPane.verdict, "run", "wakatime-2015", "django-vs-flask"], environment: environment(home))
        #expect(run.status == 64)
        #expect(run.errors.hasPrefix("verdict: "))
        #expect(run.output.isEmpty)
    }

    @Test func helpStillPrintsUsage() throws {
        let home = try home()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let run = try TmuxJSON.run([TmuxPane.verdict, "run", "--help"], environment: environment(home))
        #expect(run.status == 0)
        #expect(run.output.contains("USAGE: verdict run"))
        #expect(run.output.contains("--fresh"))
    }
}
