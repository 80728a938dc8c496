import Foundation
import ScoringProperties

// The release-built property check `.ci/run` runs: the scoring properties' expensive rounds
// (re-scoring for the sensitivity analysis, result documents read back), 1,000 each per
// shipped worksheet, which a debug `swift test` runs only 100 times. Exits 1 on a
// counterexample, naming the worksheet and round.
let rounds = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 1_000
var failed = false
for sheet in try ScoringProperties.shipped() {
    let started = Date()
    let failures = ScoringProperties.scoreFailures(sheet, rounds: rounds, metamorphicRounds: rounds)
        + (try ScoringProperties.documentFailures(sheet, rounds: rounds).failures)
    let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
    print("\(sheet.id): \(rounds) rounds, \(failures.isEmpty ? "ok" : "\(failures.count) failures") (\(seconds) s)")
    for failure in failures.prefix(5) { print("  \(failure)") }
    failed = failed || !failures.isEmpty
}
exit(failed ? 1 : 0)
