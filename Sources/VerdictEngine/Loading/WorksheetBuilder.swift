/// Maps a parsed worksheet file (``SourceNode`` tree) to a ``Worksheet``, reporting every
/// structural problem; cross-references are checked afterwards by ``WorksheetReferenceChecker``.
struct WorksheetBuilder {
    /// Where problems go.
    let sink: DiagnosticCollector
    /// The limits in force.
    let limits: LoaderLimits
    /// Typed field access.
    private var reader: FieldReader { FieldReader(sink: sink, limits: limits) }

    /// Positions the reference checker needs, gathered while building.
    var marks = WorksheetMarks()

    /// Creates a builder.
    init(sink: DiagnosticCollector, limits: LoaderLimits) {
        self.sink = sink
        self.limits = limits
    }

    // MARK: - Field names (format 1)

    static let topFields = ["format", "id", "title", "version", "description", "thresholds", "importance",
                            "sources", "options", "alternatives", "sections", "lint"]
    static let topRequired = ["format", "id", "title", "version", "description", "options", "sections"]
    static let optionFields = ["id", "name", "summary", "url", "since"]
    static let sourceFields = ["id", "title", "url"]
    static let sectionFields = ["id", "title", "description", "questions"]
    static let questionFields = ["id", "prompt", "help", "kind", "weight", "required", "showWhen", "sources",
                                 "lint", "answers"]
    static let questionRequired = ["id", "prompt", "help", "kind", "answers"]
    static let answerFields = ["id", "label", "points", "signals", "reason", "excludes", "requires"]
    static let alternativeFields = ["id", "name", "summary", "url", "worksheet"]
    /// Most alternatives a worksheet may name.
    static let maxAlternatives = 4
    static let answerRequired = ["id", "label", "reason"]

    // MARK: - Top level

    /// Builds the worksheet; nil when the root is unusable (problems are in the sink).
    mutating func build(_ root: SourceNode) -> Worksheet? {
        guard let fields = reader.fields(of: root, context: "", what: "a worksheet",
                                         allowed: Self.topFields, required: Self.topRequired) else { return nil }
        if let node = fields["format"]?.value {
            if case let .scalar(raw, true, _) = node, raw == "1" {
                // the only version
            } else if case let .scalar(raw, true, _) = node, Int(raw) != nil {
                sink.add(node.position, "format: version \(raw) is not supported; expected 1")
            } else {
                sink.add(node.position, "format: expected the integer 1, found \(node.kindDescription)")
            }
        }
        let id = fields["id"].flatMap { reader.id($0.value, context: "", field: "id") } ?? ""
        let title = fields["title"].flatMap { reader.text($0.value, context: "", field: "title") } ?? ""
        let version = fields["version"].flatMap { reader.text($0.value, context: "", field: "version") } ?? ""
        let description = fields["description"].flatMap {
            reader.text($0.value, context: "", field: "description", multiline: true)
        } ?? ""
        let thresholds = fields["thresholds"].map { readThresholds($0.value) } ?? Thresholds()
        let importance = fields["importance"].map { readImportance($0.value) } ?? ImportanceBounds()
        let sources = fields["sources"].map { readSources($0.value) } ?? []
        let options = fields["options"].map { readOptions($0) } ?? []
        let alternatives = fields["alternatives"].map { readAlternatives($0.value) } ?? []
        if let lint = fields["lint"] { marks.lint[""] = readLint(lint.value, context: "lint") }
        let sections = fields["sections"].map { readSections($0.value) } ?? []
        return Worksheet(
            id: id, title: title, version: version, description: description, options: options,
            sections: sections, thresholds: thresholds, importance: importance, sources: sources,
            alternatives: alternatives)
    }

    // MARK: - Settings

    private func readThresholds(_ node: SourceNode) -> Thresholds {
        var result = Thresholds()
        guard let fields = reader.fields(of: node, context: "thresholds", what: "thresholds",
                                         allowed: ["tooClose", "lean"], required: []) else { return result }
        let tooClose = fields["tooClose"].flatMap {
            reader.number($0.value, context: "thresholds", field: "tooClose", range: 0...1)
        }
        let lean = fields["lean"].flatMap { reader.number($0.value, context: "thresholds", field: "lean", range: 0...1) }
        if let tooClose { result.tooClose = tooClose }
        if let lean { result.lean = lean }
        if result.tooClose > result.lean, fields["tooClose"] != nil || fields["lean"] != nil {
            sink.add(node.position, "thresholds: tooClose \(reader.format(result.tooClose)) is greater than lean "
                + "\(reader.format(result.lean)); expected 0 ≤ tooClose ≤ lean ≤ 1")
        }
        return result
    }

