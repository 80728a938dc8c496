import Foundation
import Testing
import VerdictTestSupport

@Suite("verdict score and verdict schema (end to end)")
struct ScoreCommandTests {
    /// Django 5, Flask 3 on the 2015 worksheet: five answers could each make it a tie.
    static let fiveThree = [
        "coding-5-years=no", "python-3-years=yes", "dynamic-html=yes", "api=no", "soa=no",
        "conventions=no", "multiple-databases=yes", "reads-code=yes",
    ].flatMap { ["--answer", $0] }

    // MARK: - Output formats

    @Test func textShowsVerdictBarsRobustnessAndPivotalAnswers() throws {
        let run = try ScoreBinary.run(["score", "wakatime-2015"] + Self.fiveThree)
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        #expect(run.stdout.contains("Verdict: Django — lean (margin 25%)"))
        #expect(run.stdout.contains("Django  ███████████████████░░░░░░░░░░░   63%  (5.0 of 8.0)"))
        #expect(run.stdout.contains("Robustness: fragile — 5 answers could each change it"))
        #expect(run.stdout.contains("Pivotal answers:"))
        #expect(run.stdout.contains("  • soa: No → Yes makes it too close to call"))
        #expect(run.stdout.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }

    @Test func jsonRunsDifferOnlyInCompletedAtAndValidate() throws {
        let arguments = ["score", "--format", "json", "--name", "Ada", "--answer", "product-shape=api-only",
                         "--answer", "team-experience=senior", "--answer", "database=relational"]
        let first = try ScoreBinary.run(arguments)
        let second = try ScoreBinary.run(arguments)
        #expect(first.status == 0 && second.status == 0)
        var one = try #require(JSONSerialization.jsonObject(with: first.stdoutData) as? [String: Any])
        var two = try #require(JSONSerialization.jsonObject(with: second.stdoutData) as? [String: Any])
        #expect(one["respondent"] as? String == "Ada")
        #expect((one["completedAt"] as? String)?.hasSuffix("Z") == true)
        one["completedAt"] = nil
        two["completedAt"] = nil
        #expect(NSDictionary(dictionary: one).isEqual(to: two))
        let firstLines = first.stdout.split(separator: "\n").filter { !$0.contains("completedAt") }
        let secondLines = second.stdout.split(separator: "\n").filter { !$0.contains("completedAt") }
        #expect(firstLines == secondLines)  // byte-identical apart from the time
        #expect(try SchemaCheck.problems([first.stdoutData, second.stdoutData]) == nil)
    }

    @Test func everyShippedWorksheetScoresToASchemaValidDocument() throws {
        let folder = try ScoreBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = folder.appendingPathComponent("empty.yaml")
        try Data("respondent: Nobody\nanswers: {}\n".utf8).write(to: empty)
        let sheets = try FileManager.default
            .contentsOfDirectory(atPath: ScoreBinary.packageRoot.appendingPathComponent("worksheets").path)
            .filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(sheets.count >= 2)
        var documents: [Data] = []
        for sheet in sheets {
            let id = String(sheet.dropLast(".yaml".count))
            let run = try ScoreBinary.run(["score", id, "--format", "json", "--answers", empty.path])
            #expect(run.status == 0, "\(sheet): \(run.stderr)")
            documents.append(run.stdoutData)
        }
        #expect(try SchemaCheck.problems(documents) == nil)
    }

    @Test func markdownIsADecisionRecord() throws {
        let run = try ScoreBinary.run(["score", "wakatime-2015", "--format", "markdown"] + Self.fiveThree)
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("# "))
        #expect(run.stdout.contains("## Decision Outcome"))
        #expect(run.stdout.contains("| Django | 5.0 | 8.0 | 63% |"))
    }

