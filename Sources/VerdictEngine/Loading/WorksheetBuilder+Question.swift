// MARK: - Questions and answers

extension WorksheetBuilder {
    /// Reads one question; nil when its id is unusable.
    mutating func readQuestion(_ node: SourceNode) -> Question? {
        let reader = FieldReader(sink: sink, limits: limits)
        let position = node.position
        guard let fields = reader.fields(of: node, context: FieldReader.itemContext(node, kind: "question"), what: "a question",
                                         allowed: Self.questionFields, required: Self.questionRequired),
              let idNode = fields["id"]?.value,
              let id = reader.id(idNode, context: "question at line \(position.line)") else { return nil }
        let context = "question '\(id)'"
        if let first = marks.questionIDs[id] {
            sink.add(idNode.position, "duplicate question id '\(id)' (first declared at line \(first.line))")
        } else {
            marks.questionIDs[id] = idNode.position
        }
        let prompt = fields["prompt"].flatMap { reader.text($0.value, context: context, field: "prompt",
                                                            multiline: true) } ?? ""
        let help = fields["help"].flatMap { reader.text($0.value, context: context, field: "help",
                                                        multiline: true) } ?? ""
        var kind = QuestionKind.choice
        if let kindNode = fields["kind"]?.value {
            if case let .scalar(raw, _, _) = kindNode, let parsed = QuestionKind(rawValue: raw) {
                kind = parsed
            } else {
                sink.add(kindNode.position, "\(context): kind: expected yesno, choice or scale, "
                    + "found \(kindNode.kindDescription)")
            }
        }
        let weight = fields["weight"].flatMap { reader.number($0.value, context: context, field: "weight",
                                                              range: 0...1000) } ?? 1
        let required = fields["required"].flatMap { reader.bool($0.value, context: context, field: "required") }
            ?? false
        let showWhen = fields["showWhen"].flatMap { readCondition($0.value, owner: id) }
        let sources = fields["sources"].map { readCitations($0.value, context: context) } ?? []
        if let lint = fields["lint"] { marks.lint[id] = readLint(lint.value, context: "\(context): lint") }
        var answers: [Answer] = []
        if let answersNode = fields["answers"]?.value {
            var positions: [(id: String, position: SourcePosition)] = []
            answers = readAnswers(answersNode, context: context, seen: &positions)
            marks.answerPositions[id] = positions
            if kind == .yesno, fields["kind"] != nil {
                checkYesNo(answers, at: answersNode.position, context: context)
            }
        }
        return Question(id: id, prompt: prompt, help: help, kind: kind, weight: weight, required: required,
                        showWhen: showWhen, sources: sources, answers: answers)
    }

    // MARK: Parts of a question

    private mutating func readCondition(_ node: SourceNode, owner: String) -> Condition? {
        let reader = FieldReader(sink: sink, limits: limits)
        var context: String { "question '\(owner)': showWhen" }  // only for messages
        guard let fields = reader.fields(of: node, context: context, what: "a condition",
                                         allowed: ["question", "answers"], required: ["question", "answers"]),
              let targetNode = fields["question"]?.value,
              let target = reader.id(targetNode, context: context, field: "question"),
              let answersNode = fields["answers"]?.value,
              let items = reader.list(answersNode, context: context, field: "answers") else { return nil }
        if items.isEmpty {
            sink.add(answersNode.position, "\(context): answers: found none; expected at least one answer id")
        }
        var answers: [(id: String, position: SourcePosition)] = []
        for item in items {
            if let answer = reader.id(item, context: context, field: "answers") { answers.append((answer, item.position)) }
        }
        marks.conditions.append(WorksheetMarks.ConditionMark(
            owner: owner, position: node.position, target: target, targetPosition: targetNode.position,
            answers: answers))
        return Condition(question: target, answers: answers.map(\.id))
    }

    private func readCitations(_ node: SourceNode, context: String) -> [String] {
        let reader = FieldReader(sink: sink, limits: limits)
        guard let items = reader.list(node, context: context, field: "sources") else { return [] }
        var result: [String] = []
        for item in items {
            guard let id = reader.id(item, context: context, field: "sources") else { continue }
            if !marks.sourceIDs.contains(id) {
                let declared = marks.sourceIDs.sorted()
                sink.add(item.position, "\(context): sources: cites undeclared source '\(id)' "
                    + (declared.isEmpty ? "(no sources are declared)" : "(sources are \(declared.joined(separator: ", ")))"))
            }
            result.append(id)
        }
        return result
    }

    private func checkYesNo(_ answers: [Answer], at position: SourcePosition, context: String) {
        let ids = answers.map(\.id)
        if ids.sorted() != ["no", "yes"] {
            sink.add(position, "\(context): a yesno question needs exactly the answers 'yes' and 'no', "
                + "found \(ids.isEmpty ? "none" : ids.map { "'\($0)'" }.joined(separator: ", "))")
        }
    }

