#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads one member's result JSON (DESIGN §6) into a ``TeamInput``.
///
/// JSON is parsed with the loader's libyaml event reader (JSON is YAML), which keeps a
/// line and column for every value and enforces ``LoaderLimits`` (size, depth, no
/// anchors), so every problem is reported as `file:line:column: message`.
public struct ResultFileParser: Sendable {
    /// The size and nesting limits applied to each file.
    public var limits: LoaderLimits

    /// Creates a parser.
    public init(limits: LoaderLimits = .standard) {
        self.limits = limits
    }

    /// Parses the bytes of a result file. Throws ``Diagnostic`` naming the file and place.
    public func parse(bytes: [UInt8], file: String) throws -> TeamInput {
        let start = SourceLocation(file: file, line: 1, column: 1)
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw Diagnostic(start, "empty file; expected a verdict result JSON document (from `verdict run --output`)")
        }
        let root: SourceNode
        do {
            root = try YAMLReader(limits: limits).parse(bytes: bytes, file: file)
        } catch let list as DiagnosticList {
            throw syntaxDiagnostic(list, bytes: bytes, file: file)
        }
        guard case let .mapping(pairs, at) = root else {
            throw Diagnostic(root.position.location(in: file), "expected a JSON object (a verdict result document)")
        }
        try Self.refuseDuplicateKeys(root, file: file)
        return try read(ResultFields(pairs, file: file, at: at.location(in: file)), root: root, file: file)
    }

    /// Whether `text` is a worksheet id: kebab-case, at most 64 characters.
    static func isID(_ text: String) -> Bool {
        guard !text.isEmpty, text.count <= 64, !text.hasPrefix("-"), !text.hasSuffix("-"), !text.contains("--") else {
            return false
        }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// A key given twice in one object is an error (which value would count?).
    static func refuseDuplicateKeys(_ node: SourceNode, file: String) throws {
        switch node {
        case .scalar:
            return
        case let .sequence(items, _):
            for item in items { try refuseDuplicateKeys(item, file: file) }
        case let .mapping(pairs, _):
            // Objects here are small: comparing with the keys before is cheaper than hashing.
            var seen: [String] = []
            seen.reserveCapacity(pairs.count)
            for pair in pairs {
                if case let .scalar(text, _, at) = pair.key {
                    if seen.contains(text) {
                        throw Diagnostic(at.location(in: file), "duplicate key '\(TextSanitizer.sanitize(text))'")
                    }
                    seen.append(text)
                }
                try refuseDuplicateKeys(pair.value, file: file)
            }
        }
    }

    // MARK: - Syntax

    /// The reader's first problem, worded for JSON; a problem at the very end of the file
    /// is pointed at the last character and flagged as a likely truncation.
    private func syntaxDiagnostic(_ list: DiagnosticList, bytes: [UInt8], file: String) -> Diagnostic {
        guard let first = list.diagnostics.first else {
            return Diagnostic(SourceLocation(file: file, line: 1, column: 1), "invalid JSON")
        }
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let lineCount = lines.count
        var place = first.location
        var message = first.message
        if message.hasPrefix("invalid YAML") { message = "invalid JSON" + message.dropFirst("invalid YAML".count) }
        if place.line >= lineCount {
            message += " (the file ends early: is it truncated?)"
            if place.line > lineCount, let last = lines.last {
                place = SourceLocation(file: file, line: lineCount, column: last.unicodeScalars.count + 1)
            }
        }
        return Diagnostic(place, message)
    }

    // MARK: - Document

    private func read(_ fields: ResultFields, root: SourceNode, file: String) throws -> TeamInput {
        if fields["members"] != nil, fields["respondent"] == nil {
            throw Diagnostic(fields.at, "this is a team document, not a member's result; keep team output out of the results folder")
        }
        guard let version = fields["schemaVersion"] else {
            throw Diagnostic(fields.at, "not a verdict result: no 'schemaVersion' (expected a file written by `verdict run --output` or `verdict score --format json`)")
        }
        let toolNode = fields["tool"]
        guard let tool = toolNode.flatMap({ ResultFields($0, file: file) }), resultScalar(tool["name"]) == VerdictVersion.toolName else {
            throw Diagnostic(
                (toolNode ?? root).position.location(in: file),
                "not a verdict result: 'tool.name' is not \"verdict\" (another tool's JSON?)")
        }
        guard let text = resultScalar(version), ResultDocument.readableSchemaVersions.map(String.init).contains(text) else {
            throw Diagnostic(
                version.position.location(in: file),
                "unsupported schemaVersion \(version.kindDescription); this build reads versions 1 and 2")
        }
        let worksheetNode = try fields.require("worksheet")
        guard let worksheet = ResultFields(worksheetNode, file: file) else {
            throw Diagnostic(worksheetNode.position.location(in: file), "'worksheet' must be an object {id, version, title, sha256}")
        }
        let respondentNode = try fields.require("respondent")
        guard let respondent = resultScalar(respondentNode) else {
            throw Diagnostic(respondentNode.position.location(in: file), "'respondent' must be a string")
        }
        let worksheetID = try worksheet.string("id")
        guard Self.isID(worksheetID) else {
            throw Diagnostic(
                (worksheet["id"] ?? worksheetNode).position.location(in: file),
                "'worksheet.id' must be a kebab-case worksheet id, e.g. django-vs-flask")
        }
        let sha256 = try worksheet.string("sha256")
        guard sha256.utf8.count == 64, sha256.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }) else {
            throw Diagnostic(
                (worksheet["sha256"] ?? worksheetNode).position.location(in: file),
                "'worksheet.sha256' must be 64 lower-case hex digits (the SHA-256 of the worksheet file)")
        }
        return TeamInput(
            file: file, respondent: respondent, respondentLocation: respondentNode.position.location(in: file),
            worksheetID: worksheetID, worksheetVersion: try worksheet.string("version"),
            worksheetSHA256: sha256, worksheetLocation: worksheet.at,
            answers: try answers(try fields.require("answers"), file: file))
    }

    private func answers(_ node: SourceNode, file: String) throws -> [TeamInput.AnsweredQuestion] {
        guard case let .sequence(items, _) = node else {
            throw Diagnostic(node.position.location(in: file), "'answers' must be a list of {question, answer, label, importance}")
        }
        return try items.map { item in
            let at = item.position.location(in: file)
            guard let fields = ResultFields(item, file: file) else {
                throw Diagnostic(at, "each answer must be an object {question, answer, label, importance}")
            }
            var importance = 1.0
            if let node = fields["importance"] {
                guard let text = resultScalar(node), let value = Double(text), value.isFinite else {
                    throw Diagnostic(node.position.location(in: file), "'importance' must be a finite number")
                }
                importance = value
            }
            return TeamInput.AnsweredQuestion(
                question: try fields.string("question"), answer: try fields.string("answer"),
                importance: importance, location: at)
        }
    }
}

