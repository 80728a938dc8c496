import Foundation
import Testing
import VerdictEngine

/// Hostile worksheets through `WorksheetLoader`: every file in `Fixtures/hostile/worksheets`
/// is either accepted or refused with exit 65 and a one-line, terminal-safe diagnostic that
/// names the place and what was expected. (`make-fixtures.py` writes the files.)
@Suite("Hostile: worksheets")
struct HostileWorksheetTests {
    // MARK: - Fixture files

    static let cases: [HostileCase] = [
        .fails("alias-fanout.yaml", at: "1:7", "anchor '&t' is not allowed"),
        .fails("answers-is-scalar.yaml", at: "27:18", "question 'q1': answers: expected a list, found 'yes'"),
        .fails("backspace-in-label.yaml", at: "29:20", "question 'q1': answer 'yes': label: contains control character U+0008 (BS) at character 4"),
        .fails("bell-in-help.yaml", at: "23:15", "question 'q1': help: contains control character U+0007 (BEL) at character 5"),
        .fails("bidi-isolate-label.yaml", at: "29:20", "question 'q1': answer 'yes': label: contains control character U+2067 (bidi isolate) at character 1"),
        .fails("bidi-override-prompt.yaml", at: "22:17", "question 'q1': prompt: contains control character U+202E (bidi override) at character 4"),
        .fails("bidi-override-title.yaml", at: "3:8", "title: contains control character U+202E (bidi override) at character 9"),
        .fails("billion-laughs.yaml", at: "1:7", "anchor '&l0' is not allowed"),
        .fails("binary-tag.yaml", at: "3:8", "tag 'tag:yaml.org,2002:binary' is not supported"),
        .fails("c1-csi-title.yaml", at: "3:16", "invalid YAML: control characters are not allowed (byte 0x9b)"),
        .fails("c1-osc-option-name.yaml", at: "12:12", "invalid YAML: control characters are not allowed (byte 0x9d)"),
        .fails("comment-only.yaml", at: "1:1", "expected a worksheet (a mapping), found nothing (null)"),
        .loads("cr-only.yaml"),
        .loads("crlf.yaml"),
        .fails("csi-clear-screen-title.yaml", at: "3:8", "title: contains control character U+001B (ESC) at character 1"),
        .fails("csi-option-name.yaml", at: "12:11", "option 'a': name: contains control character U+001B (ESC) at character 1"),
        .fails("csi-option-summary.yaml", at: "13:14", "option 'a': summary: contains control character U+001B (ESC) at character 8"),
        .fails("csi-section-description.yaml", at: "19:18", "section 's': description: contains control character U+001B (ESC) at character 1"),
        .fails("csi-section-title.yaml", at: "18:12", "section 's': title: contains control character U+001B (ESC) at character 1"),
        .fails("cursor-position-help.yaml", at: "23:15", "question 'q1': help: contains control character U+001B (ESC) at character 5"),
        .fails("cursor-up-prompt.yaml", at: "22:17", "question 'q1': prompt: contains control character U+001B (ESC) at character 1"),
        .fails("custom-tag.yaml", at: "3:8", "tag '!include' is not supported"),
        .fails("deep-block-nesting.yaml", at: "2:63", "nesting is deeper than 32 levels (the limit)"),
        .fails("deep-flow-mapping.yaml", at: "1:129", "nesting is deeper than 32 levels (the limit)"),
        .fails("deep-flow-nesting.yaml", at: "1:40", "nesting is deeper than 32 levels (the limit)"),
        .fails("del-in-prompt.yaml", at: "22:17", "question 'q1': prompt: contains control character U+007F (DEL) at character 9"),
        .fails("duplicate-keys.yaml", at: "4:1", "duplicate field 'title'"),
        .fails("duplicate-question-ids.yaml", at: "36:13", "duplicate question id 'q1' (first declared at line 21)"),
        .fails("empty.yaml", at: "1:1", "expected a worksheet (a mapping), found nothing (null)"),
        .fails("erase-line-reason.yaml", at: "31:21", "question 'q1': answer 'yes': reason: contains control character U+001B (ESC) at character 7"),
        .fails("esc-in-answer-reference.yaml", at: "34:22", "question 'q1': answer 'no': points: 'b␛]0;x␇' is not a valid id"),
        .fails("esc-in-id.yaml", at: "2:5", "id: 'hostile␛[2J' is not a valid id"),
        .fails("esc-in-unknown-key.yaml", at: "2:1", "unknown field 'evil␛[2Jkey' (allowed: format, id, title, version, description, thresholds, importance, sources, options, alternatives, sections, lint)"),
        .fails("format-2.yaml", at: "1:9", "format: version 2 is not supported"),
        .fails("format-is-string.yaml", at: "1:9", "format: expected the integer 1, found 'one'"),
        .fails("hex-weight.yaml", at: "25:17", "question 'q1': weight: expected a number, found '0x10'"),
        .fails("huge-format.yaml", at: "1:9", "format: expected the integer 1, found '99999999999999999999999999'"),
        .fails("huge-weight.yaml", at: "25:17", "question 'q1': weight: 1000000000000000.0 is out of range"),
        .fails("id-too-long.yaml", at: "2:5", "id: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' is not a valid id"),
        .fails("infinite-weight.yaml", at: "25:17", "question 'q1': weight: '.inf' is not a finite number"),
        .fails("invalid-utf8.yaml", at: "22:23", "invalid YAML: invalid leading UTF-8 octet (byte 0xff)"),
        .fails("inverted-thresholds.yaml", at: "5:13", "thresholds: tooClose 0.9 is greater than lean 0.1"),
        .fails("json-escaped-esc.json", at: "4:12", "title: contains control character U+001B (ESC) at character 1"),
        .loads("json-form.json"),
        .fails("json-truncated.json", at: "20:7", "invalid YAML: this quoted text is never closed (found unexpected end of stream at line 20, column 8)"),
        .fails("kind-unknown.yaml", at: "24:15", "question 'q1': kind: expected yesno, choice or scale, found 'slider'"),
        .fails("lone-surrogate.yaml", at: "22:23", "invalid YAML: invalid Unicode character (byte 0xd800)"),
        .fails("long-text.yaml", at: "23:15", "question 'q1': help: text is 100000 characters long"),
        .fails("merge-key.yaml", at: "14:5", "option at line 14: unknown field '<<' (allowed: id, name, summary, url, since)"),
        .fails("multiple-documents.yaml", at: "36:1", "found a second YAML document"),
        .fails("nan-threshold.yaml", at: "5:24", "thresholds: tooClose: '.nan' is not a finite number"),
        .fails("nan-weight.yaml", at: "25:17", "question 'q1': weight: '.nan' is not a finite number"),
        .fails("negative-points.yaml", at: "30:25", "question 'q1': answer 'yes': points for 'a': -5 is out of range"),
        .fails("negative-weight.yaml", at: "25:17", "question 'q1': weight: -1 is out of range"),
        .fails("nul-byte-in-title.yaml", at: "3:8", "title: contains control character U+0000 (NUL) at character 8"),
        .fails("null-everywhere.yaml", at: "1:9", "format: expected the integer 1, found nothing (null)"),
        .fails("options-is-string.yaml", at: "10:10", "options: expected a list, found 'a, b'"),
        .fails("osc-source-title.yaml", at: "8:12", "source 'src': title: contains control character U+001B (ESC) at character 1"),
        .fails("osc-window-title-description.yaml", at: "5:14", "description: contains control character U+001B (ESC) at character 1"),
        .fails("overflowing-points.yaml", at: "30:25", "question 'q1': answer 'yes': points for 'a': expected a number, found '1e309'"),
        .fails("overlong-utf8.yaml", at: "22:23", "invalid YAML: invalid length of a UTF-8 sequence"),
        .fails("points-is-list.yaml", at: "34:21", "question 'q1': answer 'no': points: expected a mapping of option id to number, found a list"),
        .fails("points-unknown-option.yaml", at: "34:22", "question 'q1': answer 'no': points for unknown option 'zz' (options are a, b)"),
        .fails("python-object-tag.yaml", at: "3:8", "tag 'tag:yaml.org,2002:python/object/apply:os.system' is not supported"),
        .fails("raw-esc-unquoted-title.yaml", at: "3:15", "invalid YAML: control characters are not allowed (byte 0x1b)"),
        .fails("raw-nul-byte.yaml", at: "3:15", "invalid YAML: control characters are not allowed (byte 0x0)"),
        .fails("required-is-string.yaml", at: "25:19", "question 'q1': required: expected true or false, found 'maybe'"),
        .fails("sections-is-mapping.yaml", at: "16:11", "sections: expected a list, found a mapping"),
        .fails("sgr-colour-label.yaml", at: "29:20", "question 'q1': answer 'yes': label: contains control character U+001B (ESC) at character 1"),
        .fails("showwhen-dangling.yaml", at: "25:30", "question 'q1': showWhen: unknown question 'nowhere'"),
        .fails("showwhen-self-cycle.yaml", at: "25:30", "question 'q1': showWhen: the question is conditioned on itself"),
        .fails("tab-in-title.yaml", at: "3:8", "title: contains control character U+0009 (TAB) at character 8"),
        .fails("tab-indentation.yaml", at: "11:1", "invalid YAML: found character that cannot start any token (while scanning for the next token at line 11, column 1)"),
        .fails("title-is-list.yaml", at: "3:8", "title: expected text, found a list"),
        .fails("title-is-mapping.yaml", at: "3:8", "title: expected text, found a mapping"),
        .fails("too-many-answers.yaml", at: "28:11", "question 'q1': answers: found 42"),
        .fails("too-many-options.yaml", at: "11:3", "options: found 101 options"),
        .fails("top-level-list.yaml", at: "1:1", "expected a worksheet (a mapping), found a list"),
        .fails("top-level-scalar.yaml", at: "1:1", "expected a worksheet (a mapping), found 'just a string'"),
        .fails("undefined-alias.yaml", at: "3:8", "alias '*nowhere' is not allowed"),
        .fails("unknown-field-typo.yaml", at: "25:9", "question 'q1': unknown field 'weigth' (allowed: id, prompt, help, kind, weight, required, showWhen, sources, lint, answers)"),
        .loads("utf16le-bom.yaml"),
        .fails("utf32-bom.yaml", at: "1:1", "invalid YAML: control characters are not allowed (byte 0x0)"),
        .loads("utf8-bom.yaml"),
        .loads("valid-base.yaml"),
        .fails("weight-is-list.yaml", at: "25:17", "question 'q1': weight: expected a number, found a list"),
        .fails("weight-is-string.yaml", at: "25:17", "question 'q1': weight: expected a number, found 'heavy'"),
        .fails("whitespace-only.yaml", at: "1:1", "expected a worksheet (a mapping), found nothing (null)"),
        .fails("zero-importance.yaml", at: "5:19", "importance: min 0 is out of range"),
    ]

