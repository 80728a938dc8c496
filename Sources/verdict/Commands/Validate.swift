import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import VerdictEngine

/// `verdict validate FILE...`: checks worksheet files and reports every problem.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check worksheet files and report every problem.",
        discussion: """
            Prints 'FILE: ok (N questions, M options)' for each good file; every problem of \
            every bad file goes to standard error as 'verdict: FILE:LINE:COL: message'.
            Exit status: 0 all good, 65 a file is invalid, 66 a file is missing.
            Example: verdict validate worksheets/*.yaml
            """)

    /// The worksheet files to check.
    @Argument(help: "Worksheet files (.yaml, .yml or .json).")
    var files: [String]

    func run() throws {
        try ErrorReporter.guarded {
            var worst = VerdictExit.ok
            let loader = WorksheetLoader()
            for file in files {
                do {
                    let worksheet = try loader.load(contentsOf: file)
                    let line = "\(TextSanitizer.sanitize(file)): ok (\(worksheet.questions.count) questions, "
                        + "\(worksheet.options.count) options)\n"
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
