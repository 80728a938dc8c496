/// Reads one respondent's answers for `verdict score`: an answers file, a result JSON
/// document, or `--answer ID=ANSWER` flags, all validated against the worksheet.
///
/// Answers file (YAML or JSON):
/// `{respondent: NAME, answers: {QUESTION_ID: ANSWER_ID}, importance: {QUESTION_ID: N}}`.
/// A result document (`schemaVersion` 1 or 2) is recognised by its `schemaVersion` field; its
/// `answers` list is read and its worksheet id must match. For yes/no questions,
/// `yes`/`no`/`true`/`false` in any case (quoted or not) and JSON booleans all mean
/// `yes`/`no`. Problems are thrown as a ``DiagnosticList`` (exit 65).
public struct AnswersReader: Sendable {
    /// Creates a reader.
    public init() {}

    // MARK: - Files

    /// An answers file or result document, parsed once: the worksheet it names can be
    /// looked at before its answers are read for a worksheet.
    public struct Source: Sendable {
        let root: SourceNode
        let file: String

        /// The worksheet id a result document names, or nil for an answers file:
        /// `verdict score --answers RESULT.json` with no worksheet scores that one.
        public var resultWorksheetID: String? {
            func value(_ key: String, in node: SourceNode?) -> SourceNode? {
                guard case let .mapping(pairs, _)? = node else { return nil }
                return pairs.first { if case .scalar(key, _, _) = $0.key { true } else { false } }?.value
            }
            guard value("schemaVersion", in: root) != nil,
                  case let .scalar(id, _, _)? = value("id", in: value("worksheet", in: root)) else { return nil }
            return id
        }
    }

    /// Parses an answers file or a result document. Throws ``InputError`` `.missing` when
    /// the file cannot be read, ``DiagnosticList`` when it is not YAML or JSON.
    public func load(contentsOf path: String) throws -> Source {
        let bytes = try FileReader.contents(of: path, limit: LoaderLimits.standard.maxFileBytes)
        return Source(root: try YAMLReader(limits: .standard).parse(bytes: bytes, file: path), file: path)
    }

    /// Reads an answers file or a result document. Throws ``InputError`` `.missing` when
    /// the file cannot be read, ``DiagnosticList`` when its contents are wrong.
    public func read(contentsOf path: String, for worksheet: Worksheet) throws -> Responses {
        try read(load(contentsOf: path), for: worksheet)
    }

    /// Reads answers from bytes; `file` names them in diagnostics.
    public func read(bytes: [UInt8], file: String, for worksheet: Worksheet) throws -> Responses {
        try read(Source(root: YAMLReader(limits: .standard).parse(bytes: bytes, file: file), file: file), for: worksheet)
    }

    /// Reads the answers of a parsed file for a worksheet.
    public func read(_ source: Source, for worksheet: Worksheet) throws -> Responses {
        let root = source.root
        let sink = DiagnosticCollector(file: source.file)
        let reader = FieldReader(sink: sink, limits: .standard)
        let isResult: Bool = if case let .mapping(pairs, _) = root {
            pairs.contains { if case .scalar("schemaVersion", _, _) = $0.key { true } else { false } }
        } else { false }
        let responses = isResult
            ? readResult(root, reader: reader, worksheet: worksheet)
            : readAnswersFile(root, reader: reader, worksheet: worksheet)
        try sink.throwIfAny()
        return responses ?? Responses()
    }

    // MARK: - Flags

    /// Reads `--answer ID=ANSWER` flags. Diagnostics use the file name `--answer`, line 1
    /// and column = the flag's 1-based position among the flags; messages start with
    /// `--answer ID=ANSWER: `. Problems are thrown as a ``DiagnosticList``.
    public func parse(assignments: [String], for worksheet: Worksheet) throws -> Responses {
        let sink = DiagnosticCollector(file: "--answer")
        var given: [AnswersValidator.Given] = []
        for (index, assignment) in assignments.enumerated() {
            let position = SourcePosition(line: 1, column: index + 1)
            let prefix = "--answer \(TextSanitizer.sanitize(assignment)): "
            guard let equals = assignment.firstIndex(of: "="),
                  !assignment[..<equals].isEmpty, !assignment[assignment.index(after: equals)...].isEmpty else {
                sink.add(position, prefix + "expected QUESTION=ANSWER, e.g. api=yes")
                continue
            }
            given.append(AnswersValidator.Given(
                question: String(assignment[..<equals]), answer: String(assignment[assignment.index(after: equals)...]),
                questionAt: position, answerAt: position, prefix: prefix))
        }
        let responses = AnswersValidator(sink: sink, worksheet: worksheet).validate(
            respondent: "", answers: given, importance: [], missingAt: SourcePosition(line: 1, column: 1),
            missingHint: "; add --answer QUESTION=ANSWER for it")
        try sink.throwIfAny()
        return responses
    }

    // MARK: - Answers file

