import Testing
@testable import VerdictEngine

/// Damaged input never crashes or hangs the loader: it loads, or it throws diagnostics with
/// positions inside the file.
struct LoadingRobustnessTests {
    private func outcome(_ bytes: [UInt8]) -> Result<Worksheet, any Error> {
        Result { try WorksheetLoader().load(bytes: bytes, file: "f", origin: "f") }
    }

    private func lineCount(_ bytes: [UInt8]) -> Int { bytes.filter { $0 == 0x0A }.count + 1 }

    @Test func everyTruncationLoadsOrReportsPositions() throws {
        let sample = try LoadingFixtures.bytes("good/sample.yaml")
        var failures = 0
        for end in 0..<sample.count {
            let cut = Array(sample[..<end])
            switch outcome(cut) {
            case .success:
                break
            case let .failure(error):
                let list = try #require(error as? DiagnosticList, "truncated at \(end): \(error)")
                #expect(!list.diagnostics.isEmpty)
                #expect(list.diagnostics.allSatisfy { $0.location.line >= 1 && $0.location.line <= lineCount(cut) + 1 })
                failures += 1
            }
        }
        #expect(failures > sample.count / 2)
    }

    @Test func everyByteReplacementLoadsOrReportsDiagnostics() throws {
        let sample = try LoadingFixtures.bytes("good/sample.yaml")
        for (index, replacement) in zip(sample.indices, [UInt8]([0x00, 0x1B, 0x22, 0x3A, 0x5B, 0x7B, 0x26, 0x2A, 0xFF]).cycled(sample.count)) {
            var damaged = sample
            damaged[index] = replacement
            if case let .failure(error) = outcome(damaged) {
                #expect(error is DiagnosticList, "byte \(index) → \(replacement): \(error)")
            }
        }
    }

    /// A field or a points entry given again is reported at each repeat (the first counts);
    /// an unknown option is reported every time, never as a repeat.
    @Test func repeatedFieldsAndPointsAreReportedAtEachRepeat() {
        let source = """
            format: 1
            id: x
            title: X
            version: "1"
            description: D
            options: [{id: a, name: A}, {id: b, name: B}]
            sections:
              - id: s
                title: S
                questions:
                  - id: q
                    prompt: Q
                    help: H
                    kind: choice
                    prompt: Again
                    answers:
                      - {id: one, label: One, reason: R, points: {a: 1, b: 2, a: 3, z: 1, z: 2, a: 4}}
                      - {id: two, label: Two, reason: R, label: Again, label: Twice}
            """
        guard case let .failure(error) = outcome(Array(source.utf8)) else {
            Issue.record("loaded")
            return
        }
        #expect((error as? DiagnosticList)?.diagnostics.map { "\($0)" } == [
            "f:15:9: question 'q': duplicate field 'prompt'",
            "f:17:67: question 'q': answer 'one': points: duplicate option 'a'",
            "f:17:73: question 'q': answer 'one': points for unknown option 'z' (options are a, b)",
            "f:17:79: question 'q': answer 'one': points for unknown option 'z' (options are a, b)",
            "f:17:85: question 'q': answer 'one': points: duplicate option 'a'",
            "f:18:46: question 'q': answer 'two': duplicate field 'label'",
            "f:18:60: question 'q': answer 'two': duplicate field 'label'",
        ])
    }

    /// An unclosed quote is reported where it opened (line 3 here), not at the end of the
    /// file or at the next line libyaml trips over.
    @Test(arguments: [
        ("format: 1\nid: x\ntitle: \"Django\nversion: 1.0.0\ndescription: hi\n",
         "f:3:8: invalid YAML: this quoted text is never closed (found unexpected end of stream at line 6, column 1); expected a closing quote"),
        ("format: 1\nid: x\ntitle: 'Django\nversion: 1.0.0\n",
         "f:3:8: invalid YAML: this quoted text is never closed (found unexpected end of stream at line 5, column 1); expected a closing quote"),
        ("format: 1\nid: x\ntitle: \"Django\nversion: 1.0.0\ndescription: \"hi\"\noptions: []\n",
         "f:3:8: invalid YAML: the quoted text opened here runs on to line 5, where did not find expected key (column 15); expected a closing quote on this line"),
    ])
    func unclosedQuotePointsWhereItOpened(source: String, expected: String) {
        guard case let .failure(error) = outcome(Array(source.utf8)) else {
            Issue.record("loaded")
            return
        }
        let list = error as? DiagnosticList
        #expect(list?.diagnostics.map { "\($0)" } == [expected])
    }
}

private extension Array {
    /// The elements repeated to `count` items.
    func cycled(_ count: Int) -> [Element] { (0..<count).map { self[$0 % self.count] } }
}