    private func readAnswers(_ node: SourceNode, context: String,
                             seen: inout [(id: String, position: SourcePosition)]) -> [Answer] {
        let reader = FieldReader(sink: sink, limits: limits)
        guard let items = reader.list(node, context: context, field: "answers") else { return [] }
        if items.count < 2 {
            sink.add(node.position, "\(context): answers: found \(items.count); expected at least 2")
        } else if items.count > limits.maxAnswersPerQuestion {
            sink.add(node.position, "\(context): answers: found \(items.count); "
                + "expected at most \(limits.maxAnswersPerQuestion)")
            return []
        }
        var result: [Answer] = []
        for item in items {
            guard let answer = readAnswer(item, context: context, seen: &seen) else { continue }
            result.append(answer)
        }
        return result
    }

    private func readAnswer(_ node: SourceNode, context: String,
                            seen: inout [(id: String, position: SourcePosition)]) -> Answer? {
        let reader = FieldReader(sink: sink, limits: limits)
        guard let fields = reader.fields(of: node, context: context + ": " + FieldReader.itemContext(node, kind: "answer"),
                                         what: "an answer", allowed: Self.answerFields,
                                         required: Self.answerRequired),
              let idNode = fields["id"]?.value,
              let id = reader.id(idNode, context: context + ": answer") else { return nil }
        // Built only for a message: a 10 MB worksheet holds a hundred thousand answers.
        let named = { "\(context): answer '\(id)'" }
        if let first = seen.first(where: { $0.id == id }) {
            sink.add(idNode.position, "\(context): duplicate answer id '\(id)' "
                + "(first declared at line \(first.position.line))")
            return nil
        }
        seen.append((id, idNode.position))
        let label = fields["label"].flatMap { reader.text($0.value, context: named(), field: "label") } ?? ""
        let reason = fields["reason"].flatMap { reader.text($0.value, context: named(), field: "reason",
                                                            multiline: true) } ?? ""
        var points: [String: Double] = [:]
        if let pointsNode = fields["points"]?.value {
            points = readPoints(pointsNode, context: named, field: "points", declared: marks.optionIDs,
                                kind: "option")
        }
        var signals: [String: Double] = [:]
        if let signalsNode = fields["signals"]?.value {
            signals = readPoints(signalsNode, context: named, field: "signals", declared: marks.alternativeIDs,
                                 kind: "alternative")
        }
        var excludes: [String] = []
        if let excludesNode = fields["excludes"]?.value,
           let items = reader.list(excludesNode, context: named(), field: "excludes") {
            for item in items {
                guard let option = reader.id(item, context: named(), field: "excludes") else { continue }
                if checkOption(option, at: item.position, context: named(), what: "excludes unknown option") {
                    excludes.append(option)
                }
            }
        }
        var requires: String?
        if let requiresNode = fields["requires"]?.value,
           let option = reader.id(requiresNode, context: named(), field: "requires"),
           checkOption(option, at: requiresNode.position, context: named(), what: "requires unknown option") {
            requires = option
            if excludes.contains(option) {
                sink.add(requiresNode.position, "\(named()): requires '\(option)' and also excludes it")
            }
        }
        return Answer(id: id, label: label, points: points, reason: reason, excludes: excludes, requires: requires,
                      signals: signals)
    }

    /// `points` (option id → number) or `signals` (alternative id → number).
    private func readPoints(_ node: SourceNode, context: () -> String, field: String, declared: [String]?,
                            kind: String) -> [String: Double] {
        let reader = FieldReader(sink: sink, limits: limits)
        guard case let .mapping(pairs, _) = node else {
            sink.add(node.position, "\(context()): \(field): expected a mapping of \(kind) id to number, "
                + "found \(node.kindDescription)")
            return [:]
        }
        var result = [String: Double](minimumCapacity: pairs.count)
        var given: UInt64 = 0  // declared ids already in `result`, by index (8 options, 4 alternatives)
        for pair in pairs {
            guard let target = reader.id(pair.key, context: context(), field: field) else { continue }
            // One hash per entry, not two: a 10 MiB worksheet has 800,000 of them.
            let index = declared?.firstIndex(of: target)
            let bit: UInt64 = index.map { 1 << $0 } ?? 0  // 0 past 64 ids (a smart shift): then hashed
            if bit != 0 ? given & bit != 0 : result[target] != nil {
                sink.add(pair.key.position, "\(context()): \(field): duplicate \(kind) '\(target)'")
                continue
            }
            var known = true
            if let declared, index == nil {
                known = false
                sink.add(pair.key.position, "\(context()): \(field) for unknown \(kind) '\(target)' "
                    + (declared.isEmpty ? "(the worksheet declares no \(kind)s)"
                        : "(\(kind)s are \(declared.joined(separator: ", ")))"))
            }
            if let value = reader.number(pair.value, context: context(), field: "\(field) for '\(target)'",
                                         range: 0...1000), known {
                result[target] = value
                given |= bit
            }
        }
        return result
    }

    /// Whether `option` is declared; reports it when not (unless the options are unknown).
    private func checkOption(_ option: String, at position: SourcePosition, context: @autoclosure () -> String,
                             what: String) -> Bool {
        guard let declared = marks.optionIDs else { return true }
        if declared.contains(option) { return true }
        sink.add(position, "\(context()): \(what) '\(option)' (options are \(declared.joined(separator: ", ")))")
        return false
    }
}
