import Foundation
import Testing
import VerdictEngine

/// Hostile answers files through `AnswersReader` against `wakatime-2015`: each is accepted
/// or refused with exit 65 and a one-line, terminal-safe diagnostic naming the place.
@Suite("Hostile: answers files")
struct HostileAnswersTests {
    static let cases: [HostileCase] = [
        .fails("another-tools-json.json", at: "1:1", "missing required field 'answers'"),
        .fails("answer-is-mapping.yaml", at: "2:8", "answers: expected QUESTION_ID: ANSWER_ID, found 'api': a mapping"),
        .fails("answer-is-number.yaml", at: "2:8", "question 'api': unknown answer '7' (answers are yes, no)"),
        .fails("answers-is-list.yaml", at: "2:3", "answers: expected a mapping of question id to answer id, found a list"),
        .fails("billion-laughs.yaml", at: "1:7", "anchor '&l0' is not allowed"),
        .fails("duplicate-answer-keys.yaml", at: "3:3", "question 'api' is answered twice"),
        .fails("empty.yaml", at: "1:1", "expected an answers file (a mapping), found nothing (null)"),
        .fails("importance-huge.yaml", at: "4:8", "importance: 'api': 1000000 is out of range; expected a number from 0.5 to 2"),
        .fails("importance-nan.yaml", at: "4:8", "importance: 'api': '.nan' is not a finite number"),
        .fails("importance-negative.yaml", at: "4:8", "importance: 'api': -3 is out of range"),
        .fails("importance-overflow.yaml", at: "4:8", "importance: 'api': expected a number, found '1e309'"),
        .fails("invalid-utf8.yaml", at: "1:13", "invalid YAML: invalid leading UTF-8 octet (byte 0xff)"),
        .fails("python-tag.yaml", at: "1:13", "tag 'tag:yaml.org,2002:python/object/apply:os.system' is not supported"),
        .fails("respondent-bidi.yaml", at: "1:13", "respondent: contains control character U+202E (bidi override) at character 5"),
        .fails("respondent-csi.yaml", at: "1:13", "respondent: contains control character U+001B (ESC) at character 1"),
        .fails("respondent-is-list.yaml", at: "1:13", "respondent: expected text, found a list"),
        .fails("top-level-scalar.yaml", at: "1:1", "expected an answers file (a mapping), found '42'"),
        .fails("unknown-answer.yaml", at: "2:8", "question 'api': unknown answer 'maybe' (answers are yes, no)"),
        .fails("unknown-question.yaml", at: "2:3", "unknown question 'not-a-question' (questions are coding-5-years,"),
        .fails("unknown-top-level-field.yaml", at: "1:1", "missing required field 'answers'"),
        .loads("valid.yaml"),
    ]

    @Test("every hostile answers fixture: exit code and message", arguments: cases)
    func fixture(_ hostile: HostileCase) throws {
        let worksheet = try HostileFixtures.bundled("wakatime-2015")
        let bytes = try HostileFixtures.bytes("answers/" + hostile.file)
        do {
            let responses = try AnswersReader().read(bytes: bytes, file: hostile.file, for: worksheet)
            #expect(hostile.location == nil, "accepted, but expected: \(hostile.message)")
            #expect(responses.respondent == "Ada")
            #expect(responses.answers == ["coding-5-years": "yes", "api": "no"])
        } catch {
            #expect(hostile.location != nil, "refused: \(error)")
            hostile.expectFailure(error, file: hostile.file)
        }
    }

    @Test("the table covers every fixture file")
    func everyFixtureHasACase() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: HostileFixtures.path("answers")).sorted()
        #expect(files == Self.cases.map(\.file).sorted())
    }

    @Test("a result document is read as answers; a truncated one is refused with the place")
    func resultsAsAnswers() throws {
        let worksheet = try HostileFixtures.bundled("wakatime-2015")
        let valid = try HostileFixtures.bytes("results/valid-ada.json")
        let responses = try AnswersReader().read(bytes: valid, file: "valid-ada.json", for: worksheet)
        #expect(responses.answers == ["coding-5-years": "yes", "api": "no"])
        let truncated = try HostileFixtures.bytes("results/truncated.json")
        let error = try #require(throws: DiagnosticList.self) {
            try AnswersReader().read(bytes: truncated, file: "truncated.json", for: worksheet)
        }
        HostileCase.fails("truncated.json", at: "77:9", "invalid YAML: this quoted text is never closed (found unexpected end of stream at line 77, column 12)")
            .expectFailure(error, file: "truncated.json")
    }

    @Test("--answer flags with control characters are refused without echoing them raw")
    func hostileAssignments() throws {
        let worksheet = try HostileFixtures.bundled("wakatime-2015")
        for assignment in ["api=\u{1B}[2Jyes", "\u{1B}]0;pwned\u{07}=yes", "api\u{202E}=no", "=", "api", "api=yes=no"] {
            let error = try #require(throws: (any Error).self) {
                try AnswersReader().parse(assignments: [assignment], for: worksheet)
            }
            #expect(HostileFixtures.exitCode(for: error) == 65 || HostileFixtures.exitCode(for: error) == 64)
            HostileFixtures.expectClean(error)
        }
    }
}
