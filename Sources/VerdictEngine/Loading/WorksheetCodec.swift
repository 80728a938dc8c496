#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A compact binary form of a loaded, validated ``Worksheet``, for ``WorksheetCache``.
///
/// Layout: the magic bytes `VWC`, a format byte, then every field in declaration order.
/// Strings are a LEB128 length and UTF-8 bytes, numbers are IEEE 754 bit patterns
/// (little-endian), optionals a presence byte, arrays a count, and the points of an answer
/// sorted by option id (so equal worksheets encode to equal bytes).
///
/// Decoding never trusts the bytes: every length is checked against what is left, and any
/// problem (wrong magic or format, a short read, bytes left over, invalid UTF-8, an
/// unknown question kind) makes ``decode(_:)`` return nil, so the caller parses the
/// worksheet file instead.
public enum WorksheetCodec {
    /// Bumped whenever the model or this layout changes; older caches then miss.
    public static let format: UInt8 = 3
    private static let magic: [UInt8] = Array("VWC".utf8)

    // MARK: - Encoding

    /// The bytes for a worksheet (its `origin` is not stored: it belongs to where the
    /// worksheet was found, not to its content).
    public static func encode(_ worksheet: Worksheet) -> [UInt8] {
        var out = Writer()
        out.bytes.append(contentsOf: magic)
        out.bytes.append(format)
        out.string(worksheet.id)
        out.string(worksheet.title)
        out.string(worksheet.version)
        out.string(worksheet.description)
        out.count(worksheet.options.count)
        for option in worksheet.options {
            out.string(option.id)
            out.string(option.name)
            out.string(option.summary)
            out.optional(option.url)
            out.optional(option.since)
        }
        out.count(worksheet.sections.count)
        for section in worksheet.sections {
            out.string(section.id)
            out.string(section.title)
            out.string(section.description)
            out.count(section.questions.count)
            for question in section.questions { out.question(question) }
        }
        out.number(worksheet.thresholds.tooClose)
        out.number(worksheet.thresholds.lean)
        out.number(worksheet.importance.min)
        out.number(worksheet.importance.max)
        out.count(worksheet.sources.count)
        for source in worksheet.sources {
            out.string(source.id)
            out.string(source.title)
            out.optional(source.url)
        }
        out.count(worksheet.alternatives.count)
        for alternative in worksheet.alternatives {
            out.string(alternative.id)
            out.string(alternative.name)
            out.string(alternative.summary)
            out.optional(alternative.url)
            out.optional(alternative.worksheet)
        }
        out.string(worksheet.sha256)
        return out.bytes
    }

    // MARK: - Decoding

    /// The worksheet in these bytes with `origin` set, or nil when they are not a complete,
    /// well-formed encoding of this format.
    public static func decode(_ bytes: [UInt8], origin: String) -> Worksheet? {
        decode(bytes[...], origin: origin)
    }

    /// ``decode(_:origin:)`` for bytes inside a larger buffer (a cache entry's payload),
    /// without copying them out first.
    public static func decode(_ bytes: ArraySlice<UInt8>, origin: String) -> Worksheet? {
        var input = Reader(bytes: bytes)
        guard input.take(magic.count) == magic[...], input.byte() == format else { return nil }
        guard let id = input.string(), let title = input.string(), let version = input.string(),
              let description = input.string(),
              let options = input.list({ input -> WorksheetOption? in
                  guard let id = input.string(), let name = input.string(), let summary = input.string(),
                        let url = input.optional(), let since = input.optional() else { return nil }
                  return WorksheetOption(id: id, name: name, summary: summary, url: url, since: since)
              }),
              let sections = input.list({ input -> WorksheetSection? in
                  guard let id = input.string(), let title = input.string(), let description = input.string(),
                        let questions = input.list({ $0.question() }) else { return nil }
                  return WorksheetSection(id: id, title: title, description: description, questions: questions)
              }),
              let tooClose = input.number(), let lean = input.number(),
              let minimum = input.number(), let maximum = input.number(),
              let sources = input.list({ input -> WorksheetSource? in
                  guard let id = input.string(), let title = input.string(), let url = input.optional() else {
                      return nil
                  }
                  return WorksheetSource(id: id, title: title, url: url)
              }),
              let alternatives = input.list({ input -> WorksheetAlternative? in
                  guard let id = input.string(), let name = input.string(), let summary = input.string(),
                        let url = input.optional(), let sheet = input.optional() else { return nil }
                  return WorksheetAlternative(id: id, name: name, summary: summary, url: url, worksheet: sheet)
              }),
              let sha256 = input.string(),
              input.isAtEnd
        else { return nil }
        return Worksheet(
            id: id, title: title, version: version, description: description, options: options,
            sections: sections, thresholds: Thresholds(tooClose: tooClose, lean: lean),
            importance: ImportanceBounds(min: minimum, max: maximum), sources: sources,
            alternatives: alternatives, sha256: sha256, origin: origin)
    }

    // MARK: - Writer

    private struct Writer {
        var bytes: [UInt8] = []

        mutating func count(_ value: Int) {
            var rest = UInt64(max(0, value))
            repeat {
                let low = UInt8(rest & 0x7F)
                rest >>= 7
                bytes.append(rest == 0 ? low : low | 0x80)
            } while rest != 0
        }

        mutating func string(_ text: String) {
            count(text.utf8.count)
            bytes.append(contentsOf: text.utf8)
        }

        mutating func optional(_ text: String?) {
            guard let text else { return bytes.append(0) }
            bytes.append(1)
            string(text)
        }

