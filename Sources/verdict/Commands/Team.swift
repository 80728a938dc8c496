import ArgumentParser

/// `verdict team` (not yet built).
struct Team: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "team", abstract: "Not yet available.")

    func run() async throws {
        throw ValidationError("'verdict team' is not built yet")
    }
}
