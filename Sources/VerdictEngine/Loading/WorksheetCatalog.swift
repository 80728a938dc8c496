#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Finds worksheets by id on the search path, or by path.
///
/// Search path, in order: the worksheets built into the binary (origin `bundled:ID`),
/// `./worksheets`, `$XDG_CONFIG_HOME/verdict/worksheets` (default
/// `~/.config/verdict/worksheets`), then any extra folders. A worksheet is found by its
/// file name: `ID.yaml`, `ID.yml` or `ID.json`. When several places hold the same id, the
/// LAST one wins: a local `./worksheets/django-vs-flask.yaml` overrides the bundled one,
/// and a user's config folder overrides both.
public struct WorksheetCatalog: Sendable {
    /// The worksheet `verdict` runs when none is named.
    public static let defaultWorksheetID = "django-vs-flask"
    /// File extensions recognised as worksheets.
    public static let extensions = ["yaml", "yml", "json"]

    /// The folders searched after the bundled worksheets, in order.
    public let folders: [String]
    /// Whether the bundled worksheets come first on the path.
    public let includesBundled: Bool
    /// The loader used.
    public let loader: WorksheetLoader
    /// Where validated worksheets are kept between runs (`verdict run` sets it); nil
    /// parses every time.
    public var cache: WorksheetCache?

    /// Creates a catalog over explicit folders.
    public init(folders: [String], includesBundled: Bool = true, loader: WorksheetLoader = WorksheetLoader()) {
        self.folders = folders
        self.includesBundled = includesBundled
        self.loader = loader
    }

    /// The standard search path for this environment and working directory.
    public static func standard(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        currentDirectory: String = FileReader.currentDirectory(),
        extraFolders: [String] = []
    ) -> WorksheetCatalog {
        var folders = [PathText.join(currentDirectory, "worksheets")]
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty {
            folders.append(PathText.join(config, "verdict/worksheets"))
        } else if let home = environment["HOME"], !home.isEmpty {
            folders.append(PathText.join(home, ".config/verdict/worksheets"))
        }
        return WorksheetCatalog(folders: folders + extraFolders)
    }

    // MARK: - Resolving

    /// Loads the worksheet a user named: nil means the default id; a reference that is an
    /// existing file, contains `/`, or ends in `.yaml`/`.yml`/`.json` is a path; anything
    /// else is an id looked up on the search path. Throws ``InputError`` `.missing` (listing
    /// the known ids) or ``DiagnosticList``.
    public func resolve(_ reference: String?) throws -> Worksheet {
        let name = reference ?? Self.defaultWorksheetID
        if Self.isPath(name) { return try loadFile(name) }
        if let candidate = lastCandidate(withID: name) {
            return try load(candidate)
        }
        let known = Set(candidates().map(\.id)).sorted()
        let guess = NearestName.suggestion(for: name, among: known).map { "; did you mean '\($0)'?" } ?? ""
        throw InputError(.missing, path: name, "no worksheet with this id" + guess
            + (known.isEmpty ? "" : " (known: \(known.joined(separator: ", ")))")
            + "; give an id from 'verdict list' or a path to a file")
    }

    /// Whether a reference names a file rather than an id.
    public static func isPath(_ reference: String) -> Bool {
        if reference.contains("/") { return true }
        if extensions.contains(where: { reference.hasSuffix("." + $0) }) { return true }
        let kind = FileKind(path: reference)
        return kind == .file || kind == .other
    }

    // MARK: - Shadowing

    /// One line when `worksheet` is a file that hides the built-in worksheet of the same
    /// id with other contents (`./worksheets/django-vs-flask.yaml` from a cloned
    /// repository), else nil: `run` says it (on the welcome screen, or on standard error
    /// with plain prompts), and `list` adds it below the table.
    public func shadowNotice(for worksheet: Worksheet) -> String? {
        guard !worksheet.origin.hasPrefix("bundled:"),
              BundledFiles.worksheets.contains(where: { Self.stem($0.name) == worksheet.id }),
              !Self.isBuiltIn(worksheet) else { return nil }
        return "\(TextSanitizer.sanitize(worksheet.origin)) replaces the built-in worksheet \(worksheet.id)"
    }

    /// Whether `worksheet` is a built-in one: bundled, or a file with exactly the bytes of
    /// the bundled worksheet of its id (the project's own `worksheets/` folder).
    public static func isBuiltIn(_ worksheet: Worksheet) -> Bool {
        if worksheet.origin == "bundled:\(worksheet.id)" { return true }
        guard let bundled = BundledFiles.worksheets.first(where: { stem($0.name) == worksheet.id }) else { return false }
        return WorksheetLoader.sha256(bundled.bytes) == worksheet.sha256
    }

