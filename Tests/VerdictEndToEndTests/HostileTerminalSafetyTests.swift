import Foundation
import Testing

/// Terminal safety through the built binary: whatever a hostile worksheet, answers file or
/// name holds, `validate`, `score` (text and Markdown), `list` and `team` print no ESC, no
/// C1 control and no bidi override; refused text shows as placeholders (`␛`, `�`).
@Suite("Hostile: terminal safety through the binary")
struct HostileTerminalSafetyTests {
    /// Worksheets whose texts, ids or field names carry escape sequences, C1 controls or
    /// bidi overrides.
    static let hostileWorksheets = [
        "csi-clear-screen-title.yaml", "osc-window-title-description.yaml", "cursor-up-prompt.yaml",
        "osc-source-title.yaml", "c1-csi-title.yaml", "c1-osc-option-name.yaml", "bidi-override-prompt.yaml",
        "bidi-isolate-label.yaml", "bidi-override-title.yaml", "esc-in-id.yaml", "esc-in-unknown-key.yaml",
        "esc-in-answer-reference.yaml", "raw-esc-unquoted-title.yaml", "json-escaped-esc.json",
    ]

    static let fixtures = HostileBinary.packageRoot + "/Tests/VerdictEngineTests/Fixtures/hostile"

    // MARK: - validate and score

    @Test("validate: exit 65, clean one-line errors", arguments: hostileWorksheets)
    func validate(_ name: String) throws {
        let path = Self.fixtures + "/worksheets/" + name
        let run = try HostileBinary.run(["validate", path])
        #expect(run.status == 65)
        #expect(run.errorLines.first?.hasPrefix("verdict: \(path):") == true, "\(run.errors)")
        expectClean(run)
    }

    @Test("score --format text and markdown: exit 65, nothing unsafe on either stream", arguments: hostileWorksheets)
    func score(_ name: String) throws {
        let path = Self.fixtures + "/worksheets/" + name
        for format in ["text", "markdown"] {
            let run = try HostileBinary.run(["score", path, "--answer", "q1=yes", "--format", format])
            #expect(run.status == 65, "\(format): \(run.errors)")
            #expect(run.stdout.isEmpty)
            expectClean(run)
        }
    }

    @Test("refused text is shown with placeholders, not raw")
    func placeholders() throws {
        let run = try HostileBinary.run(["validate", Self.fixtures + "/worksheets/esc-in-unknown-key.yaml"])
        #expect(run.errors.contains("unknown field 'evil␛[2Jkey'"), "\(run.errors)")
        let id = try HostileBinary.run(["validate", Self.fixtures + "/worksheets/esc-in-answer-reference.yaml"])
        #expect(id.errors.contains("'b␛]0;x␇' is not a valid id"), "\(id.errors)")
    }

    @Test("a hostile respondent name reaches text and Markdown reports only as placeholders")
    func hostileName() throws {
        for format in ["text", "markdown"] {
            let run = try HostileBinary.run([
                "score", "wakatime-2015", "--answer", "api=yes", "--name", "\u{1B}]0;pwned\u{07}Eve\u{202E}\u{9B}2J",
                "--format", format,
            ])
            expectClean(run)
            #expect(run.status == 0 || run.status == 64 || run.status == 65, "\(run.status): \(run.errors)")
        }
    }

    @Test("--answer with escape sequences: a clean error")
    func hostileAssignment() throws {
        let run = try HostileBinary.run(["score", "wakatime-2015", "--answer", "api=\u{1B}[2Jyes", "--format", "text"])
        #expect(run.status == 65 || run.status == 64)
        #expect(run.errorLines.count >= 1)
        expectClean(run)
    }

    // MARK: - list and team

    @Test("list: hostile worksheets on the search path are listed with clean problems")
    func list() throws {
        let home = try HostileFolder.make("list")
        defer { HostileFolder.remove(home) }
        try FileManager.default.createDirectory(atPath: home + "/worksheets", withIntermediateDirectories: true)
        for name in Self.hostileWorksheets {
            try FileManager.default.copyItem(atPath: Self.fixtures + "/worksheets/" + name,
                                             toPath: home + "/worksheets/" + name)
        }
        let run = try HostileBinary.run(["list"], directory: home,
                                        environment: ["HOME": home, "XDG_CONFIG_HOME": home + "/config"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("wakatime-2015"))
        expectClean(run)
    }

    @Test("team: a member named with escape sequences is shown safely; one named with a bidi override is refused")
    func team() throws {
        for format in ["text", "markdown"] {
            let run = try HostileBinary.run(["team", Self.fixtures + "/results/respondent-csi.json", "--format", format])
            #expect(run.status == 0, "\(format): \(run.errors)")
            #expect(!run.stdout.isEmpty)
            expectClean(run)
            let bidi = try HostileBinary.run(["team", Self.fixtures + "/results/respondent-bidi.json", "--format", format])
            #expect(bidi.status == 65, "\(format): \(bidi.errors)")
            #expect(bidi.errors.contains("respondent: contains an invisible character U+202E (bidi override)"), "\(bidi.errors)")
            expectClean(bidi)
        }
    }

    // MARK: - Helpers

    /// Neither stream holds ESC, a C1 control or a bidi override.
    private func expectClean(_ run: HostileRun, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(HostileTerminalText.unsafeCharacters(in: run.stdout).isEmpty,
                "stdout: \(run.output.debugDescription.prefix(300))", sourceLocation: sourceLocation)
        #expect(HostileTerminalText.unsafeCharacters(in: run.stderr).isEmpty,
                "stderr: \(run.errors.debugDescription.prefix(300))", sourceLocation: sourceLocation)
    }
}
