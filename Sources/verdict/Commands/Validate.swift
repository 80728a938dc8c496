import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import VerdictEngine

/// `verdict validate FILE...`: checks worksheet files and reports every problem; with
/// `--lint`, also the patterns that bias a worksheet.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check worksheet files and report every problem.",
        discussion: """
            Prints 'FILE: ok (N questions, M options)' for each good file; every problem of \
            every bad file goes to standard error as 'verdict: FILE:LINE:COL: message'.
            --lint also prints 'FILE:LINE:COL: warning: MESSAGE [rule-id]' for absence counted \
            as evidence and unbalanced option maxima, and with --cases for base-rate and \
            redundant questions (warnings do not change the exit status).
            Exit status: 0 all good, 65 a file is invalid, 66 a file is missing.
            Example: verdict validate worksheets/*.yaml
            Example: verdict validate --lint worksheets/django-vs-flask.yaml --cases worksheets/cases
            """)

    /// The worksheet files to check.
    @Argument(help: "Worksheet files (.yaml, .yml or .json).")
    var files: [String]

    @Flag(help: "Also warn about patterns that bias a worksheet.")
    var lint = false

    // One value each (repeatable): `--cases DIR FILE` must leave FILE a worksheet to check.
    @Option(name: .customLong("cases"), parsing: .singleValue,
            help: ArgumentHelp("Case file or folder for the case rules (with --lint); repeatable.", valueName: "dir|file"))
    var cases: [String] = []

    func validate() throws {
        if !cases.isEmpty && !lint { throw ValidationError("--cases needs --lint") }
    }

    func run() throws {
        try ErrorReporter.guarded {
            var worst = VerdictExit.ok
            let loader = WorksheetLoader()
            let documented = cases.isEmpty ? nil : try CaseCorpus().named(cases)
            for file in files {
                do {
                    let worksheet: Worksheet
                    var suffix = ""
                    if lint {
                        let (linted, warnings) = try WorksheetLinter(loader: loader).lint(contentsOf: file, cases: documented)
                        for warning in warnings { StandardStream.output.write(TextSanitizer.sanitize(warning.description) + "\n") }
                        worksheet = linted
                        suffix = ", \(warnings.count) warning\(warnings.count == 1 ? "" : "s")"
                        if let documented {  // how much the case rules had to go on
                            let used = documented.filter { $0.block(for: linted.id) != nil }.count
                            suffix += ", \(used) case\(used == 1 ? "" : "s")"
                        }
                    } else {
                        worksheet = try loader.load(contentsOf: file)
                    }
                    let line = "\(TextSanitizer.sanitize(file)): ok (\(worksheet.questions.count) question\(worksheet.questions.count == 1 ? "" : "s"), "
                        + "\(worksheet.options.count) options\(suffix))\n"
                    StandardStream.output.write(line)
                } catch {
                    let code = ErrorReporter.report(error)
                    if code == VerdictExit.missingInput || worst == VerdictExit.ok { worst = code }
                }
            }
            if worst != VerdictExit.ok { throw worst }
        }
    }
}
