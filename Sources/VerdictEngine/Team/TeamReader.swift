import Dispatch
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Synchronization

/// Reads members' result files for `verdict team`.
///
/// Each path is a result JSON file or a folder; a folder stands for every `*.json` file
/// directly in it (not hidden ones, not sub-folders), sorted by name. Every file is read
/// and checked on its own here; cross-file checks (same worksheet, unique names) are
/// ``TeamMerger``'s.
public struct TeamReader: Sendable {
    /// The parser used for each file.
    public var parser: ResultFileParser

    /// Creates a reader.
    public init(parser: ResultFileParser = ResultFileParser()) {
        self.parser = parser
    }

    /// Reads every named file and every `*.json` in every named folder, in order.
    /// Throws ``InputError`` (`.missing`) for a path that does not exist or cannot be read,
    /// or a folder without result files, and ``Diagnostic`` for a bad file.
    public func read(paths: [String]) throws -> [TeamInput] {
        let files = try files(for: paths)
        // The files are independent, so they are parsed on every core (libyaml parses one
        // file on one thread at about 30 MB/s); the first failure in file order is thrown.
        let results = Mutex([Result<TeamInput, any Error>?](repeating: nil, count: files.count))
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let result = Result { [parser] in
                try parser.parse(bytes: FileReader.contents(of: files[index], limit: parser.limits.maxFileBytes),
                                 file: files[index])
            }
            results.withLock { $0[index] = result }
        }
        return try results.withLock { $0 }.compactMap { try $0?.get() }  // every slot is filled
    }

    /// What a team export writes beside the members' results: never read as a result.
    static let besideResults: Set<String> = [TeamExport.teamFile, TeamExport.decisionFile, "known_hosts"]

    /// The files the paths stand for, folders expanded, in order; a file named twice (a
    /// folder and a file in it, `a.json` and `./a.json`) is read once.
    public func files(for paths: [String]) throws -> [String] {
        var result: [String] = []
        for path in paths {
            let kind = FileKind(path: path)
            guard kind != .missing else {
                throw InputError(.missing, path: path, "no such file or folder")
            }
            guard kind == .folder else {
                // What a meeting writes beside the results is skipped as a folder's is (a
                // glob, `m1/*`, names it too).
                if !Self.besideResults.contains(PathText.lastComponent(path)) { result.append(path) }
                continue
            }
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: path)
            } catch {
                throw InputError(.missing, path: path, "cannot list this folder")
            }
            // A live meeting's folder also holds the team document it wrote (`team.json`).
            let found = names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") && !Self.besideResults.contains($0) }.sorted()
            let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
            let jsonFiles = found.map { "\(folder)/\($0)" }.filter { file in
                let kind = FileKind(path: file)
                return kind == .file || kind == .other
            }
            guard !jsonFiles.isEmpty else {
                throw InputError(.missing, path: path, "no *.json result files in this folder")
            }
            result += jsonFiles
        }
        var seen = Set<String>()
        return result.filter { seen.insert(FileReader.identity(of: $0) ?? $0).inserted }
    }
}
