import Foundation
import Testing

/// A representative subset of the hostile inputs through the built binary: the exit code
/// and the exact `verdict: FILE:LINE:COL: message` line a user sees.
@Suite("Hostile: inputs through the binary")
struct HostileBinaryTests {
    static let fixtures = HostileBinary.packageRoot + "/Tests/VerdictEngineTests/Fixtures/hostile"

    @Test("validate: hostile worksheets", arguments: [
        ("billion-laughs.yaml", 65, "1:7: anchor '&l0' is not allowed"),
        ("deep-flow-nesting.yaml", 65, "1:40: nesting is deeper than 32 levels (the limit)"),
        ("invalid-utf8.yaml", 65, "22:23: invalid YAML: invalid leading UTF-8 octet (byte 0xff)"),
        ("nan-weight.yaml", 65, "25:17: question 'q1': weight: '.nan' is not a finite number"),
        ("python-object-tag.yaml", 65, "3:8: tag 'tag:yaml.org,2002:python/object/apply:os.system' is not supported"),
        ("duplicate-keys.yaml", 65, "4:1: duplicate field 'title'"),
        ("empty.yaml", 65, "1:1: expected a worksheet (a mapping), found nothing (null)"),
        ("csi-clear-screen-title.yaml", 65, "3:8: title: contains control character U+001B (ESC) at character 1"),
        ("json-form.json", 0, ""),
        ("crlf.yaml", 0, ""),
    ])
    func validate(_ name: String, _ status: Int32, _ message: String) throws {
        let path = Self.fixtures + "/worksheets/" + name
        let run = try HostileBinary.run(["validate", path])
        #expect(run.status == status, "\(run.errors)")
        if status != 0 {
            #expect(run.errorLines.first?.hasPrefix("verdict: \(path):\(message)") == true, "\(run.errors)")
        }
    }

    @Test("an 11 MB worksheet: exit 65 before parsing")
    func elevenMegabytes() throws {
        let folder = try HostileFolder.make("big")
        defer { HostileFolder.remove(folder) }
        let path = folder + "/big.yaml"
        try HostileFolder.write(bytes: [UInt8](repeating: 0x20, count: 11 * 1024 * 1024), to: path)
        let run = try HostileBinary.run(["validate", path])
        #expect(run.status == 65)
        #expect(run.errors == "verdict: \(path):1:1: file is 11534336 bytes; the limit for a worksheet is 5242880 bytes (5 MiB)\n")
    }

    @Test("a missing worksheet: exit 66")
    func missing() throws {
        let run = try HostileBinary.run(["validate", "/nonexistent/sheet.yaml"])
        #expect(run.status == 66)
        #expect(run.errors == "verdict: /nonexistent/sheet.yaml: no such file\n")
    }

    @Test("score --answers: hostile answers files", arguments: [
        ("billion-laughs.yaml", "1:7: anchor '&l0' is not allowed"),
        ("importance-nan.yaml", "4:8: importance: 'api': '.nan' is not a finite number"),
        ("unknown-question.yaml", "2:3: unknown question 'not-a-question'"),
        ("respondent-csi.yaml", "1:13: respondent: contains control character U+001B (ESC) at character 1"),
    ])
    func answers(_ name: String, _ message: String) throws {
        let path = Self.fixtures + "/answers/" + name
        let run = try HostileBinary.run(["score", "wakatime-2015", "--answers", path, "--format", "json"])
        #expect(run.status == 65)
        #expect(run.stdout.isEmpty)
        #expect(run.errorLines.first?.hasPrefix("verdict: \(path):\(message)") == true, "\(run.errors)")
    }

    @Test("team: hostile result files and folders", arguments: [
        ("results/truncated.json", 65, "results/truncated.json:77:9: invalid JSON: this quoted text is never closed (found unexpected end of stream at line 77, column 12)"),
        ("results/other-tool.json", 65, "results/other-tool.json:1:1: not a verdict result: no 'schemaVersion'"),
        ("results/schema-version-3.json", 65, "results/schema-version-3.json:51:20: unsupported schemaVersion '3'"),
        ("results/sha-not-hex.json", 65, "results/sha-not-hex.json:144:15: 'worksheet.sha256' must be 64 lower-case hex digits"),
        ("team/mixed-versions", 65, "team/mixed-versions/bob.json:142:16: answered wakatime-2015 version 0.9.0"),
        ("team/duplicates", 65, "team/duplicates/ada.json:50:17: respondent 'Ada' also answered in"),
        ("team/no-json", 66, "team/no-json: no *.json result files in this folder"),
    ])
    func team(_ name: String, _ status: Int32, _ message: String) throws {
        let run = try HostileBinary.run(["team", Self.fixtures + "/" + name])
        #expect(run.status == status, "\(run.errors)")
        #expect(run.errorLines.first?.hasPrefix("verdict: \(Self.fixtures)/\(message)") == true, "\(run.errors)")
    }
}
