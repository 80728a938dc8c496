import Foundation
import Testing
@testable import VerdictEngine

/// The README's `verdict validate … broken.yaml` example is what the loader really says.
struct ReadmeExampleTests {
    /// A worksheet with the three faults the README's example reports (lines 7, 8 and 9).
    static let broken = """
        format: 1
        id: broken
        title: B
        version: 1.0.0
        description: d
        options:
          - {id: a, name: A}
        sections: []
        colour: red

        """

    @Test func validateExampleMatchesTheLoader() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let shown = try String(contentsOf: readme, encoding: .utf8).split(separator: "\n")
            .filter { $0.hasPrefix("verdict: broken.yaml:") }.map { String($0.dropFirst("verdict: ".count)) }
        let error = #expect(throws: DiagnosticList.self) {
            try WorksheetLoader().load(bytes: Array(Self.broken.utf8), file: "broken.yaml", origin: "broken.yaml")
        }
        let said = error?.diagnostics.map { "broken.yaml:\($0.location.line):\($0.location.column): \($0.message)" } ?? []
        #expect(shown.count == 3)
        #expect(shown == said)
    }
}