// MARK: - Helpers

/// A scalar's text, or nil for a non-scalar or a JSON null.
private func resultScalar(_ node: SourceNode?) -> String? {
    guard case let .scalar(text, plain, _) = node else { return nil }
    if plain, text == "null" { return nil }
    return text
}

/// The keys of one JSON object, with typed access that reports the place of a problem.
private struct ResultFields {
    let pairs: [SourcePair]
    let file: String
    let at: SourceLocation

    init(_ pairs: [SourcePair], file: String, at: SourceLocation) {
        self.pairs = pairs
        self.file = file
        self.at = at
    }

    /// The fields of a mapping node; nil for any other node.
    init?(_ node: SourceNode, file: String) {
        guard case let .mapping(pairs, position) = node else { return nil }
        self.init(pairs, file: file, at: position.location(in: file))
    }

    subscript(key: String) -> SourceNode? {
        for pair in pairs {
            if case let .scalar(text, _, _) = pair.key, text == key { return pair.value }
        }
        return nil
    }

    func require(_ key: String) throws -> SourceNode {
        guard let node = self[key] else { throw Diagnostic(at, "missing '\(key)'") }
        return node
    }

    func string(_ key: String) throws -> String {
        let node = try require(key)
        guard let value = resultScalar(node) else {
            throw Diagnostic(node.position.location(in: file), "'\(key)' must be a string")
        }
        return value
    }
}
