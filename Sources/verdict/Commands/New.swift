import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import VerdictEngine

/// `verdict new ID`: writes a commented starter worksheet that validates.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a commented starter worksheet to edit.",
        discussion: """
            Writes ID.yaml (and worksheet.schema.json beside it, for editors) in the
            current folder. Example: verdict new rails-or-phoenix
            """
    )

    @Argument(help: "Id of the new worksheet (kebab-case, e.g. rails-or-phoenix).")
    var id: String

    @Option(help: "Title of the worksheet.")
    var title: String?

    @Option(name: .shortAndLong, help: "Where to write it (default: ID.yaml).")
    var output: String?

    @Flag(help: "Overwrite an existing file.")
    var force = false

    func validate() throws {
        guard StarterWorksheet.isValidID(id) else {
            throw ValidationError("'\(id)' is not a valid id: use lower-case letters, digits and single hyphens, e.g. rails-or-phoenix")
        }
        // The written file must validate: the title is one non-empty line of plain text.
        if let title {
            if title.trimmingSpaces().isEmpty {
                throw ValidationError("--title: expected text, found nothing")
            }
            if TextSanitizer.firstUnsafe(in: title, allowingNewline: false) != nil {
                throw ValidationError("--title: expected one line without control characters")
            }
            if title.unicodeScalars.count > LoaderLimits.standard.maxStringLength {
                throw ValidationError("--title: longer than \(LoaderLimits.standard.maxStringLength) characters")
            }
        }
    }

    func run() throws {
        try ErrorReporter.guarded {
            let path = output ?? "\(id).yaml"
            if !force, FileManager.default.fileExists(atPath: path) {
                throw InputError(.cannotWrite, path: path, "already exists; pass --force to overwrite it")
            }
            let text = StarterWorksheet.text(id: id, title: title ?? StarterWorksheet.defaultTitle(for: id))
            try AtomicFile.write(Data(text.utf8), to: path)
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            let schemaPath = folder + "/worksheet.schema.json"
            if !FileManager.default.fileExists(atPath: schemaPath), let schema = BundledFiles.schemas["worksheet"] {
                try AtomicFile.write(Data(schema), to: schemaPath)
            }
            let shown = TextSanitizer.sanitize(path)
            print("Wrote \(shown). Next: edit it, then `verdict validate \(shown)` and `verdict run \(shown)`.")
        }
    }
}
