import Foundation
import Yams

/// Reads one member's result JSON (DESIGN §6) into a ``TeamInput``.
///
/// JSON is parsed with Yams' composer (JSON is YAML), which keeps a line and column for
/// every value, so every problem is reported as `file:line:column: message`.
public struct ResultFileParser: Sendable {
    /// Creates a parser.
    public init() {}

    /// Parses the bytes of a result file. Throws ``Diagnostic`` naming the file and place.
    public func parse(bytes: [UInt8], file: String) throws -> TeamInput {
        let start = SourceLocation(file: file, line: 1, column: 1)
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw Diagnostic(start, "empty file; expected a verdict result JSON document (from `verdict run --output`)")
        }
        guard let text = String(bytes: bytes, encoding: .utf8) else {
            throw Diagnostic(start, "not UTF-8 text; expected a verdict result JSON document")
        }
        let root = try compose(text, file: file)
        guard let mapping = root.mapping else {
            throw Diagnostic(location(root, file), "expected a JSON object (a verdict result document)")
        }
        return try read(mapping, root: root, file: file)
    }

    /// Whether `text` is a worksheet id: kebab-case, at most 64 characters.
    static func isID(_ text: String) -> Bool {
        guard !text.isEmpty, text.count <= 64, !text.hasPrefix("-"), !text.hasSuffix("-"), !text.contains("--") else {
            return false
        }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    // MARK: - Syntax

    private func compose(_ text: String, file: String) throws -> Node {
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw Diagnostic(SourceLocation(file: file, line: 1, column: 1), "empty document; expected a verdict result JSON object")
            }
            return node
        } catch let error as YamlError {
            throw syntaxDiagnostic(error, text: text, file: file)
        }
    }

    private func syntaxDiagnostic(_ error: YamlError, text: String, file: String) -> Diagnostic {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let lineCount = lines.count
        func diagnostic(_ problem: String, _ mark: Mark) -> Diagnostic {
            let atEnd = mark.line >= lineCount
            let hint = atEnd ? " (the file ends early: is it truncated?)" : ""
            // libyaml places an end-of-stream problem after the last line: point at the end instead.
            var place = SourceLocation(file: file, line: mark.line, column: mark.column)
            if mark.line > lineCount, let last = lines.last {
                place = SourceLocation(file: file, line: lineCount, column: last.unicodeScalars.count + 1)
            }
            return Diagnostic(place, "invalid JSON: \(problem)\(hint)")
        }
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return diagnostic(problem, mark)
        case let .duplicatedKeysInMapping(duplicates, context):
            return diagnostic("duplicate key \(duplicates.joined(separator: ", "))", context.mark)
        default:
            return Diagnostic(SourceLocation(file: file, line: 1, column: 1), "invalid JSON: \(error)")
        }
    }

    // MARK: - Document

    private func read(_ mapping: Node.Mapping, root: Node, file: String) throws -> TeamInput {
        let fields = Fields(mapping, file: file, at: location(root, file))
        if fields["members"] != nil, fields["respondent"] == nil {
            throw Diagnostic(fields.at, "this is a team document, not a member's result; keep team output out of the results folder")
        }
        guard let version = fields["schemaVersion"] else {
            throw Diagnostic(fields.at, "not a verdict result: no 'schemaVersion' (expected a file written by `verdict run --output` or `verdict score --format json`)")
        }
        guard let tool = fields["tool"]?.mapping, let name = scalarString(Fields(tool, file: file, at: fields.at)["name"]),
              name == VerdictVersion.toolName else {
            throw Diagnostic(location(fields["tool"] ?? root, file), "not a verdict result: 'tool.name' is not \"verdict\" (another tool's JSON?)")
        }
        guard version.int == 1 else {
            throw Diagnostic(location(version, file), "unsupported schemaVersion '\(version.scalar?.string ?? "?")'; this build reads version 1")
        }
        let worksheetNode = try fields.require("worksheet")
        guard let worksheetMapping = worksheetNode.mapping else {
            throw Diagnostic(location(worksheetNode, file), "'worksheet' must be an object {id, version, title, sha256}")
        }
        let worksheet = Fields(worksheetMapping, file: file, at: location(worksheetNode, file))
        let respondentNode = try fields.require("respondent")
        guard let respondent = scalarString(respondentNode) else {
            throw Diagnostic(location(respondentNode, file), "'respondent' must be a string")
        }
        let worksheetID = try worksheet.string("id")
        guard Self.isID(worksheetID) else {
            throw Diagnostic(
                location(worksheet["id"] ?? worksheetNode, file),
                "'worksheet.id' must be a kebab-case worksheet id, e.g. django-vs-flask")
        }
        return TeamInput(
            file: file, respondent: respondent, respondentLocation: location(respondentNode, file),
            worksheetID: worksheetID, worksheetVersion: try worksheet.string("version"),
            worksheetSHA256: try worksheet.string("sha256"), worksheetLocation: worksheet.at,
            answers: try answers(try fields.require("answers"), file: file))
    }

    private func answers(_ node: Node, file: String) throws -> [TeamInput.AnsweredQuestion] {
        guard let sequence = node.sequence else {
            throw Diagnostic(location(node, file), "'answers' must be a list of {question, answer, label, importance}")
        }
        return try sequence.map { item in
            let at = location(item, file)
            guard let mapping = item.mapping else {
                throw Diagnostic(at, "each answer must be an object {question, answer, label, importance}")
            }
            let fields = Fields(mapping, file: file, at: at)
            var importance = 1.0
            if let node = fields["importance"] {
                guard let value = node.scalar.flatMap({ Double($0.string) }), value.isFinite else {
                    throw Diagnostic(location(node, file), "'importance' must be a finite number")
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

/// The location of a node (start of file when Yams gives none).
func location(_ node: Node, _ file: String) -> SourceLocation {
    guard let mark = node.mark else { return SourceLocation(file: file, line: 1, column: 1) }
    return SourceLocation(file: file, line: mark.line, column: mark.column)
}

/// A scalar's text, or nil for a non-scalar or a JSON null.
func scalarString(_ node: Node?) -> String? {
    guard let scalar = node?.scalar else { return nil }
    if scalar.style == .plain, scalar.string == "null" { return nil }
    return scalar.string
}

/// The keys of one JSON object, with typed access that reports the place of a problem.
struct Fields {
    let mapping: Node.Mapping
    let file: String
    let at: SourceLocation

    init(_ mapping: Node.Mapping, file: String, at: SourceLocation) {
        self.mapping = mapping
        self.file = file
        self.at = at
    }

    subscript(key: String) -> Node? {
        mapping.first { $0.key.scalar?.string == key }?.value
    }

    func require(_ key: String) throws -> Node {
        guard let node = self[key] else { throw Diagnostic(at, "missing '\(key)'") }
        return node
    }

    func string(_ key: String) throws -> String {
        let node = try require(key)
        guard let value = scalarString(node) else {
            throw Diagnostic(location(node, file), "'\(key)' must be a string")
        }
        return value
    }
}
