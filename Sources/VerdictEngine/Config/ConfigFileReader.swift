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

/// Reads and validates a config file with the worksheet loader's YAML reader, so its
/// errors look the same: `FILE:LINE:COL: message`, every problem at once, unknown keys
/// listed with the allowed ones, wrong types named.
public struct ConfigFileReader: Sendable {
    /// The limits in force (file size, nesting, text length).
    public let limits: LoaderLimits
    /// The home folder used to expand `~/` in paths.
    public let home: String?

    /// Creates a reader.
    public init(limits: LoaderLimits = .standard,
                home: String? = ProcessInfo.processInfo.environment["HOME"]) {
        self.limits = limits
        self.home = home
    }

    // MARK: - Reading

    /// Reads the config file at `path`; nil when there is no file there.
    /// Throws ``DiagnosticList`` for an invalid file, ``InputError`` when it cannot be read.
    public func read(contentsOf path: String) throws -> ConfigFile? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let bytes = try FileReader.contents(of: path, limit: limits.maxFileBytes)
        return try read(bytes: bytes, file: path)
    }

    /// Parses config text. `file` names it in diagnostics and anchors relative paths.
    /// An empty file (or one with only comments) is a valid, empty config.
    public func read(bytes: [UInt8], file: String) throws -> ConfigFile {
        let root = try YAMLReader(limits: limits).parse(bytes: bytes, file: file)
        var config = ConfigFile(path: file)
        if case let .scalar(text, true, _) = root, text.isEmpty { return config }
        let sink = DiagnosticCollector(file: file)
        let reader = FieldReader(sink: sink, limits: limits)
        guard let fields = reader.fields(of: root, context: "", what: "the settings",
                                         allowed: ConfigFile.keys, required: []) else {
            try sink.throwIfAny()
            return config
        }
        let folder = PathText.parent(file)
        if let node = fields["worksheet"]?.value { config.worksheet = worksheet(node, reader, folder: folder) }
        if let node = fields["name"]?.value { config.name = reader.name(node, field: "name") }
        if let node = fields["theme"]?.value {
            config.theme = choice(node, reader, field: "theme", names: ThemeChoice.namesList) { ThemeChoice(name: $0) }
        }
        if let node = fields["keys"]?.value {
            config.keys = choice(node, reader, field: "keys", names: KeyStyle.namesList) { KeyStyle(rawValue: $0) }
        }
        if let node = fields["autosave"]?.value { config.autosave = reader.bool(node, context: "", field: "autosave") }
        if let node = fields["worksheetFolders"]?.value { config.worksheetFolders = folders(node, reader, folder: folder) }
        try sink.throwIfAny()
        return config
    }

    // MARK: - Fields

    /// A worksheet id (kebab-case) or a path (contains `/`, starts with `~` or ends in
    /// `.yaml`/`.yml`/`.json`), resolved against the config folder.
    private func worksheet(_ node: SourceNode, _ reader: FieldReader, folder: String) -> String? {
        guard let text = reader.text(node, context: "", field: "worksheet") else { return nil }
        if Self.looksLikePath(text) { return ConfigLocation.resolve(text, relativeTo: folder, home: home) }
        guard FieldReader.isValidID(text) else {
            reader.sink.add(node.position, "worksheet: '\(TextSanitizer.sanitize(String(text.prefix(80))))' is "
                + "neither a worksheet id (kebab-case, e.g. django-vs-flask) nor a path to a .yaml, .yml or .json file")
            return nil
        }
        return text
    }

    /// One of a fixed set of names.
    private func choice<Value>(_ node: SourceNode, _ reader: FieldReader, field: String, names: String,
                               _ make: (String) -> Value?) -> Value? {
        guard case let .scalar(raw, _, _) = node, let value = make(raw) else {
            reader.sink.add(node.position, "\(field): expected one of \(names), found \(node.kindDescription)")
            return nil
        }
        return value
    }

    /// A list of folder paths, each resolved against the config folder.
    private func folders(_ node: SourceNode, _ reader: FieldReader, folder: String) -> [String]? {
        guard let items = reader.list(node, context: "", field: "worksheetFolders") else { return nil }
        var result: [String] = []
        for item in items {
            guard let text = reader.text(item, context: "", field: "worksheetFolders") else { continue }
            result.append(ConfigLocation.resolve(text, relativeTo: folder, home: home))
        }
        return result.count == items.count ? result : nil
    }

    /// Whether a worksheet reference written in settings is a path rather than an id.
    static func looksLikePath(_ text: String) -> Bool {
        text.contains("/") || text.hasPrefix("~")
            || WorksheetCatalog.extensions.contains { text.hasSuffix("." + $0) }
    }
}
