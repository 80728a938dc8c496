// libyaml (Debian's libyaml-dev), driven event by event: one pass, no node tree built by
// anyone else, so anchors, aliases and excessive nesting are refused the moment they appear
// (before any tree exists) and every node keeps its line and column.
internal import CLibYAML

/// Parses YAML (and therefore JSON) bytes into a ``SourceNode`` tree within ``LoaderLimits``.
///
/// Refused, each as a diagnostic with its position: malformed YAML (libyaml's message),
/// more than one document, anchors and aliases (so a "billion laughs" file fails at its
/// first anchor), nesting deeper than `maxDepth`, and explicit tags.
struct YAMLReader {
    /// The limits in force.
    let limits: LoaderLimits

    /// Parses a whole file; throws ``DiagnosticList`` for anything unusable.
    /// An empty document yields an empty plain scalar.
    func parse(bytes: [UInt8], file: String) throws -> SourceNode {
        let sink = DiagnosticCollector(file: file)
        if bytes.count > limits.maxFileBytes {
            sink.add(SourcePosition(line: 1, column: 1), Self.sizeMessage(bytes.count, limits: limits))
            try sink.throwIfAny()
        }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            sink.add(SourcePosition(line: 1, column: 1), "out of memory while starting the YAML parser")
            throw DiagnosticList(sink.sorted)
        }
        defer { yaml_parser_delete(&parser) }
        let root = try bytes.withUnsafeBufferPointer { buffer -> SourceNode? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            return try run(&parser, bytes: buffer, sink: sink)
        }
        try sink.throwIfAny()
        return root ?? .scalar(text: "", plain: true, at: SourcePosition(line: 1, column: 1))
    }

    // MARK: - Event loop

    /// A collection being built: its kind, where it starts, and where its nodes start on
    /// the shared stack of finished nodes (keys and values alternate for a mapping). One
    /// stack for every open collection, each copied out once at its end: growing an array
    /// per collection cost a few allocations for each of a 10 MiB file's million nodes.
    private struct Frame {
        var isMapping: Bool
        var position: SourcePosition
        var start: Int
    }

    /// The finished collection of `frame`, taken off the top of `pending`.
    private func collection(_ frame: Frame, from pending: inout [SourceNode]) -> SourceNode {
        defer { pending.removeSubrange(frame.start...) }
        guard frame.isMapping else { return .sequence(Array(pending[frame.start...]), at: frame.position) }
        var pairs: [SourcePair] = []
        pairs.reserveCapacity((pending.count - frame.start) / 2)
        for index in stride(from: frame.start, to: pending.count - 1, by: 2) {
            pairs.append(SourcePair(key: pending[index], value: pending[index + 1]))
        }
        return .mapping(pairs, at: frame.position)
    }

    private func run(_ parser: inout yaml_parser_t, bytes: UnsafeBufferPointer<UInt8>,
                     sink: DiagnosticCollector) throws -> SourceNode? {
        var stack: [Frame] = []
        var pending: [SourceNode] = []
        var root: SourceNode?
        var documents = 0
        var event = yaml_event_t()
        // A quoted scalar running over lines just before a parse error is most likely a
        // quote left open: the error is reported where that quote opened.
        var openQuote: (start: SourcePosition, endLine: Int)?
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                if let openQuote {
                    let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
                    sink.add(openQuote.start, "invalid YAML: the quoted text opened here runs on to line "
                        + "\(openQuote.endLine), where \(problem) (column \(parser.problem_mark.column + 1)); "
                        + "expected a closing quote on this line")
                } else {
                    sink.add(errorPosition(parser, bytes: bytes), errorMessage(parser))
                }
                throw DiagnosticList(sink.sorted)
            }
            defer { yaml_event_delete(&event) }
            let position = SourcePosition(line: Int(event.start_mark.line) + 1,
                                          column: Int(event.start_mark.column) + 1)
            openQuote = nil
            var finished: SourceNode?
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return root
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    sink.add(position, "found a second YAML document; expected exactly one")
                    throw DiagnosticList(sink.sorted)
                }
            case YAML_ALIAS_EVENT:
                let name = string(event.data.alias.anchor)
                sink.add(position, "alias '*\(name)' is not allowed; anchors and aliases are not supported "
                    + "(write the value out)")
                throw DiagnosticList(sink.sorted)
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                try refuseAnchor(scalar.anchor, at: position, sink: sink)
                if scalar.tag != nil, scalar.plain_implicit == 0, scalar.quoted_implicit == 0 {
                    sink.add(position, "tag '\(TextSanitizer.sanitize(string(scalar.tag)))' is not supported; "
                        + "write the plain value")
                }
                let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length),
                                  as: UTF8.self)
                finished = .scalar(text: text, plain: scalar.style == YAML_PLAIN_SCALAR_STYLE, at: position)
                let quoted = scalar.style == YAML_SINGLE_QUOTED_SCALAR_STYLE || scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE
                if quoted, event.end_mark.line > event.start_mark.line {
                    openQuote = (position, Int(event.end_mark.line) + 1)
                }
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                try refuseAnchor(isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor,
                                 at: position, sink: sink)
                let (tag, implicit) = isMapping
                    ? (event.data.mapping_start.tag, event.data.mapping_start.implicit)
                    : (event.data.sequence_start.tag, event.data.sequence_start.implicit)
                if tag != nil, implicit == 0 {
                    sink.add(position, "tag '\(string(tag))' is not supported; write the plain value")
                }
                if stack.count >= limits.maxDepth {
                    sink.add(position, "nesting is deeper than \(limits.maxDepth) levels (the limit)")
                    throw DiagnosticList(sink.sorted)
                }
                stack.append(Frame(isMapping: isMapping, position: position, start: pending.count))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                finished = stack.popLast().map { collection($0, from: &pending) }
            default:
                break
            }
            if let node = finished {
                if stack.isEmpty {
                    root = node
                } else {
                    pending.append(node)
                }
            }
        }
    }

    // MARK: - Helpers

    /// "file is N bytes; the limit for a worksheet is M bytes (5 MiB)" ("the limit is" when
    /// the limits name no kind of file), or "file is larger than the limit for a worksheet of
    /// M bytes (5 MiB)" when only `limit + 1` bytes were read (``FileReader`` stops there).
    static func sizeMessage(_ size: Int, limits: LoaderLimits) -> String {
        let limit = limits.maxFileBytes
        let figure = "\(limit) bytes" + (limit >= 1_048_576 ? " (\(limit / 1_048_576) MiB)" : "")
        let name = "the limit" + (limits.fileKind.map { " for " + $0 } ?? "")
        return size == limit + 1 ? "file is larger than \(name) of \(figure)" : "file is \(size) bytes; \(name) is \(figure)"
    }

    private func refuseAnchor(_ anchor: UnsafeMutablePointer<yaml_char_t>?, at position: SourcePosition,
                              sink: DiagnosticCollector) throws {
        guard let anchor else { return }
        sink.add(position, "anchor '&\(string(anchor))' is not allowed; anchors and aliases are not supported "
            + "(write the value out)")
        throw DiagnosticList(sink.sorted)
    }

    private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String {
        guard let pointer else { return "" }
        return TextSanitizer.sanitize(String(cString: pointer))
    }

    /// libyaml's own words, e.g. "invalid YAML: mapping values are not allowed in this context".
    private func errorMessage(_ parser: yaml_parser_t) -> String {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        if problem.hasPrefix("Maximum nesting level") {
            // Newer libyaml builds have their own guard (1,000 levels), which can fire while
            // scanning ahead of the events; its message names libyaml's API.
            return "nesting is deeper than \(limits.maxDepth) levels (the limit)"
        }
        var message = "invalid YAML: \(problem)"
        if Self.isUnclosedQuote(parser) {
            // Reported where the quote opened (errorPosition), the end of the file named here.
            return "invalid YAML: this quoted text is never closed (\(problem) at line \(parser.problem_mark.line + 1), "
                + "column \(parser.problem_mark.column + 1)); expected a closing quote"
        }
        if parser.error == YAML_READER_ERROR {
            message += parser.problem_value >= 0 ? " (byte 0x\(String(parser.problem_value, radix: 16)))" : ""
            message += "; expected printable UTF-8 text"
        } else if let context = parser.context {
            message += " (\(String(cString: context)) at line \(parser.context_mark.line + 1), "
                + "column \(parser.context_mark.column + 1))"
        }
        return message
    }

    private func errorPosition(_ parser: yaml_parser_t, bytes: UnsafeBufferPointer<UInt8>) -> SourcePosition {
        if parser.error == YAML_READER_ERROR {
            return Self.position(ofByte: parser.problem_offset, in: bytes)
        }
        if Self.isUnclosedQuote(parser) {
            return SourcePosition(line: Int(parser.context_mark.line) + 1, column: Int(parser.context_mark.column) + 1)
        }
        return SourcePosition(line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1)
    }

    /// Whether libyaml stopped inside a quoted scalar (its context mark is the opening quote).
    private static func isUnclosedQuote(_ parser: yaml_parser_t) -> Bool {
        parser.error == YAML_SCANNER_ERROR
            && parser.context.map { String(cString: $0) } == "while scanning a quoted scalar"
    }

    /// Line and column (in characters) of a byte offset.
    static func position(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SourcePosition {
        var line = 1
        var column = 1
        for index in 0..<min(offset, bytes.count) {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return SourcePosition(line: line, column: column)
    }
}
