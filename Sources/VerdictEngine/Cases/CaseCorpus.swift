#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Finds and loads documented cases: the corpus built into the binary, `./worksheets/cases`
/// (a local file replaces a built-in one with the same id), or the files and folders a
/// user names.
public struct CaseCorpus: Sendable {
    /// The loader used.
    public let loader: CaseLoader

    /// Creates a corpus reader.
    public init(loader: CaseLoader = CaseLoader()) { self.loader = loader }

    /// The built-in cases, then those in `folder` when it exists, one per id (the later
    /// wins). Throws the first file's ``DiagnosticList`` when any is invalid (every
    /// problem of every bad file is in it).
    public func standard(folder: String?) throws -> [DocumentedCase] {
        var cases: [DocumentedCase] = []
        var problems: [Diagnostic] = []
        for file in BundledCases.files {
            try collect(&cases, &problems) {
                try loader.load(bytes: file.bytes, file: "bundled:cases/\(file.name)",
                                expectedID: PathText.baseName(file.name))
            }
        }
        if let folder { for path in Self.caseFiles(in: folder) { try collect(&cases, &problems) { try loader.load(contentsOf: path) } } }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        return Self.lastByID(cases)
    }

    /// The cases a user named: files, folders of case files, or ids of built-in cases.
    public func named(_ references: [String]) throws -> [DocumentedCase] {
        var cases: [DocumentedCase] = []
        var problems: [Diagnostic] = []
        for reference in references {
            switch FileKind(path: reference) {
            case .folder:
                for path in Self.caseFiles(in: reference) { try collect(&cases, &problems) { try loader.load(contentsOf: path) } }
            case .missing where !WorksheetCatalog.isPath(reference):
                guard let file = BundledCases.files.first(where: { PathText.baseName($0.name) == reference }) else {
                    throw InputError(.missing, path: reference, "no such case file, folder or built-in case id")
                }
                try collect(&cases, &problems) {
                    try loader.load(bytes: file.bytes, file: "bundled:cases/\(file.name)", expectedID: reference)
                }
            default:
                try collect(&cases, &problems) { try loader.load(contentsOf: reference) }
            }
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        return cases
    }

    // MARK: - Helpers

    /// Case files in a folder, by name (missing folder: none).
    public static func caseFiles(in folder: String) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return names.sorted().filter { WorksheetCatalog.extensions.contains(PathText.pathExtension($0)) }
            .map { PathText.join(folder, $0) }
    }

    /// Loads one case, keeping its problems so every bad file is reported; a file that
    /// cannot be read ends the run (``InputError``).
    private func collect(_ cases: inout [DocumentedCase], _ problems: inout [Diagnostic],
                         _ load: () throws -> DocumentedCase) throws {
        do {
            cases.append(try load())
        } catch let list as DiagnosticList {
            problems += list.diagnostics
        }
    }

    private static func lastByID(_ cases: [DocumentedCase]) -> [DocumentedCase] {
        var index: [String: Int] = [:]
        var result: [DocumentedCase] = []
        for item in cases {
            if let at = index[item.id] { result[at] = item } else { index[item.id] = result.count; result.append(item) }
        }
        return result.sorted { $0.id < $1.id }
    }
}
