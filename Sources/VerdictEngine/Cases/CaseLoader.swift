/// Loads documented-case files (format 1) with the same care as worksheets: libyaml events,
/// every problem as a one-line `FILE:LINE:COL` diagnostic, unknown fields refused, limits
/// enforced, text free of control characters. ``check(_:against:)`` then checks a case's
/// answers against a worksheet.
public struct CaseLoader: Sendable {
    /// The limits in force (the worksheet loader's).
    public let limits: LoaderLimits
    /// Most facts in one case.
    public static let maxFacts = 200
    /// Most worksheet blocks in one case.
    public static let maxBlocks = 50

    static let topFields = ["format", "id", "project", "url", "chosen", "decided", "summary", "facts", "worksheets"]
    static let factFields = ["id", "text", "source"]

    /// Creates a loader.
    public init(limits: LoaderLimits = .standard) { self.limits = limits }

    // MARK: - Loading

    /// Loads a case file. Throws ``InputError`` when it cannot be read, ``DiagnosticList``
    /// when it is not a valid case.
    public func load(contentsOf path: String) throws -> DocumentedCase {
        let bytes = try FileReader.contents(of: path, limit: limits.maxFileBytes)
        return try load(bytes: bytes, file: path, expectedID: PathText.baseName(path))
    }

    /// Loads a case from bytes; `file` names it in diagnostics; `expectedID` (the file
    /// name's stem) must equal its `id` when given.
    public func load(bytes: [UInt8], file: String, expectedID: String?) throws -> DocumentedCase {
        let root = try YAMLReader(limits: limits).parse(bytes: bytes, file: file)
        let sink = DiagnosticCollector(file: file)
        let reader = FieldReader(sink: sink, limits: limits)
        guard let fields = reader.fields(of: root, context: "", what: "a case", allowed: Self.topFields,
                                         required: Self.topFields) else {
            try sink.throwIfAny()
            throw DiagnosticList([Diagnostic(SourceLocation(file: file, line: 1, column: 1), "not a case")])
        }
        if let node = fields["format"]?.value, !(node.isPlain("1")) {
            sink.add(node.position, "format: expected the integer 1, found \(node.kindDescription)")
        }
        let id = fields["id"].flatMap { reader.id($0.value, context: "") } ?? ""
        if let node = fields["id"]?.value, let expectedID, !id.isEmpty, id != expectedID {
            sink.add(node.position, "id: '\(id)' differs from the file name '\(TextSanitizer.sanitize(expectedID))'; "
                + "expected them to match")
        }
        let project = fields["project"].flatMap { reader.text($0.value, context: "", field: "project") } ?? ""
        let url = fields["url"].flatMap { readURL($0.value, reader: reader, context: "", field: "url") } ?? ""
        let chosenNode = fields["chosen"]?.value
        let chosen = chosenNode.flatMap { reader.id($0, context: "", field: "chosen") } ?? ""
        let decided = fields["decided"].flatMap { reader.yearMonth($0.value, context: "", field: "decided") } ?? ""
        let summary = fields["summary"].flatMap {
            reader.text($0.value, context: "", field: "summary", multiline: true)
        } ?? ""
        let facts = fields["facts"].map { readFacts($0.value, reader: reader) } ?? []
        let factIDs = Set(facts.map(\.id))
        let blocks = fields["worksheets"].map { readBlocks($0.value, reader: reader, factIDs: factIDs) } ?? []
        try sink.throwIfAny()
        return DocumentedCase(
            id: id, project: project, url: url, chosen: chosen, decided: decided, summary: summary, facts: facts,
            blocks: blocks, file: file,
            chosenAt: (chosenNode?.position ?? SourcePosition(line: 1, column: 1)).location(in: file))
    }

    // MARK: - Checking against a worksheet

    /// Problems with the case's block for this worksheet: `chosen` neither an option nor an
    /// alternative, unknown questions, unknown answers. Empty when the case has no block.
    public static func check(_ item: DocumentedCase, against worksheet: Worksheet) -> [Diagnostic] {
        guard let block = item.block(for: worksheet.id) else { return [] }
        var problems: [Diagnostic] = []
        let choices = worksheet.options.map(\.id) + worksheet.alternatives.map(\.id)
        if !choices.contains(item.chosen) {
            problems.append(Diagnostic(item.chosenAt, "chosen: '\(item.chosen)' is not an option of worksheet "
                + "'\(worksheet.id)' (options are \(choices.joined(separator: ", "))); remove its block or choose one"))
        }
        for answer in block.answers {
            guard let question = worksheet.question(answer.question) else {
                problems.append(Diagnostic(answer.questionAt, "worksheets: \(worksheet.id): unknown question "
                    + "'\(answer.question)' (not in worksheet '\(worksheet.id)' \(worksheet.version))"))
                continue
            }
            if question.answer(answer.answer) == nil {
                problems.append(Diagnostic(answer.answerAt, "worksheets: \(worksheet.id): question '\(question.id)' "
                    + "has no answer '\(answer.answer)' (answers are \(question.answers.map(\.id).joined(separator: ", ")))"))
            }
        }
        return problems
    }

    // MARK: - Parts

    private func readURL(_ node: SourceNode, reader: FieldReader, context: String, field: String) -> String? {
        guard let text = reader.text(node, context: context, field: field) else { return nil }
        guard text.hasPrefix("https://") || text.hasPrefix("http://"), !text.contains(" ") else {
            reader.sink.add(node.position, reader.prefix(context) + "\(field): expected an http(s) URL, "
                + "found \(node.kindDescription)")
            return nil
        }
        return text
    }