    private func readImportance(_ node: SourceNode) -> ImportanceBounds {
        var result = ImportanceBounds()
        guard let fields = reader.fields(of: node, context: "importance", what: "importance bounds",
                                         allowed: ["min", "max"], required: []) else { return result }
        if let node = fields["min"]?.value {
            if let value = reader.number(node, context: "importance", field: "min", range: 0...1) {
                if value == 0 {
                    sink.add(node.position, "importance: min 0 is out of range; expected 0 < min ≤ 1")
                } else {
                    result.min = value
                }
            }
        }
        if let node = fields["max"]?.value,
           let value = reader.number(node, context: "importance", field: "max", range: 1...10) {
            result.max = value
        }
        return result
    }

    // MARK: - Sources and options

    private mutating func readSources(_ node: SourceNode) -> [WorksheetSource] {
        guard let items = reader.list(node, context: "", field: "sources") else { return [] }
        var result: [WorksheetSource] = []
        var seen: [String: SourcePosition] = [:]
        for item in items {
            let context = FieldReader.itemContext(item, kind: "source")
            guard let fields = reader.fields(of: item, context: context, what: "a source",
                                             allowed: Self.sourceFields, required: ["id", "title"]) else { continue }
            guard let idNode = fields["id"]?.value, let id = reader.id(idNode, context: context) else { continue }
            let named = "source '\(id)'"
            if let first = seen[id] {
                sink.add(idNode.position, "duplicate source id '\(id)' (first declared at line \(first.line))")
            } else {
                seen[id] = idNode.position
            }
            let title = fields["title"].flatMap { reader.text($0.value, context: named, field: "title") } ?? ""
            let url = fields["url"].flatMap { reader.text($0.value, context: named, field: "url") }
            result.append(WorksheetSource(id: id, title: title, url: url))
        }
        marks.sourceIDs = Set(seen.keys)
        return result
    }

    private mutating func readOptions(_ pair: SourcePair) -> [WorksheetOption] {
        guard let items = reader.list(pair.value, context: "", field: "options") else { return [] }
        if items.count < 2 || items.count > limits.maxOptions {
            sink.add(pair.value.position, "options: found \(items.count) option\(items.count == 1 ? "" : "s"); "
                + "expected 2 to \(limits.maxOptions)")
            if items.count > limits.maxOptions { return [] }
        }
        var result: [WorksheetOption] = []
        var seen: [String: SourcePosition] = [:]
        for item in items {
            let context = FieldReader.itemContext(item, kind: "option")
            guard let fields = reader.fields(of: item, context: context, what: "an option",
                                             allowed: Self.optionFields, required: ["id", "name"]) else { continue }
            guard let idNode = fields["id"]?.value, let id = reader.id(idNode, context: context) else { continue }
            let named = "option '\(id)'"
            if let first = seen[id] {
                sink.add(idNode.position, "duplicate option id '\(id)' (first declared at line \(first.line))")
                continue
            }
            seen[id] = idNode.position
            let name = fields["name"].flatMap { reader.text($0.value, context: named, field: "name") } ?? ""
            let summary = fields["summary"].flatMap { reader.text($0.value, context: named, field: "summary") } ?? ""
            let url = fields["url"].flatMap { reader.text($0.value, context: named, field: "url") }
            let since = fields["since"].flatMap { reader.yearMonth($0.value, context: named, field: "since") }
            result.append(WorksheetOption(id: id, name: name, summary: summary, url: url, since: since))
            marks.optionPositions[id] = idNode.position
        }
        marks.optionIDs = result.map(\.id)
        return result
    }