    @Test("every hostile worksheet fixture: exit code and message", arguments: cases)
    func fixture(_ hostile: HostileCase) throws {
        let bytes = try HostileFixtures.bytes("worksheets/" + hostile.file)
        do {
            let worksheet = try WorksheetLoader().load(bytes: bytes, file: hostile.file, origin: hostile.file)
            #expect(hostile.location == nil, "loaded, but expected: \(hostile.message)")
            #expect(HostileFixtures.unsafeCharacters(in: worksheet.title + worksheet.description).isEmpty)
            #expect(worksheet.options.count >= 2)
        } catch {
            #expect(hostile.location != nil, "refused: \(error)")
            hostile.expectFailure(error, file: hostile.file)
        }
    }

    @Test("the table covers every fixture file")
    func everyFixtureHasACase() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: HostileFixtures.path("worksheets")).sorted()
        #expect(files == Self.cases.map(\.file).sorted())
    }

    // MARK: - Generated large inputs

    @Test("an 11 MB worksheet is refused before parsing, naming the limit")
    func elevenMegabytes() throws {
        var text = "format: 1\nid: big\nsections:\n"
        let line = "  - {id: s, title: \"Padding padding padding padding padding padding\"}\n"
        text += String(repeating: line, count: 11 * 1024 * 1024 / line.utf8.count + 1)
        let bytes = Array(text.utf8)
        #expect(bytes.count > 11 * 1024 * 1024)
        let error = try #require(throws: DiagnosticList.self) {
            try WorksheetLoader().load(bytes: bytes, file: "big.yaml", origin: "big.yaml")
        }
        HostileCase.fails("big.yaml", at: "1:1",
                          "file is \(bytes.count) bytes; the limit for a worksheet is 5242880 bytes (5 MiB)")
            .expectFailure(error, file: "big.yaml")
    }

    @Test("100,000 levels of nesting stop at the depth limit")
    func deepNesting() throws {
        let bytes = Array(("format: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8)
        let error = try #require(throws: DiagnosticList.self) {
            try WorksheetLoader().load(bytes: bytes, file: "deep.yaml", origin: "deep.yaml")
        }
        HostileCase.fails("deep.yaml", at: "1:40", "nesting is deeper than 32 levels (the limit)")
            .expectFailure(error, file: "deep.yaml")
    }

    @Test("a 5 MB title is refused with its length and the limit")
    func hugeString() throws {
        let fixture = try HostileFixtures.bytes("worksheets/valid-base.yaml")
        let text = String(decoding: fixture, as: UTF8.self)
            .replacingOccurrences(of: "title: Hostile base", with: "title: " + String(repeating: "x", count: 5_000_000))
        let error = try #require(throws: DiagnosticList.self) {
            try WorksheetLoader().load(bytes: Array(text.utf8), file: "long.yaml", origin: "long.yaml")
        }
        HostileCase.fails("long.yaml", at: "3:8", "title: text is 5000000 characters long; the limit is 4000")
            .expectFailure(error, file: "long.yaml")
    }

    @Test("more questions than the limit are refused, naming the limit")
    func tooManyQuestions() throws {
        let limits = LoaderLimits(maxFileBytes: 1 << 20, maxDepth: 32, maxQuestions: 3,
                                  maxAnswersPerQuestion: 12, maxOptions: 8, maxStringLength: 4_000)
        let fixture = String(decoding: try HostileFixtures.bytes("worksheets/valid-base.yaml"), as: UTF8.self)
        let question = fixture.components(separatedBy: "    questions:\n")[1]
        let extra = (2...4).map { question.replacingOccurrences(of: "id: q1", with: "id: q\($0)") }.joined()
        let error = try #require(throws: DiagnosticList.self) {
            try WorksheetLoader(limits: limits).load(bytes: Array((fixture + extra).utf8), file: "many.yaml", origin: "many.yaml")
        }
        HostileFixtures.expectClean(error)
        #expect(error.diagnostics.contains { $0.message.contains("3") && $0.message.contains("questions") },
                "\(error)")
    }

    // MARK: - Files that are not there

    @Test("a missing file: exit 66, 'no such file'")
    func missingFile() throws {
        let error = try #require(throws: InputError.self) {
            try WorksheetLoader().load(contentsOf: "/nonexistent/sheet.yaml")
        }
        #expect(HostileFixtures.exitCode(for: error) == 66)
        #expect(error.description == "/nonexistent/sheet.yaml: no such file")
    }

    @Test("a folder instead of a file: exit 66, 'is a folder'")
    func folderInsteadOfFile() throws {
        let error = try #require(throws: InputError.self) {
            try WorksheetLoader().load(contentsOf: HostileFixtures.path("worksheets"))
        }
        #expect(HostileFixtures.exitCode(for: error) == 66)
        #expect(error.description.hasSuffix(": is a folder; expected a file"))
    }
}
