import Foundation
import VerdictTestSupport
import Testing

/// `verdict test`, `verdict validate --lint` and `verdict schema case`, run as the built binary.
struct CaseCommandTests {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let fixtures = VerdictBinary.packageRoot + "/Tests/Fixtures"

    private func run(_ arguments: [String], in directory: String? = nil) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: VerdictBinary.path)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                       stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func testPrintsTheTableAndMeetsTheThreshold() throws {
        let outcome = try run(["test", Self.fixtures + "/cases/db-choice.yaml", Self.fixtures + "/cases/corpus",
                               "--min-balanced", "75%"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("Accuracy: 3/4 (75%)   Balanced accuracy: 75%"))
    }

    @Test func minBalancedFailsBelowTheThreshold() throws {
        let outcome = try run(["test", Self.fixtures + "/cases/db-choice-always-postgres.yaml",
                               Self.fixtures + "/cases/corpus", "--min-balanced", "0.6"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr == "verdict: balanced accuracy 50% is below --min-balanced 60%\n")
    }

    @Test func minBalancedOverOneWithoutPercentIsAmbiguousAndCloseFiguresShowADecimal() throws {
        let files = [Self.fixtures + "/cases/db-choice-always-postgres.yaml", Self.fixtures + "/cases/corpus"]
        let ambiguous = try run(["test"] + files + ["--min-balanced", "2"])
        #expect(ambiguous.status == 64)
        #expect(ambiguous.stderr.contains("--min-balanced: '2' is ambiguous"), "\(ambiguous.stderr)")
        let close = try run(["test"] + files + ["--min-balanced", "50.4%"])
        #expect(close.status == 1)
        #expect(close.stderr == "verdict: balanced accuracy 50.0% is below --min-balanced 50.4%\n")
    }

    @Test func testWritesJSON() throws {
        let outcome = try run(["test", Self.fixtures + "/cases/db-choice.yaml", Self.fixtures + "/cases/corpus",
                               "--format", "json"])
        #expect(outcome.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        #expect(json["balancedAccuracy"] as? Double == 0.75)
        #expect((json["outside"] as? [[String: Any]])?.first?["wayOutSuggested"] as? Bool == true)
    }

    @Test func aBrokenCaseIsOneLineWithItsPosition() throws {
        let folder = try ScratchFolders.make("verdict-test-case")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let good = try String(contentsOfFile: Self.fixtures + "/cases/corpus/pg-one.yaml", encoding: .utf8)
        try good.replacingOccurrences(of: "data-types: {answer: rich", with: "data-typo: {answer: rich")
            .write(toFile: folder + "/pg-one.yaml", atomically: true, encoding: .utf8)
        let outcome = try run(["test", Self.fixtures + "/cases/db-choice.yaml", folder + "/pg-one.yaml"])
        #expect(outcome.status == 65)
        #expect(outcome.stderr == "verdict: \(folder)/pg-one.yaml:15:7: worksheets: db-choice: unknown question "
            + "'data-typo' (not in worksheet 'db-choice' 1.0.0)\n")
    }

    @Test func testReadsLocalCasesByDefault() throws {
        let folder = try ScratchFolders.make("verdict-test-local")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: Self.fixtures + "/cases/corpus", toPath: folder + "/worksheets/cases")
        let outcome = try run(["test", Self.fixtures + "/cases/db-choice.yaml"], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("(db-choice 1.0.0): 4 cases"))
    }

    @Test func lintWarnsAndExitsZero() throws {
        let outcome = try run(["validate", "--lint", Self.fixtures + "/lint/redundant.yaml",
                               "--cases", Self.fixtures + "/lint/redundant-cases"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.hasPrefix(Self.fixtures + "/lint/redundant.yaml:28:13: warning: questions 'first' and "
            + "'second' move together across 5 cases"))
        #expect(outcome.stdout.contains("[redundant]\n"))
        #expect(outcome.stdout.hasSuffix("redundant.yaml: ok (3 questions, 2 options, 1 warning, 5 cases)\n"))
    }

    /// Flags first, as most tools allow: `--cases` takes one value, so the worksheet after it
    /// is still checked (QA s6).
    @Test func casesTakesOneValueSoTheWorksheetMayFollow() throws {
        let outcome = try run(["validate", "--lint", "--cases", Self.fixtures + "/lint/redundant-cases",
                               Self.fixtures + "/lint/redundant.yaml"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.hasSuffix("redundant.yaml: ok (3 questions, 2 options, 1 warning, 5 cases)\n"), "\(outcome.stdout)")
    }

    @Test func casesNeedLint() throws {
        let outcome = try run(["validate", Self.fixtures + "/lint/clean.yaml", "--cases", Self.fixtures + "/lint"])
        #expect(outcome.status == 64)
    }

    @Test func schemaCaseIsBuiltIn() throws {
        let outcome = try run(["schema", "case"])
        #expect(outcome.status == 0)
        let onDisk = try String(contentsOfFile: VerdictBinary.packageRoot + "/schemas/case.schema.json", encoding: .utf8)
        #expect(outcome.stdout == onDisk)
    }
}
