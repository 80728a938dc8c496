#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import VerdictEngine
import VerdictUI

/// `verdict team FILE|DIR...`: merges members' results into a team result.
struct Team: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "team",
        abstract: "Merge team members' results: combined scores, consensus, disagreements.",
        usage: """
            verdict team <paths> ... [--format <format>] [--output <output>]
                         [--adr <adr>] [--tui] [--allow-mixed-versions]
            """,
        discussion: """
            Each member answers privately (verdict run --name NAME --output results/NAME.json); \
            then 'verdict team results/' merges every *.json in the folder. All results must \
            come from the same worksheet version. See docs/team.md.
            Exit status: 0 ok, 65 a result file is bad, 66 a file is missing, 73 cannot write.
            Example: verdict team results/ --format markdown --output team.md
            """)

    /// Output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown

        /// The engine's document format.
        var document: TeamExport.Format {
            switch self {
            case .text: .text
            case .json: .json
            case .markdown: .decisionRecord
            }
        }
    }

    /// Result files or folders of them.
    /// Required, but checked in `run()`: an unknown option is the first thing to say.
    @Argument(help: "Result JSON files, or folders: every *.json in them, sorted by name.")
    var paths: [String] = []

    /// How to print the team result.
    @Option(help: "Output format: text, json or markdown (a decision record).")
    var format: Format = .text

    /// Where to write instead of standard output.
    @Option(help: "Write the result to FILE (atomically) instead of standard output.")
    var output: String?

    /// Where to write the decision record as well.
    @Option(help: "Also write a Markdown decision record (MADR) to FILE.")
    var adr: String?

    /// Show the team results screen (full screen) instead of printing.
    @Flag(help: "Show the team results full screen: bars, disagreements to drill into, export (e).")
    var tui = false

    /// Score results of other worksheet versions against the newest one.
    @Flag(help: "Accept results of other versions of the worksheet when every answered question and answer still exists.")
    var allowMixedVersions = false

    func validate() throws {
        try PathOptions.refuseEmpty(["--output": output, "--adr": adr])
    }

    func run() throws {
        guard !paths.isEmpty else {
            ErrorReporter.say("Missing expected argument '<paths> ...' (see 'verdict help')")
            throw VerdictExit.usage
        }
        try ErrorReporter.guarded {
            let inputs = try TeamReader().read(paths: paths)
            guard let id = TeamMerger.worksheetID(of: inputs) else {
                throw InputError(.missing, path: paths.joined(separator: " "), "no result files to merge")
            }
            let worksheet: Worksheet
            do {
                // The folders run and score search (config `worksheetFolders` included), so the
                // fix suggested for an unnamed result (`verdict score ID …`) finds the same sheet.
                worksheet = try SettingsLoader.load().catalog().resolve(id)
            } catch let error as InputError where error.kind == .missing {
                let file = inputs.first { $0.worksheetID == id }?.file ?? id
                throw InputError(.missing, path: file, "answered worksheet '\(id)', which is not found: \(error.message)")
            }
            let report = try TeamMerger(worksheet: worksheet, allowMixedVersions: allowMixedVersions).merge(inputs)
            if tui {
                // The configured theme and keys, as `run` and `meeting` use them.
                let settings = try SettingsLoader.load()
                let theme = settings.theme.value.theme(environment: ProcessInfo.processInfo.environment)
                let code = try TeamResultsRunner(
                    worksheet: worksheet, report: report, responses: inputs.map(\.responses), theme: theme,
                    keys: settings.keys.value).run()
                if code != 0 { throw ExitCode(code) }
                return
            }
            // A mistyped path must not replace a colleague's answers (or the sheet, or --output).
            let read = inputs.map { OutputOverlap.Input($0.file, "one of the results being merged") }
                + [OutputOverlap.Input(worksheet.origin, "the worksheet")]
            try OutputOverlap.refuse(output, flag: "--output", reading: read)
            let written = output.map { [OutputOverlap.Input($0, "the file --output writes")] } ?? []
            try OutputOverlap.refuse(adr, flag: "--adr", reading: read + written)
            let body = try TeamExport.encode(report, format: format.document)
            let record = try adr.map { _ in try TeamExport.encode(report, format: .decisionRecord) }
            // Check every target first, so a bad --adr path does not leave --output written alone.
            for target in [output, adr].compactMap({ $0 }) { try AtomicFile.checkWritable(target) }
            if let output {
                try AtomicFile.write(body, to: output)
            } else {
                _ = body.withUnsafeBytes { StandardStream.output.write(bytes: $0) }
            }
            if let adr, let record { try AtomicFile.write(record, to: adr) }
        }
    }
}