    private mutating func readAlternatives(_ node: SourceNode) -> [WorksheetAlternative] {
        guard let items = reader.list(node, context: "", field: "alternatives") else { return [] }
        if items.count > Self.maxAlternatives {
            sink.add(node.position, "alternatives: found \(items.count); expected at most \(Self.maxAlternatives)")
            return []
        }
        var result: [WorksheetAlternative] = []
        for item in items {
            let context = FieldReader.itemContext(item, kind: "alternative")
            guard let fields = reader.fields(of: item, context: context, what: "an alternative",
                                             allowed: Self.alternativeFields, required: ["id", "name"]),
                  let idNode = fields["id"]?.value, let id = reader.id(idNode, context: context) else { continue }
            let named = "alternative '\(id)'"
            if result.contains(where: { $0.id == id }) {
                sink.add(idNode.position, "duplicate alternative id '\(id)'")
                continue
            }
            if marks.optionIDs?.contains(id) == true {
                sink.add(idNode.position, "\(named): is already an option; an alternative is what the options are not")
                continue
            }
            let name = fields["name"].flatMap { reader.text($0.value, context: named, field: "name") } ?? ""
            let summary = fields["summary"].flatMap { reader.text($0.value, context: named, field: "summary") } ?? ""
            let url = fields["url"].flatMap { reader.text($0.value, context: named, field: "url") }
            let sheet = fields["worksheet"].flatMap { reader.id($0.value, context: named, field: "worksheet") }
            result.append(WorksheetAlternative(id: id, name: name, summary: summary, url: url, worksheet: sheet))
        }
        marks.alternativeIDs = result.map(\.id)
        return result
    }

    /// `lint: {allow: [RULE, ...], reason: TEXT}` (see ``WorksheetLinter``).
    func readLint(_ node: SourceNode, context: String) -> WorksheetMarks.LintAllowance? {
        guard let fields = reader.fields(of: node, context: context, what: "lint allowances",
                                         allowed: ["allow", "reason"], required: ["allow", "reason"]),
              let allowNode = fields["allow"]?.value,
              let items = reader.list(allowNode, context: context, field: "allow") else { return nil }
        var rules: [String] = []
        for item in items {
            guard let rule = reader.id(item, context: context, field: "allow") else { continue }
            if LintRule(rawValue: rule) == nil {
                sink.add(item.position, "\(context): allow: unknown rule '\(rule)' (rules are "
                    + LintRule.allCases.map(\.rawValue).joined(separator: ", ") + ")")
                continue
            }
            rules.append(rule)
        }
        if items.isEmpty { sink.add(allowNode.position, "\(context): allow: found none; expected at least one rule id") }
        guard let reason = fields["reason"].flatMap({ reader.text($0.value, context: context, field: "reason",
                                                                multiline: true) }) else { return nil }
        return WorksheetMarks.LintAllowance(rules: rules, reason: reason, position: node.position)
    }

    // MARK: - Sections

    private mutating func readSections(_ node: SourceNode) -> [WorksheetSection] {
        guard let items = reader.list(node, context: "", field: "sections") else { return [] }
        if items.isEmpty {
            sink.add(node.position, "sections: found none; expected at least one section")
        }
        var result: [WorksheetSection] = []
        var seen: [String: SourcePosition] = [:]
        for item in items {
            let context = FieldReader.itemContext(item, kind: "section")
            guard let fields = reader.fields(of: item, context: context, what: "a section",
                                             allowed: Self.sectionFields, required: ["id", "title", "questions"])
            else { continue }
            guard let idNode = fields["id"]?.value, let id = reader.id(idNode, context: context) else { continue }
            let named = "section '\(id)'"
            if let first = seen[id] {
                sink.add(idNode.position, "duplicate section id '\(id)' (first declared at line \(first.line))")
            } else {
                seen[id] = idNode.position
            }
            let title = fields["title"].flatMap { reader.text($0.value, context: named, field: "title") } ?? ""
            let description = fields["description"].flatMap {
                reader.text($0.value, context: named, field: "description", multiline: true)
            } ?? ""
            var questions: [Question] = []
            if let questionsNode = fields["questions"]?.value,
               let questionItems = reader.list(questionsNode, context: named, field: "questions") {
                if questionItems.isEmpty {
                    sink.add(questionsNode.position, "\(named): questions: found none; expected at least one question")
                }
                for questionNode in questionItems {
                    marks.questionCount += 1
                    if marks.questionCount == limits.maxQuestions + 1 {
                        sink.add(questionNode.position, "too many questions: more than \(limits.maxQuestions) "
                            + "(the limit); split the worksheet")
                    }
                    if marks.questionCount > limits.maxQuestions { break }
                    if let question = readQuestion(questionNode) { questions.append(question) }
                }
            }
            result.append(WorksheetSection(id: id, title: title, description: description, questions: questions))
        }
        return result
    }
}
