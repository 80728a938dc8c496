import Foundation
import Testing
@testable import VerdictEngine

/// Where the shared test fixtures live (`Tests/Fixtures`), found from this file's path.
enum LoadingFixtures {
    /// `Tests/Fixtures`.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures").path

    /// Bytes of a fixture, e.g. `broken/01-malformed-yaml.yaml`.
    static func bytes(_ relative: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: root + "/" + relative)))
    }
}

/// One broken worksheet per rule: each must fail with exactly these `LINE:COL: message` lines.
struct LoadingBrokenFixtureTests {
    static let cases: [(String, [String])] = [
        ("01-malformed-yaml", ["4:14: invalid YAML: mapping values are not allowed in this context"]),
        ("02-root-not-mapping", ["2:1: expected a worksheet (a mapping), found a list"]),
        ("03-format-not-1", ["2:9: format: version 2 is not supported; expected 1"]),
        ("04-format-missing", ["2:1: missing required field 'format'"]),
        ("05-unknown-top-field", [
            "2:1: missing required field 'version'",
            "5:1: unknown field 'versoin' (allowed: format, id, title, version, description, thresholds, importance, sources, options, alternatives, sections, lint)",
        ]),
        ("06-missing-title", ["2:1: missing required field 'title'"]),
        ("07-bad-id-syntax", ["3:5: id: 'My_Sheet' is not a valid id; expected kebab-case (a-z, 0-9, single hyphens), at most 64 characters"]),
        ("08-duplicate-option-id", ["19:9: duplicate option id 'django' (first declared at line 14)"]),
        ("09-duplicate-section-id", ["53:9: duplicate section id 'team' (first declared at line 20)"]),
        ("10-duplicate-question-id", ["56:13: duplicate question id 'api' (first declared at line 23)"]),
        ("11-duplicate-answer-id", ["48:17: question 'size': duplicate answer id 'small' (first declared at line 44)"]),
        ("12-duplicate-source-id", ["13:9: duplicate source id 'post' (first declared at line 10)"]),
        ("13-points-unknown-option", ["46:22: question 'size': answer 'small': points for unknown option 'rails' (options are django, flask)"]),
        ("14-excludes-unknown-option", ["52:24: question 'size': answer 'big': excludes unknown option 'pyramid' (options are django, flask)"]),
        ("15-requires-unknown-option", ["52:23: question 'size': answer 'big': requires unknown option 'pyramid' (options are django, flask)"]),
        ("16-showwhen-unknown-question", ["42:30: question 'size': showWhen: unknown question 'apis'"]),
        ("17-showwhen-unknown-answer", ["42:45: question 'size': showWhen: question 'api' has no answer 'maybe' (answers are yes, no)"]),
        ("18-showwhen-cycle", ["28:19: question 'api': showWhen forms a cycle of 2 questions starting here: api → size → api; expected every chain of conditions to end at an unconditioned question"]),
        ("19-showwhen-self", ["42:30: question 'size': showWhen: the question is conditioned on itself; expected another question's id"]),
        ("20-weight-nan", ["41:17: question 'size': weight: '.nan' is not a finite number; expected a number from 0 to 1000"]),
        ("21-weight-negative", ["41:17: question 'size': weight: -1 is out of range; expected a number from 0 to 1000"]),
        ("22-points-too-large", ["46:29: question 'size': answer 'small': points for 'flask': 5000 is out of range; expected a number from 0 to 1000"]),
        ("23-points-infinite", ["31:29: question 'api': answer 'yes': points for 'flask': '.inf' is not a finite number; expected a number from 0 to 1000"]),
        ("24-threshold-out-of-range", ["11:9: thresholds: lean: 1.5 is out of range; expected a number from 0 to 1"]),
        ("25-tooclose-over-lean", ["10:3: thresholds: tooClose 0.3 is greater than lean 0.2; expected 0 ≤ tooClose ≤ lean ≤ 1"]),
        ("26-importance-bounds", [
            "10:8: importance: min: 1.5 is out of range; expected a number from 0 to 1",
            "11:8: importance: max: 20 is out of range; expected a number from 1 to 10",
        ]),
        ("27-one-option", ["14:3: options: found 1 option; expected 2 to 8"]),
        ("28-nine-options", ["14:3: options: found 9 options; expected 2 to 8"]),
        ("29-one-answer", ["44:11: question 'size': answers: found 1; expected at least 2"]),
        ("30-too-many-answers", ["44:11: question 'size': answers: found 13; expected at most 12"]),
        ("31-yesno-wrong-answers", ["29:11: question 'api': a yesno question needs exactly the answers 'yes' and 'no', found 'yes', 'maybe'"]),
        ("32-missing-reason", ["33:13: question 'api': answer 'no': missing required field 'reason'"]),
        ("33-empty-text", ["38:17: question 'size': prompt: expected text, found nothing (empty)"]),
        ("34-escape-sequence", ["25:15: question 'api': help: contains control character U+001B (ESC) at character 6; control and escape characters are not allowed"]),
        ("35-bidi-override", ["45:20: question 'size': answer 'small': label: contains control character U+202E (bidi override) at character 3; control and escape characters are not allowed"]),
        ("36-c1-control", ["47:21: question 'size': answer 'small': reason: contains control character U+009B (CSI) at character 7; control and escape characters are not allowed"]),
        ("37-string-too-long", ["51:21: question 'size': answer 'big': reason: text is 4001 characters long; the limit is 4000"]),
        ("38-undeclared-source", ["27:25: question 'api': sources: cites undeclared source 'book' (sources are post)"]),
        ("39-anchor", ["35:21: anchor '&p' is not allowed; anchors and aliases are not supported (write the value out)"]),
        ("40-wrong-types", [
            "27:19: question 'api': required: expected true or false, found 'maybe'",
            "42:17: question 'size': weight: expected a number, found 'heavy'",
        ]),
        ("41-unknown-answer-field", [
            "44:13: question 'size': answer 'small': missing required field 'label'",
            "45:13: question 'size': answer 'small': unknown field 'lable' (allowed: id, label, points, signals, reason, excludes, requires)",
        ]),
        ("42-bad-kind", ["40:15: question 'size': kind: expected yesno, choice or scale, found 'multiple'"]),
        ("43-two-documents", ["53:1: found a second YAML document; expected exactly one"]),
        ("44-deep-nesting", ["6:39: nesting is deeper than 32 levels (the limit)"]),
        ("45-tag", ["41:17: tag 'tag:yaml.org,2002:float' is not supported; write the plain value"]),
        ("46-del-character", ["4:8: title: contains control character U+007F (DEL) at character 7; control and escape characters are not allowed"]),
        ("47-title-newline", ["4:8: title: contains a line break at character 7; expected one line"]),
        ("48-invalid-utf8", ["16:18: invalid YAML: invalid leading UTF-8 octet (byte 0xff); expected printable UTF-8 text"]),
        ("49-raw-control-byte", ["25:20: invalid YAML: control characters are not allowed (byte 0x1b); expected printable UTF-8 text"]),
    ]

