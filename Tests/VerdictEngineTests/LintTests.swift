import Foundation
import Testing
@testable import VerdictEngine

/// One fixture per lint pattern: each raises exactly that warning at its position.
struct LintTests {
    static let folder = LoadingFixtures.root + "/lint/"

    func warnings(_ name: String, cases: String? = nil) throws -> [String] {
        let documented = try cases.map { try CaseCorpus().named([Self.folder + $0]) }
        return try WorksheetLinter().lint(contentsOf: Self.folder + name, cases: documented).warnings
            .map { "\($0.location.line):\($0.location.column) \($0.rule.rawValue)" }
    }

    @Test(arguments: [
        ("absence.yaml", nil, ["25:17 absence-as-evidence"]),
        ("maxima.yaml", nil, ["9:9 unbalanced-maxima"]),
        ("base-rate.yaml", "base-rate-cases", ["15:13 base-rate"]),
        ("redundant.yaml", "redundant-cases", ["28:13 redundant"]),
        ("unused.yaml", nil, ["21:11 unused-allowance"]),
        ("allowed.yaml", nil, []),
        ("clean.yaml", nil, []),
        ("base-rate.yaml", nil, []),
        ("redundant.yaml", nil, []),
    ] as [(String, String?, [String])])
    func fixtureRaisesExactlyItsWarning(name: String, cases: String?, expected: [String]) throws {
        #expect(try warnings(name, cases: cases) == expected)
    }

    /// What `verdict new` writes is the first worksheet a new author lints: it must not teach
    /// the patterns the linter warns about (it once gave "no" points and was 17% unbalanced).
    @Test func theStarterWorksheetLintsClean() throws {
        let text = StarterWorksheet.text(id: "x", title: "X")
        let linter = WorksheetLinter()
        let (worksheet, marks) = try linter.loader.loadWithMarks(bytes: Array(text.utf8), file: "x.yaml", origin: "x.yaml")
        #expect(linter.lint(worksheet, marks: marks, file: "x.yaml", cases: nil).map(\.description) == [])
    }

    @Test func warningLineHasTheCompilerForm() throws {
        let warning = try #require(try WorksheetLinter().lint(contentsOf: Self.folder + "absence.yaml", cases: nil).warnings.first)
        #expect(warning.description.hasPrefix(Self.folder + "absence.yaml:25:17: warning: question 'feature': answer 'no'"))
        #expect(warning.description.hasSuffix(" [absence-as-evidence]"))
    }

    @Test func anUnknownRuleInAnAllowanceIsAnError() throws {
        let text = try String(contentsOfFile: Self.folder + "allowed.yaml", encoding: .utf8)
            .replacingOccurrences(of: "allow: [absence-as-evidence]", with: "allow: [absense]")
        #expect(throws: DiagnosticList.self) {
            try WorksheetLoader().load(bytes: Array(text.utf8), file: "w.yaml", origin: "w.yaml")
        }
    }

    @Test(arguments: [("no", true), ("none", true), ("never", true), ("no-api", true), ("without-admin", true),
                      ("not-needed", true), ("yes", false), ("nosql", false), ("some", false)])
    func absenceAnswersAreRecognisedByID(id: String, absent: Bool) {
        #expect(WorksheetLinter.isAbsence(Answer(id: id, label: id)) == absent)
    }

    /// Questions move together when their contributions change together from case to case.
    @Test func correlationIsTakenAcrossCases() {
        // Two questions that give option a a point in the same cases: r = 1.
        #expect(WorksheetLinter.correlationAcrossCases([[1, 0], [0, 0], [1, 0]], [[2, 0], [0, 0], [2, 0]]) == 1)
        // Opposite sides in the same cases: r = -1, never redundant.
        #expect(WorksheetLinter.correlationAcrossCases([[1, 0], [0, 0]], [[0, 0], [1, 0]]) == -1)
        // Both answered alike by every case (each pushes a, every time): nothing varies, so no r —
        // a question every case answers alike is the base-rate rule's concern.
        #expect(WorksheetLinter.correlationAcrossCases([[1, 0], [1, 0], [1, 0]], [[0, 2], [0, 2], [0, 2]]) == nil)
    }
}
