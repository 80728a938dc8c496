import Foundation
import Testing
import VerdictEngine
import VerdictTestSupport

/// What a new user ran into (issue 18), through the binary with pipes: errors that say the
/// fix, and failing before the first question rather than after the last.
@Suite(.enabled(if: PipeRun.available, "needs the verdict binary"))
struct NewUserCommandTests {
    @Test func aMistypedWorksheetIDGetsDidYouMean() throws {
        let home = try PipeRun.home()
        let run = try PipeRun(["run", "djnago-vs-flask", "--plain"], home: home)
        #expect(run.status == 66)
        #expect(run.errors.hasPrefix("verdict: djnago-vs-flask: no worksheet with this id; did you mean 'django-vs-flask'?"),
                "\(run.errors)")
        #expect(run.output.isEmpty)
    }

    /// A worksheet id set long ago in `VERDICT_WORKSHEET` or the config file is named with
    /// where it came from when it cannot be found.
    @Test func aWorksheetFromTheEnvironmentOrConfigSaysWhereItCameFrom() throws {
        let home = try PipeRun.home()
        let fromEnvironment = try PipeRun(["run", "--plain"], home: home, environment: ["VERDICT_WORKSHEET": "nope"])
        #expect(fromEnvironment.status == 66)
        #expect(fromEnvironment.errors.hasPrefix("verdict: VERDICT_WORKSHEET=nope: no worksheet with this id"),
                "\(fromEnvironment.errors)")
        let config = home + "/config/verdict/config.yaml"
        try FileManager.default.createDirectory(atPath: home + "/config/verdict", withIntermediateDirectories: true)
        try Data("worksheet: nope\n".utf8).write(to: URL(fileURLWithPath: config))
        for command in [["run", "--plain"], ["score", "--answer", "api=yes"], ["meeting", "--members", "Ana", "--plain"]] {
            let fromFile = try PipeRun(command, home: home)
            #expect(fromFile.status == 66)
            #expect(fromFile.errors.hasPrefix("verdict: \(config): worksheet nope: no worksheet with this id"),
                    "\(command): \(fromFile.errors)")
        }
        let flag = try PipeRun(["score", "nope", "--answer", "api=yes"], home: home)
        #expect(flag.errors.hasPrefix("verdict: nope: no worksheet with this id"), "a flag needs no source: \(flag.errors)")
    }

    @Test func anUnwritableOutputIsRefusedBeforeTheFirstQuestion() throws {
        let home = try PipeRun.home()
        let run = try PipeRun(["run", "--plain", "--output", home + "/missing/ana.json"], home: home,
                              input: String(repeating: "1\n", count: 40))
        #expect(run.status == 73)
        #expect(run.errors.contains("\(home)/missing/ana.json: cannot write"), "\(run.errors)")
        #expect(!run.output.contains("Question 1 of"), "\(run.output)")
    }

    /// QA session 5: a FIFO nobody reads is refused before the first question too, as
    /// `score --output` refuses it.
    @Test func aFIFONobodyReadsIsRefusedBeforeTheFirstQuestion() throws {
        let home = try PipeRun.home()
        try #require(mkfifo(home + "/fifo.json", 0o600) == 0)
        let fifo = try PipeRun(["run", "wakatime-2015", "--plain", "--output", home + "/fifo.json"], home: home,
                               input: String(repeating: "1\n", count: 40))
        #expect(fifo.status == 73)
        #expect(fifo.errors == "verdict: \(home)/fifo.json: cannot write: a FIFO nobody reads\n", "\(fifo.errors)")
        #expect(!fifo.output.contains("Question 1 of"), "\(fifo.output)")
    }

    /// QA session 5: a final write that fails (/dev/full opens, and every write to it fails)
    /// keeps the answers and says the command that continues.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "needs /dev/full"))
    func aFailedFinalWriteSaysHowToContinue() throws {
        let home = try PipeRun.home()
        let full = try PipeRun(["run", "wakatime-2015", "--plain", "--output", "/dev/full"], home: home,
                               input: String(repeating: "1\n", count: 40))
        #expect(full.status == 73)
        #expect(full.errors == "verdict: /dev/full: cannot write: No space left on device\n"
            + "verdict: answers saved; to continue: verdict run wakatime-2015 --output /dev/full --resume\n", "\(full.errors)")
    }

    /// A meeting's `--export-folder` that cannot be made is refused before the first
    /// question, as `run --output` is; an empty path is refused by every writing option.
    @Test func unwritableExportFoldersAndEmptyPathsAreRefusedFirst() throws {
        let home = try PipeRun.home()
        try Data().write(to: URL(fileURLWithPath: home + "/afile"))
        let meeting = try PipeRun(["meeting", "wakatime-2015", "--members", "Ana,Ben", "--plain", "--export-folder", "afile/out"],
                                  home: home, input: String(repeating: "1\n2\n\n", count: 8))
        #expect(meeting.status == 73)
        #expect(meeting.errors == "verdict: afile/out: cannot write: afile is not a folder\n", "\(meeting.errors)")
        #expect(!meeting.output.contains("Question 1 of"), "\(meeting.output)")
        for (command, flag) in [(["run", "--plain", "--output", ""], "--output"), (["score", "--answer", "api=yes", "--output", ""], "--output"),
                                (["team", "results", "--adr", ""], "--adr"), (["meeting", "--members", "A", "--export-folder", ""], "--export-folder")] {
            let run = try PipeRun(command, home: home, input: "1\n")
            #expect(run.status == 64, "\(command)")
            #expect(run.errors.hasPrefix("verdict: \(flag): expected a path, found nothing (empty)"), "\(command): \(run.errors)")
        }
    }

    /// `verdict team` refusing an unnamed result says the exact command that names it, and
    /// that command works.
    @Test func anUnnamedResultGetsTheExactFix() throws {
        let home = try PipeRun.home()
        try FileManager.default.createDirectory(atPath: home + "/results", withIntermediateDirectories: true)
        let answers = "--answer coding-5-years=yes --answer python-3-years=no --answer dynamic-html=no --answer api=yes "
            + "--answer soa=yes --answer conventions=no --answer multiple-databases=yes --answer reads-code=yes"
        let flags = answers.split(separator: " ").map(String.init)
        for (name, file) in [("", "results/anon.json"), ("Ben", "results/ben.json")] {
            let named = name.isEmpty ? [] : ["--name", name]
            let score = try PipeRun(["score", "wakatime-2015"] + flags + named + ["--format", "json", "--output", file], home: home)
            #expect(score.status == 0, "\(score.errors)")
        }
        let refused = try PipeRun(["team", "results"], home: home)
        #expect(refused.status == 65)
        let fix = "verdict score wakatime-2015 --answers results/anon.json --name NAME --output results/anon.json"
        #expect(refused.errors.contains("respondent is empty; every member's result needs a name: to add one, run \(fix)"),
                "\(refused.errors)")
        let command = fix.replacingOccurrences(of: "NAME", with: "Ana").split(separator: " ").dropFirst().map(String.init)
        let fixed = try PipeRun(command, home: home)
        #expect(fixed.status == 0, "\(fixed.errors)")
        let merged = try PipeRun(["team", "results"], home: home)
        #expect(merged.status == 0, "\(merged.errors)")
        #expect(merged.output.contains("Ana"))
    }

    /// `--format markdown` and `--adr` write the same decision record, "Discuss first" on top.
    @Test func teamMarkdownAndRecordAgreeAndStartWithDiscussFirst() throws {
        let home = try PipeRun.home()
        try FileManager.default.createDirectory(atPath: home + "/results", withIntermediateDirectories: true)
        for (name, api) in [("Ana", "yes"), ("Ben", "no"), ("Cy", "yes")] {
            let score = try PipeRun(["score", "wakatime-2015", "--answer", "api=\(api)", "--answer", "soa=\(api)",
                                     "--name", name, "--format", "json", "--output", "results/\(name).json"], home: home)
            #expect(score.status == 0, "\(score.errors)")
        }
        let markdown = try PipeRun(["team", "results", "--format", "markdown", "--adr", "record.md"], home: home)
        #expect(markdown.status == 0, "\(markdown.errors)")
        let record = try String(contentsOfFile: home + "/record.md", encoding: .utf8)
        #expect(markdown.output == record)
        let headings = record.split(separator: "\n").filter { $0.hasPrefix("## ") }
        #expect(headings.first == "## Discuss First")
        let text = try PipeRun(["team", "results"], home: home)
        let lines = text.output.components(separatedBy: "\n")
        #expect(lines.count > 3 && lines[3].hasPrefix("Discuss first"), "\(text.output)")
    }
}
