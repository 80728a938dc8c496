import Testing
@testable import VerdictEngine

/// `--members` lists, for the hot seat and `meeting serve` alike (``PersonName/roster(_:)``).
struct RosterTests {
    @Test func namesAreTrimmedAndKeptInOrder() {
        #expect(PersonName.roster(" Ana , Ben,Cy ") == .success(["Ana", "Ben", "Cy"]))
    }

    @Test(arguments: [
        ("", "needs one or more names separated by commas"),
        ("Ana,,Ben", "has an empty name at position 2; expected names separated by commas"),
        ("Ana,", "has an empty name at position 2; expected names separated by commas"),
        ("Ana,Ana", "lists 'Ana' twice"),
        ("Ana,ana", "lists 'Ana' and 'ana', the same name"),
        ("Ana,\u{FF21}\u{FF4E}\u{FF41}", "lists 'Ana' and '\u{FF21}\u{FF4E}\u{FF41}', the same name"),
    ])
    func aListThatIsNoRosterSaysWhy(text: String, clause: String) {
        #expect(PersonName.roster(text) == .failure(PersonName.RosterProblem(clause)))
    }

    @Test func anInvisibleCharacterIsNamed() throws {
        guard case .failure(let problem) = PersonName.roster("Ana,An\u{200B}a") else {
            Issue.record("accepted a name with a zero-width space")
            return
        }
        #expect(problem.clause.contains("invisible character U+200B at character 3"))
    }
}
