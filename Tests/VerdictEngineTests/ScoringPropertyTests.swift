import Foundation
import ScoringProperties
import Testing
import VerdictTestSupport
@testable import VerdictEngine

/// Property tests over every shipped worksheet (``ScoringProperties``). The cheap checks run
/// 1,000 rounds here; the expensive ones (re-scoring for the sensitivity analysis, result
/// documents read back) 100, and 1,000 in the release-built `verdict-property-check` that
/// `.ci/run` runs.
@Suite("Scoring properties over shipped worksheets")
struct ScoringPropertyTests {
    static let shipped: [String] = BundledFiles.worksheets.map(\.name)

    static func load(_ name: String) throws -> Worksheet {
        let bytes = try #require(BundledFiles.worksheets.first { $0.name == name }?.bytes)
        return try WorksheetLoader().load(bytes: bytes, file: name, origin: "bundled:\(name)")
    }

    @Test(arguments: shipped)
    func scoresAreConsistentAndMetamorphicPropertiesHold(_ name: String) throws {
        let failures = ScoringProperties.scoreFailures(try Self.load(name), rounds: 1_000, metamorphicRounds: 100)
        #expect(failures.isEmpty, "\(failures.prefix(5))")
    }

    @Test(arguments: shipped)
    func documentsValidateAndReadBackAsAnswers(_ name: String) throws {
        let (failures, sample) = try ScoringProperties.documentFailures(try Self.load(name), rounds: 100)
        #expect(failures.isEmpty, "\(failures.prefix(5))")
        #expect(try SchemaCheck.problems(sample) == nil)
    }
}