    /// `--output` naming the `--answers` file (by any path) is refused: it would replace the answers.
    @Test func anOutputThatIsTheAnswersFileIsRefused() throws {
        let folder = try ScratchFolders.make("score-same-file")
        let answers = Data("respondent: Ana\nanswers:\n  api: yes\n".utf8)
        try answers.write(to: URL(fileURLWithPath: folder + "/d2.yaml"))
        for format in ["markdown", "json"] {
            let run = try ScoreBinary.run(["score", "wakatime-2015", "--answers", "d2.yaml", "--format", format,
                                           "--output", "./d2.yaml"], in: URL(fileURLWithPath: folder))
            #expect(run.status == 73)
            #expect(run.stderr == "verdict: ./d2.yaml: --output names the --answers file (d2.yaml); refusing to overwrite it, "
                    + "nothing was written (only a result may be rewritten, as JSON)\n", "\(run.stderr)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/d2.yaml")) == answers)
        }
        // A result rewritten as a result JSON is the one exception (`verdict team`'s fix for a
        // result without a name); as Markdown it is refused too.
        let result = try ScoreBinary.run(["score", "wakatime-2015", "--answers", "d2.yaml", "--output", "r.json"],
                                         in: URL(fileURLWithPath: folder))
        #expect(result.status == 0, "\(result.stderr)")
        let named = try ScoreBinary.run(["score", "wakatime-2015", "--answers", "r.json", "--name", "Ana", "--output", "r.json"],
                                        in: URL(fileURLWithPath: folder))
        #expect(named.status == 0, "\(named.stderr)")
        #expect(try String(contentsOfFile: folder + "/r.json", encoding: .utf8).contains("\"respondent\" : \"Ana\""))
        let markdown = try ScoreBinary.run(["score", "--answers", "r.json", "--output", "r.json", "--format", "markdown"],
                                           in: URL(fileURLWithPath: folder))
        #expect(markdown.status == 73, "\(markdown.stderr)")
    }

    /// A wrong `--answer` names the flag and its value, without a made-up line and column
    /// (QA s6); it stays bad answers, exit 65 (DESIGN §5).
    @Test func aWrongAnswerFlagIsNamedWithoutAPosition() throws {
        for (value, message) in [("nope=1", "--answer nope=1: unknown question 'nope'"), ("foo", "--answer foo: expected QUESTION=ANSWER")] {
            let run = try ScoreBinary.run(["score", "wakatime-2015", "--answer", value])
            #expect(run.status == 65, "\(value): \(run.stderr)")
            #expect(run.stderr.hasPrefix("verdict: " + message), "\(run.stderr)")
            #expect(!run.stderr.contains(":1:1"), "\(run.stderr)")
        }
    }

    // MARK: - What-if

    @Test func whatIfPrintsBeforeAndAfter() throws {
        let run = try ScoreBinary.run(["score", "wakatime-2015", "--what-if", "soa=yes"] + Self.fiveThree)
        #expect(run.status == 0)
        #expect(run.stdout.contains("What if: soa = Yes (was No)"))
        #expect(run.stdout.contains("Before"))
        #expect(run.stdout.contains("Django — lean (25%)"))
        #expect(run.stdout.contains("Too close (tie)"))
    }

    @Test func whatIfJSONCarriesTheAfterResult() throws {
        let run = try ScoreBinary.run(["score", "wakatime-2015", "--format", "json", "--what-if", "soa=yes"] + Self.fiveThree)
        #expect(run.status == 0)
        let object = try #require(JSONSerialization.jsonObject(with: run.stdoutData) as? [String: Any])
        let whatIf = try #require(object["whatIf"] as? [String: Any])
        let recommendation = try #require(whatIf["recommendation"] as? [String: Any])
        #expect(recommendation["kind"] as? String == "too-close")
        #expect(recommendation["option"] is NSNull)
        #expect(try SchemaCheck.problems([run.stdoutData]) == nil)
    }

    @Test func aWhatIfResultIsAcceptedAsAnswersWithTheAnswersAsGiven() throws {
        let folder = try ScoreBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try ScoreBinary.run(
            ["score", "wakatime-2015", "--format", "json", "--what-if", "soa=yes", "--output", "r.json"] + Self.fiveThree,
            in: folder)
        #expect(first.status == 0)
        let again = try ScoreBinary.run(["score", "wakatime-2015", "--answers", "r.json"], in: folder)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("Verdict: Django — lean (margin 25%)"))
    }

    @Test func aResultWithNoWorksheetGivenIsScoredOnItsOwnWorksheet() throws {
        let folder = try ScoreBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try ScoreBinary.run(["score", "wakatime-2015", "--output", "r.json"] + Self.fiveThree, in: folder)
        #expect(first.status == 0, "\(first.stderr)")
        let again = try ScoreBinary.run(["score", "--answers", "r.json"], in: folder)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("Worksheet wakatime-2015 "))
    }

    @Test func unknownWhatIfQuestionIsAUsageError() throws {
        let run = try ScoreBinary.run(["score", "wakatime-2015", "--what-if", "nope=yes"] + Self.fiveThree)
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix("verdict: --what-if 'nope=yes': no question 'nope'"))
        #expect(run.stdout.isEmpty)
        let typo = try ScoreBinary.run(["score", "wakatime-2015", "--what-if", "sao=yes"] + Self.fiveThree)
        #expect(typo.stderr.hasPrefix("verdict: --what-if 'sao=yes': no question 'sao' in wakatime-2015; did you mean 'soa'?"),
                "\(typo.stderr)")
    }

    @Test func aMistypedAnswerQuestionGetsADidYouMean() throws {
        let run = try ScoreBinary.run(["score", "--answer", "framwork-experience=django"])
        #expect(run.status == 65)
        #expect(run.stderr.hasPrefix("verdict: --answer framwork-experience=django: unknown question "
            + "'framwork-experience'; did you mean 'framework-experience'? (questions are "), "\(run.stderr)")
    }

    // MARK: - Answers and output files

    @Test func answersFileAndAtomicOutput() throws {
        let folder = try ScoreBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let answers = folder.appendingPathComponent("mine.yaml")
        try Data("respondent: Grace\nanswers:\n  api: \"yes\"\n  soa: \"yes\"\nimportance:\n  api: 2\n".utf8).write(to: answers)
        let run = try ScoreBinary.run(
            ["score", "wakatime-2015", "--answers", answers.path, "--format", "json", "--output", "out.json"], in: folder)
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty)
        let written = try Data(contentsOf: folder.appendingPathComponent("out.json"))
        let object = try #require(JSONSerialization.jsonObject(with: written) as? [String: Any])
        #expect(object["respondent"] as? String == "Grace")
        let scores = try #require(object["scores"] as? [[String: Any]])
        #expect(scores.first?["option"] as? String == "flask")
        #expect(scores.first?["points"] as? Double == 3)  // api counts double
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    /// QA s6: `--output` naming the worksheet (of `score` or `run`) replaced it with the report.
    @Test func anOutputNamingTheWorksheetIsRefusedBeforeWriting() throws {
        let folder = try ScoreBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sheet = try Data(contentsOf: ScoreBinary.packageRoot.appendingPathComponent("worksheets/wakatime-2015.yaml"))
        try sheet.write(to: folder.appendingPathComponent("sheet.yaml"))
        for arguments in [["score", "sheet.yaml", "--answer", "api=yes", "--output", "sheet.yaml"],
                          ["run", "sheet.yaml", "--plain", "--output", "./sheet.yaml"]] {
            let run = try ScoreBinary.run(arguments, in: folder, environment: ["XDG_STATE_HOME": folder.path + "/state"])
            #expect(run.status == 73, "\(arguments): \(run.stderr)")
            #expect(run.stderr.hasPrefix("verdict: \(arguments[arguments.count - 1]): --output names the worksheet"), "\(run.stderr)")
            #expect(run.stdout.isEmpty)
        }
        #expect(try Data(contentsOf: folder.appendingPathComponent("sheet.yaml")) == sheet)
    }

    // MARK: - Exit codes

    @Test func bothOrNeitherAnswerSourceIsAUsageError() throws {
        let neither = try ScoreBinary.run(["score", "wakatime-2015"])
        #expect(neither.status == 64)
        #expect(neither.stderr.contains("no answers: give --answers FILE or at least one --answer ID=ANSWER"))
        let both = try ScoreBinary.run(["score", "--answers", "a.yaml", "--answer", "api=yes"])
        #expect(both.status == 64)
        #expect(both.stderr.contains("not both"))
    }

    @Test func anUnknownWorksheetIsReportedBeforeMissingAnswers() throws {
        let run = try ScoreBinary.run(["score", "django-vs-flak"])
        #expect(run.status == 66, "\(run.stderr)")
        #expect(run.stderr.hasPrefix("verdict: django-vs-flak: no worksheet with this id; did you mean 'django-vs-flask'?"), "\(run.stderr)")
        #expect(!run.stderr.contains("no answers"), "\(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count == 1, "one line, no 'invalid usage' after it: \(run.stderr)")
    }

    @Test func anUnknownOptionIsSaidBeforeWhatIsMissing() throws {
        for arguments in [["score", "--bogus"], ["team", "--bogus"]] {
            let run = try ScoreBinary.run(arguments)
            #expect(run.status == 64)
            #expect(run.stderr == "verdict: Unknown option '--bogus' (see 'verdict help')\n", "\(arguments): \(run.stderr)")
        }
        let team = try ScoreBinary.run(["team"])
        #expect(team.status == 64 && team.stderr.contains("Missing expected argument '<paths> ...'"), "\(team.stderr)")
    }

    @Test func exitCodesFollowTheContract() throws {
        #expect(try ScoreBinary.run(["score", "missing-sheet.yaml", "--answer", "api=yes"]).status == 66)
        #expect(try ScoreBinary.run(["score", "wakatime-2015", "--answers", "no-such-answers.yaml"]).status == 66)
        let bad = try ScoreBinary.run(["score", "wakatime-2015", "--answer", "api=maybe"])
        #expect(bad.status == 65)
        #expect(bad.stderr.hasPrefix("verdict: "))
        #expect(bad.stderr.split(separator: "\n").count == 1)
        let unwritable = try ScoreBinary.run(
            ["score", "wakatime-2015", "--answer", "api=yes", "--output", "/nonexistent-folder/out.txt"])
        #expect(unwritable.status == 73)
    }

    // MARK: - Schemas

    @Test(arguments: ["worksheet", "result", "team", "case"])
    func schemaPrintsTheBundledSchema(_ name: String) throws {
        let run = try ScoreBinary.run(["schema", name])
        #expect(run.status == 0)
        #expect(run.stdout.contains("\"$id\": \"urn:verdict:schema:\(name):"))
        let file = try Data(contentsOf: ScoreBinary.packageRoot.appendingPathComponent("schemas/\(name).schema.json"))
        #expect(run.stdoutData == file)
    }

    @Test func unknownSchemaIsAUsageError() throws {
        #expect(try ScoreBinary.run(["schema", "nope"]).status == 64)
    }
}