    @Test(arguments: cases)
    func brokenFixtureReportsExactDiagnostics(name: String, expected: [String]) throws {
        let file = "\(name).yaml"
        let bytes = try LoadingFixtures.bytes("broken/" + file)
        let error = #expect(throws: DiagnosticList.self) {
            try WorksheetLoader().load(bytes: bytes, file: file, origin: file)
        }
        let lines = error?.diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" } ?? []
        #expect(lines == expected)
        #expect(error?.diagnostics.allSatisfy { $0.location.file == file } == true)
    }

    @Test func everyFixtureFileHasACase() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: LoadingFixtures.root + "/broken")
            .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
        #expect(names == Self.cases.map(\.0).sorted())
        #expect(names.count >= 35)
    }

    @Test func goodSampleLoads() throws {
        let bytes = try LoadingFixtures.bytes("good/sample.yaml")
        let worksheet = try WorksheetLoader().load(bytes: bytes, file: "sample.yaml", origin: "here")
        #expect(worksheet.questions.map(\.id) == ["api", "size"])
        #expect(worksheet.options.map(\.id) == ["django", "flask"])
        #expect(worksheet.question("api")?.answers.map(\.id) == ["yes", "no"])
        #expect(worksheet.question("size")?.showWhen == Condition(question: "api", answers: ["yes"]))
        #expect(worksheet.question("size")?.answer("big")?.points == ["django": 2, "flask": 0.5])
        #expect(worksheet.question("size")?.answer("big")?.excludes == ["flask"])
        #expect(worksheet.description == "A small sample.\nTwo lines.")
        #expect(worksheet.sources == [WorksheetSource(id: "post", title: "The post", url: "https://example.com")])
        #expect(worksheet.origin == "here")
        #expect(worksheet.sha256.count == 64)
        #expect(worksheet.sha256 == WorksheetLoader.sha256(bytes))
    }
}
