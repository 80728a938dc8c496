import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import VerdictEngine

/// `verdict test WORKSHEET [CASE...]`: scores documented cases through a worksheet and
/// says how often it agrees with what the projects chose.
struct Test: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Score documented cases through a worksheet and measure how often it agrees.",
        usage: """
            verdict test <worksheet> [<case> ...] [--format text|json]
                         [--min-balanced <x>]
            """,
        discussion: """
            Default cases: the built-in corpus and ./worksheets/cases (a local case replaces a \
            built-in one with the same id), those with answers for the worksheet. Prints a table, \
            the confusion matrix, accuracy, balanced accuracy (mean recall per option) and the \
            answers behind each disagreement. Table columns: KIND is clear, lean or too-close \
            (counted as a miss); MARGIN is the winner's lead as a share of what it could reach on \
            the questions shown; ANSWERED is the questions the case answers of those shown to it; \
            AGREES says whether the recommendation is the case's choice. Exit status: 0, or 1 when --min-balanced is not met, \
            65 when a case is invalid, 66 when a file is missing.
            Example: verdict test django-vs-flask --min-balanced 0.85
            """)

    /// Output formats.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case text, json
    }

    @Argument(help: "Worksheet id or path.", completion: CompletionCandidates.worksheets)
    var worksheet: String

    @Argument(help: "Case files, folders of case files, or built-in case ids (default: the corpus).")
    var cases: [String] = []

    @Option(help: "Output format.")
    var format: Format = .text

    @Option(name: .customLong("min-balanced"),
            help: ArgumentHelp("Exit 1 when balanced accuracy is below this (0.85 or 85%; 2 is ambiguous).", valueName: "x"))
    var minBalanced: String?

    func threshold() throws -> Double? {
        guard let raw = minBalanced else { return nil }
        let percent = raw.hasSuffix("%")
        guard let value = Double(percent ? String(raw.dropLast()) : raw), value.isFinite, value >= 0 else {
            throw ValidationError("--min-balanced: '\(raw)' is not a number; expected 0 to 1 (or 0% to 100%)")
        }
        guard percent || value <= 1 else {
            throw ValidationError("--min-balanced: '\(raw)' is ambiguous; expected a fraction from 0 to 1 or a percentage with %, e.g. \(raw)%")
        }
        let fraction = percent ? value / 100 : value
        guard fraction <= 1 else {
            throw ValidationError("--min-balanced: '\(raw)' is over 100%; expected 0 to 1 (or 0% to 100%)")
        }
        return fraction
    }

    func validate() throws { _ = try threshold() }

    func run() throws {
        try ErrorReporter.guarded {
            let settings = try SettingsLoader.load()
            let sheet = try settings.catalog().resolve(worksheet)
            let corpus = CaseCorpus()
            let all = cases.isEmpty
                ? try corpus.standard(folder: PathText.join(FileReader.currentDirectory(), "worksheets/cases"))
                : try corpus.named(cases)
            let tester = CaseTester(worksheet: sheet)
            let report = tester.run(try tester.applicable(all))
            switch format {
            case .text: StandardStream.output.write(CaseTestText.render(report, worksheet: sheet))
            case .json:
                let data = try report.encoded()
                _ = data.withUnsafeBytes { StandardStream.output.write(bytes: $0) }
            }
            if let minimum = try threshold(), report.balancedAccuracy < minimum {
                // One decimal, cut towards zero, when whole figures would read alike ("80.9% is below 81.0%").
                let alike = CaseTestText.percent(report.balancedAccuracy) == CaseTestText.percent(minimum)
                func shown(_ figure: Double) -> String { alike ? TextReport.tenthsText(figure) : CaseTestText.percent(figure) }
                ErrorReporter.say("balanced accuracy \(shown(report.balancedAccuracy)) is below --min-balanced \(shown(minimum))")
                throw ExitCode(1)
            }
        }
    }
}
