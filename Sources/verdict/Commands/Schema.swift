import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import VerdictEngine

/// `verdict schema worksheet|result|team`: prints a JSON Schema built into the binary.
struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of a worksheet, result, team or case document.",
        discussion: """
            The schemas are built into verdict, so scripts can validate what it writes.
            Example: verdict schema result > result.schema.json
            """
    )

    /// Which document's schema to print.
    enum Document: String, CaseIterable, ExpressibleByArgument {
        case worksheet, result, team, `case`
    }

    @Argument(help: "Which schema: worksheet, result, team or case.")
    var document: Document

    func run() throws {
        try ErrorReporter.guarded {
            guard let bytes = BundledFiles.schemas[document.rawValue] else {
                throw InputError(.missing, path: "schema \(document.rawValue)", "not built into this binary")
            }
            StandardStream.output.write(bytes)
        }
    }
}