    private func readAnswersFile(_ root: SourceNode, reader: FieldReader, worksheet: Worksheet) -> Responses? {
        guard let fields = reader.fields(of: root, context: "", what: "an answers file",
                                         allowed: ["respondent", "answers", "importance"], required: ["answers"])
        else { return nil }
        let respondent = fields["respondent"].flatMap { reader.name($0.value, field: "respondent", allowEmpty: true) } ?? ""
        var given: [AnswersValidator.Given] = []
        if let node = fields["answers"]?.value {
            if case let .mapping(pairs, _) = node {
                for pair in pairs {
                    guard case let .scalar(question, _, questionAt) = pair.key,
                          case let .scalar(answer, _, answerAt) = pair.value else {
                        reader.sink.add(pair.value.position, "answers: expected QUESTION_ID: ANSWER_ID, "
                            + "found \(pair.key.kindDescription): \(pair.value.kindDescription)")
                        continue
                    }
                    given.append(.init(question: question, answer: answer, questionAt: questionAt, answerAt: answerAt))
                }
            } else {
                reader.sink.add(node.position, "answers: expected a mapping of question id to answer id, "
                    + "found \(node.kindDescription)")
            }
        }
        var weights: [AnswersValidator.Weighting] = []
        if let node = fields["importance"]?.value {
            if case let .mapping(pairs, _) = node {
                for pair in pairs {
                    guard case let .scalar(question, _, questionAt) = pair.key else {
                        reader.sink.add(pair.key.position, "importance: expected a question id, "
                            + "found \(pair.key.kindDescription)")
                        continue
                    }
                    weights.append(.init(question: question, value: pair.value, questionAt: questionAt))
                }
            } else {
                reader.sink.add(node.position, "importance: expected a mapping of question id to number, "
                    + "found \(node.kindDescription)")
            }
        }
        let missingAt = fields["answers"]?.key.position ?? root.position
        return AnswersValidator(sink: reader.sink, worksheet: worksheet).validate(
            respondent: respondent, answers: given, importance: weights, missingAt: missingAt, missingHint: "")
    }

    // MARK: - Result document

    static let resultFields = ["schemaVersion", "tool", "worksheet", "respondent", "completedAt", "answers", "scores",
                               "recommendation", "reasons", "sensitivity", "whatIf", "basis", "alternatives"]

    private func readResult(_ root: SourceNode, reader: FieldReader, worksheet: Worksheet) -> Responses? {
        let sink = reader.sink
        guard let fields = reader.fields(of: root, context: "", what: "a result document",
                                         allowed: Self.resultFields, required: ["schemaVersion", "worksheet", "answers"])
        else { return nil }
        if let node = fields["schemaVersion"]?.value {
            guard case let .scalar(text, true, _) = node, ResultDocument.readableSchemaVersions.map(String.init).contains(text)
            else {
                sink.add(node.position, "schemaVersion: expected 1 or 2, found \(node.kindDescription)")
                return nil
            }
        }
        if let node = fields["worksheet"]?.value, case let .mapping(pairs, _) = node {
            let idPair = pairs.first { if case .scalar("id", _, _) = $0.key { true } else { false } }
            if case let .scalar(id, _, position)? = idPair?.value, id != worksheet.id {
                sink.add(position, "worksheet: this result is for worksheet '\(TextSanitizer.sanitize(id))'; "
                    + "expected '\(worksheet.id)'")
                return nil
            } else if idPair == nil {
                sink.add(node.position, "worksheet: missing required field 'id'")
            }
        } else if let node = fields["worksheet"]?.value {
            sink.add(node.position, "worksheet: expected a mapping with the worksheet's id, found \(node.kindDescription)")
        }
        let respondent = fields["respondent"].flatMap { reader.name($0.value, field: "respondent", allowEmpty: true) } ?? ""
        var given: [AnswersValidator.Given] = []
        var weights: [AnswersValidator.Weighting] = []
        let known = Set(worksheet.questions.map(\.id))
        if let node = fields["answers"]?.value, let items = reader.list(node, context: "", field: "answers") {
            for item in items {
                guard let entry = reader.fields(of: item, context: "answers", what: "an answer entry",
                                                allowed: ["question", "answer", "label", "importance"],
                                                required: ["question", "answer"]),
                      case let .scalar(question, _, questionAt)? = entry["question"]?.value,
                      case let .scalar(answer, _, answerAt)? = entry["answer"]?.value else { continue }
                given.append(.init(question: question, answer: answer, questionAt: questionAt, answerAt: answerAt))
                if let value = entry["importance"]?.value, known.contains(question) {
                    weights.append(.init(question: question, value: value, questionAt: value.position))
                }
            }
        }
        let missingAt = fields["answers"]?.key.position ?? root.position
        return AnswersValidator(sink: sink, worksheet: worksheet).validate(
            respondent: respondent, answers: given, importance: weights, missingAt: missingAt, missingHint: "")
    }
}