        mutating func number(_ value: Double) {
            let bits = value.bitPattern
            for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift))) }
        }

        mutating func question(_ question: Question) {
            string(question.id)
            string(question.prompt)
            string(question.help)
            string(question.kind.rawValue)
            number(question.weight)
            bytes.append(question.required ? 1 : 0)
            if let condition = question.showWhen {
                bytes.append(1)
                string(condition.question)
                count(condition.answers.count)
                condition.answers.forEach { string($0) }
            } else {
                bytes.append(0)
            }
            count(question.sources.count)
            question.sources.forEach { string($0) }
            count(question.answers.count)
            for answer in question.answers {
                string(answer.id)
                string(answer.label)
                count(answer.points.count)
                for (option, points) in answer.points.sorted(by: { $0.key < $1.key }) {
                    string(option)
                    number(points)
                }
                string(answer.reason)
                count(answer.excludes.count)
                answer.excludes.forEach { string($0) }
                optional(answer.requires)
                count(answer.signals.count)
                for (alternative, points) in answer.signals.sorted(by: { $0.key < $1.key }) {
                    string(alternative)
                    number(points)
                }
            }
        }
    }

    // MARK: - Reader

    private struct Reader {
        let bytes: ArraySlice<UInt8>
        var offset: Int

        init(bytes: ArraySlice<UInt8>) {
            self.bytes = bytes
            offset = bytes.startIndex
        }

        var isAtEnd: Bool { offset == bytes.endIndex }

        mutating func byte() -> UInt8? {
            guard offset < bytes.endIndex else { return nil }
            defer { offset += 1 }
            return bytes[offset]
        }

        mutating func take(_ length: Int) -> ArraySlice<UInt8>? {
            guard length >= 0, length <= bytes.endIndex - offset else { return nil }
            defer { offset += length }
            return bytes[offset..<(offset + length)]
        }

        /// A LEB128 count, at most what the remaining bytes could hold (each item takes a
        /// byte at least), so a damaged count cannot ask for a huge allocation.
        mutating func count() -> Int? {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while let next = byte() {
                value |= UInt64(next & 0x7F) << shift
                if next & 0x80 == 0 {
                    return value <= UInt64(bytes.endIndex - offset) ? Int(value) : nil
                }
                shift += 7
                if shift > 56 { return nil }
            }
            return nil
        }

        mutating func string() -> String? {
            guard let length = count(), let slice = take(length) else { return nil }
            // Invalid UTF-8 means damaged bytes: decoding repairs it, so the text then
            // differs from the bytes. (`String(validating:as:)` would say so directly, but
            // it decodes through an unspecialized generic, scalar by scalar: about half
            // the time of reading the cache before the first frame.)
            var text = String(decoding: slice, as: UTF8.self)
            guard text.utf8.count == slice.count else { return nil }
            let same = text.withUTF8 { decoded in
                slice.withUnsafeBufferPointer { raw in
                    guard let left = decoded.baseAddress, let right = raw.baseAddress else { return true }
                    return memcmp(left, right, raw.count) == 0
                }
            }
            return same ? text : nil
        }

        mutating func optional() -> String?? {
            switch byte() {
            case 0: return .some(nil)
            case 1: return string().map { .some($0) }
            default: return nil
            }
        }

        mutating func number() -> Double? {
            guard let slice = take(8) else { return nil }
            var bits: UInt64 = 0
            for (index, byte) in slice.enumerated() { bits |= UInt64(byte) << UInt64(index * 8) }
            return Double(bitPattern: bits)
        }

        mutating func list<Element>(_ item: (inout Reader) -> Element?) -> [Element]? {
            guard let total = count() else { return nil }
            var result: [Element] = []
            result.reserveCapacity(total)
            for _ in 0..<total {
                guard let element = item(&self) else { return nil }
                result.append(element)
            }
            return result
        }

        mutating func strings() -> [String]? { list { $0.string() } }

        mutating func question() -> Question? {
            guard let id = string(), let prompt = string(), let help = string(),
                  let kindName = string(), let kind = QuestionKind(rawValue: kindName),
                  let weight = number(), let required = byte(), required <= 1,
                  let hasCondition = byte(), hasCondition <= 1
            else { return nil }
            var condition: Condition?
            if hasCondition == 1 {
                guard let question = string(), let answers = strings() else { return nil }
                condition = Condition(question: question, answers: answers)
            }
            guard let sources = strings(),
                  let answers = list({ input -> Answer? in
                      guard let id = input.string(), let label = input.string(),
                            let pairs = input.list({ input -> (String, Double)? in
                                guard let option = input.string(), let points = input.number() else { return nil }
                                return (option, points)
                            }),
                            let reason = input.string(), let excludes = input.strings(),
                            let requires = input.optional(),
                            let signalPairs = input.list({ input -> (String, Double)? in
                                guard let alternative = input.string(), let points = input.number() else { return nil }
                                return (alternative, points)
                            })
                      else { return nil }
                      let points = Dictionary(pairs, uniquingKeysWith: { first, _ in first })
                      let signals = Dictionary(signalPairs, uniquingKeysWith: { first, _ in first })
                      guard points.count == pairs.count, signals.count == signalPairs.count else { return nil }
                      return Answer(id: id, label: label, points: points, reason: reason,
                                    excludes: excludes, requires: requires, signals: signals)
                  })
            else { return nil }
            return Question(id: id, prompt: prompt, help: help, kind: kind, weight: weight,
                            required: required == 1, showWhen: condition, sources: sources, answers: answers)
        }
    }
}