    private func readFacts(_ node: SourceNode, reader: FieldReader) -> [DocumentedCase.Fact] {
        guard let items = reader.list(node, context: "", field: "facts") else { return [] }
        if items.count > Self.maxFacts {
            reader.sink.add(node.position, "facts: found \(items.count); expected at most \(Self.maxFacts)")
            return []
        }
        var result: [DocumentedCase.Fact] = []
        for item in items {
            let context = FieldReader.itemContext(item, kind: "fact")
            guard let fields = reader.fields(of: item, context: context, what: "a fact", allowed: Self.factFields,
                                             required: Self.factFields),
                  let idNode = fields["id"]?.value, let id = reader.id(idNode, context: context) else { continue }
            if result.contains(where: { $0.id == id }) {
                reader.sink.add(idNode.position, "duplicate fact id '\(id)'")
                continue
            }
            let named = "fact '\(id)'"
            let text = fields["text"].flatMap { reader.text($0.value, context: named, field: "text", multiline: true) }
            let source = fields["source"].flatMap { readURL($0.value, reader: reader, context: named, field: "source") }
            result.append(DocumentedCase.Fact(id: id, text: text ?? "", source: source ?? ""))
        }
        return result
    }

    private func readBlocks(_ node: SourceNode, reader: FieldReader, factIDs: Set<String>) -> [DocumentedCase.Block] {
        guard case let .mapping(pairs, _) = node else {
            reader.sink.add(node.position, "worksheets: expected a mapping of worksheet id to answers, "
                + "found \(node.kindDescription)")
            return []
        }
        if pairs.count > Self.maxBlocks {
            reader.sink.add(node.position, "worksheets: found \(pairs.count); expected at most \(Self.maxBlocks)")
            return []
        }
        var result: [DocumentedCase.Block] = []
        for pair in pairs {
            guard let sheet = reader.id(pair.key, context: "worksheets", field: "worksheet id") else { continue }
            if result.contains(where: { $0.worksheet == sheet }) {
                reader.sink.add(pair.key.position, "worksheets: duplicate worksheet '\(sheet)'")
                continue
            }
            let context = "worksheets: \(sheet)"
            guard let fields = reader.fields(of: pair.value, context: context, what: "a worksheet's answers",
                                             allowed: ["retrospective", "answers"], required: ["answers"])
            else { continue }
            let retrospective = fields["retrospective"].flatMap {
                reader.bool($0.value, context: context, field: "retrospective")
            } ?? false
            let answers = fields["answers"].map { readAnswers($0.value, reader: reader, context: context,
                                                              factIDs: factIDs) } ?? []
            result.append(DocumentedCase.Block(worksheet: sheet, retrospective: retrospective, answers: answers,
                                               location: pair.key.position.location(in: reader.sink.file)))
        }
        return result
    }

    private func readAnswers(_ node: SourceNode, reader: FieldReader, context: String,
                             factIDs: Set<String>) -> [DocumentedCase.CaseAnswer] {
        guard case let .mapping(pairs, _) = node else {
            reader.sink.add(node.position, "\(context): answers: expected a mapping of question id to "
                + "{answer, facts}, found \(node.kindDescription)")
            return []
        }
        if pairs.count > limits.maxQuestions {
            reader.sink.add(node.position, "\(context): answers: found \(pairs.count); expected at most "
                + "\(limits.maxQuestions)")
            return []
        }
        var result: [DocumentedCase.CaseAnswer] = []
        for pair in pairs {
            guard let question = reader.id(pair.key, context: "\(context): answers", field: "question id") else {
                continue
            }
            if result.contains(where: { $0.question == question }) {
                reader.sink.add(pair.key.position, "\(context): answers: duplicate question '\(question)'")
                continue
            }
            let named = "\(context): \(question)"
            guard let fields = reader.fields(of: pair.value, context: named, what: "an answer",
                                             allowed: ["answer", "facts"], required: ["answer", "facts"]),
                  let answerNode = fields["answer"]?.value,
                  let answer = reader.id(answerNode, context: named, field: "answer") else { continue }
            var cited: [String] = []
            if let factsNode = fields["facts"]?.value, let items = reader.list(factsNode, context: named, field: "facts") {
                if items.isEmpty {
                    reader.sink.add(factsNode.position, "\(named): facts: found none; expected at least one fact id")
                }
                for item in items {
                    guard let fact = reader.id(item, context: named, field: "facts") else { continue }
                    if !factIDs.contains(fact) {
                        reader.sink.add(item.position, "\(named): facts: cites undefined fact '\(fact)' "
                            + "(facts are \(factIDs.sorted().joined(separator: ", ")))")
                    }
                    cited.append(fact)
                }
            }
            result.append(DocumentedCase.CaseAnswer(
                question: question, answer: answer, facts: cited,
                questionAt: pair.key.position.location(in: reader.sink.file),
                answerAt: answerNode.position.location(in: reader.sink.file)))
        }
        return result
    }
}

extension SourceNode {
    /// Whether the node is a plain scalar with exactly this text.
    func isPlain(_ text: String) -> Bool {
        if case let .scalar(raw, true, _) = self { return raw == text }
        return false
    }
}