    // MARK: - Listing

    /// Every worksheet on the search path, in search order. Broken files are listed with
    /// their first problem; entries overridden by a later one are marked shadowed.
    public func entries() -> [CatalogEntry] {
        var result: [CatalogEntry] = []
        for candidate in candidates() {
            do {
                let worksheet = try load(candidate)
                var entry = CatalogEntry(
                    id: worksheet.id, title: worksheet.title, options: worksheet.options.map(\.id),
                    questionCount: worksheet.questions.count, origin: candidate.origin)
                entry.replacesBuiltIn = shadowNotice(for: worksheet) != nil
                result.append(entry)
            } catch let list as DiagnosticList {
                let first = list.diagnostics.first.map { "\($0.location.line):\($0.location.column): \($0.message)" }
                result.append(CatalogEntry(id: candidate.id, title: "", options: [], questionCount: 0,
                                           origin: candidate.origin, problem: first ?? "invalid"))
            } catch {
                // The row names the file already: an InputError's message alone ("is a FIFO; expected a file").
                result.append(CatalogEntry(id: candidate.id, title: "", options: [], questionCount: 0,
                                           origin: candidate.origin, problem: (error as? InputError)?.message ?? "\(error)"))
            }
        }
        var seen = Set<String>()
        for index in result.indices.reversed() {
            if seen.contains(result[index].id) { result[index].isShadowed = true }
            seen.insert(result[index].id)
        }
        return result
    }

    // MARK: - Candidates

    /// A worksheet file on the search path, not yet loaded.
    struct Candidate {
        /// Id from the file name.
        var id: String
        /// `bundled:ID` or the file path.
        var origin: String
        /// Bytes of a bundled file; nil for files on disk.
        var bytes: [UInt8]?
    }

    /// Every worksheet file on the search path, in search order.
    func candidates() -> [Candidate] {
        var result: [Candidate] = []
        if includesBundled {
            for file in BundledFiles.worksheets {
                let id = Self.stem(file.name)
                result.append(Candidate(id: id, origin: "bundled:\(id)", bytes: file.bytes))
            }
        }
        for folder in folders {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
            for name in names.sorted() where Self.extensions.contains(PathText.pathExtension(name)) {
                result.append(Candidate(id: Self.stem(name),
                                        origin: PathText.join(folder, name)))
            }
        }
        return result
    }

    /// The candidate ``candidates()`` would list last for an id, found by looking up its
    /// possible file names instead of listing every folder (quicker at start-up).
    func lastCandidate(withID id: String) -> Candidate? {
        guard !id.isEmpty else { return nil }
        // Within a folder, names sort as ID.json < ID.yaml < ID.yml; the last one wins.
        let namesLastFirst = Self.extensions.map { "\(id).\($0)" }.sorted().reversed()
        for folder in folders.reversed() {
            for name in namesLastFirst {
                let path = PathText.join(folder, name)
                var status = stat()
                if lstat(path, &status) == 0 { return Candidate(id: id, origin: path) }
            }
        }
        guard includesBundled else { return nil }
        return BundledFiles.worksheets.last { Self.stem($0.name) == id }
            .map { Candidate(id: id, origin: "bundled:\(id)", bytes: $0.bytes) }
    }

    private func load(_ candidate: Candidate) throws -> Worksheet {
        guard let bytes = candidate.bytes else { return try loadFile(candidate.origin) }
        guard let cache else { return try loader.load(bytes: bytes, file: candidate.origin, origin: candidate.origin) }
        let key = WorksheetCache.key(forBundled: bytes)
        if let cached = cache.load(origin: candidate.origin, key: key) { return cached }
        let worksheet = try loader.load(bytes: bytes, file: candidate.origin, origin: candidate.origin)
        cache.store(worksheet, origin: candidate.origin, key: key)
        return worksheet
    }

    /// Loads a worksheet file, through the cache when there is one.
    private func loadFile(_ path: String) throws -> Worksheet {
        guard let cache, let (key, settled) = cache.key(forFileAt: path) else {
            return try loader.load(contentsOf: path)
        }
        if let cached = cache.load(origin: path, key: key) { return cached }
        let worksheet = try loader.load(contentsOf: path)
        if settled { cache.store(worksheet, origin: path, key: key) }
        return worksheet
    }

    private static func stem(_ name: String) -> String {
        PathText.baseName(name)
    }
}
