import Foundation
import Testing
import VerdictTestSupport
@testable import VerdictEngine

/// The binary form of worksheets kept by the cache: it must give back exactly the worksheet
/// it was made from, and refuse (never crash on) anything that is not a whole encoding.
struct LoadingWorksheetCodecTests {
    /// A worksheet using every field, optional ones included.
    static let everything = Worksheet(
        id: "every-field", title: "Every field: 漢字 and 🙂", version: "2.1.0", description: "Line one\nline two",
        options: [
            WorksheetOption(id: "a", name: "Alpha", summary: "First", url: "https://example.org/a"),
            WorksheetOption(id: "b", name: "Beta"),
        ],
        sections: [
            WorksheetSection(id: "s1", title: "One", description: "About one", questions: [
                Question(id: "q1", prompt: "Pick", help: "Why", kind: .choice, weight: 2.5, required: true,
                         sources: ["src"], answers: [
                             Answer(id: "x", label: "X", points: ["a": 1.25, "b": -0.5], reason: "Because",
                                    excludes: ["b"], requires: "a"),
                             Answer(id: "y", label: "Y"),
                         ]),
            ]),
            WorksheetSection(id: "s2", title: "Two", questions: [
                Question(id: "q2", prompt: "Scale", kind: .scale, showWhen: Condition(question: "q1", answers: ["x", "y"]),
                         answers: (1...5).map { Answer(id: "\($0)", label: "\($0)", points: ["a": Double($0)]) }),
                Question(id: "q3", prompt: "Yes?", kind: .yesno, weight: 0,
                         answers: [Answer(id: "yes", label: "Yes"), Answer(id: "no", label: "No")]),
            ]),
        ],
        thresholds: Thresholds(tooClose: 0.01, lean: 0.3), importance: ImportanceBounds(min: 0.25, max: 4),
        sources: [WorksheetSource(id: "src", title: "A source", url: "https://example.org"), WorksheetSource(id: "s2", title: "No link")],
        sha256: String(repeating: "ab", count: 32), origin: "somewhere")

    private func shipped() throws -> [Worksheet] {
        try BundledFiles.worksheets.map { file in
            try WorksheetLoader().load(bytes: file.bytes, file: file.name, origin: "bundled:" + file.name)
        } + [try WorksheetLoader().load(bytes: LoadingFixtures.bytes("good/sample.yaml"), file: "sample", origin: "sample")]
    }

    @Test func everyWorksheetComesBackExactly() throws {
        for worksheet in try shipped() + [Self.everything] {
            let decoded = WorksheetCodec.decode(WorksheetCodec.encode(worksheet), origin: worksheet.origin)
            #expect(decoded == worksheet, "\(worksheet.id)")
        }
        #expect(try shipped().count >= 4)
    }

    @Test func originComesFromTheCallerNotTheBytes() {
        let decoded = WorksheetCodec.decode(WorksheetCodec.encode(Self.everything), origin: "elsewhere")
        #expect(decoded?.origin == "elsewhere")
    }

    @Test func equalWorksheetsEncodeToEqualBytes() {
        var reordered = Self.everything
        reordered.sections[0].questions[0].answers[0].points = ["b": -0.5, "a": 1.25]
        #expect(WorksheetCodec.encode(reordered) == WorksheetCodec.encode(Self.everything))
    }

    @Test func everyTruncationAndAnyTrailingByteIsRefused() {
        let bytes = WorksheetCodec.encode(Self.everything)
        for length in 0..<bytes.count {
            #expect(WorksheetCodec.decode(Array(bytes.prefix(length)), origin: "") == nil, "length \(length)")
        }
        #expect(WorksheetCodec.decode(bytes + [0], origin: "") == nil)
    }

    @Test func anotherMagicOrFormatIsRefused() {
        var bytes = WorksheetCodec.encode(Self.everything)
        bytes[3] = WorksheetCodec.format &+ 1
        #expect(WorksheetCodec.decode(bytes, origin: "") == nil)
        bytes = WorksheetCodec.encode(Self.everything)
        bytes[0] = UInt8(ascii: "X")
        #expect(WorksheetCodec.decode(bytes, origin: "") == nil)
    }

    @Test func invalidUTF8AndUnknownKindsAreRefused() throws {
        var bytes = WorksheetCodec.encode(Self.everything)
        // The id "every-field" starts after the magic, the format and a one-byte length.
        bytes[5] = 0xFF
        #expect(WorksheetCodec.decode(bytes, origin: "") == nil)
        // A cut four-byte sequence is repaired to one U+FFFD of three bytes: the same
        // length, other bytes.
        bytes = WorksheetCodec.encode(Self.everything)
        bytes.replaceSubrange(5..<8, with: [0xF0, 0x9F, 0x98])
        #expect(WorksheetCodec.decode(bytes, origin: "") == nil)
        let kind = Array("choice".utf8)
        bytes = WorksheetCodec.encode(Self.everything)
        let start = try #require(bytes.indices.first { bytes[$0...].starts(with: kind) })
        bytes[start] = UInt8(ascii: "X")
        #expect(WorksheetCodec.decode(bytes, origin: "") == nil)
    }

    @Test func randomDamageNeverCrashes() {
        let original = WorksheetCodec.encode(Self.everything)
        var random = SplitMix64(seed: 0x5EED)
        for _ in 0..<3_000 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
            }
            _ = WorksheetCodec.decode(bytes, origin: "")
        }
        // Counts claiming more items than bytes remain are refused before any allocation.
        #expect(WorksheetCodec.decode(Array(original.prefix(4)) + [0xFF, 0xFF, 0xFF, 0xFF, 0x0F], origin: "") == nil)
    }
}
