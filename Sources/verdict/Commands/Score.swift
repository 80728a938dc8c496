import ArgumentParser

/// `verdict score` (not yet built).
struct Score: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "score", abstract: "Not yet available.")

    func run() async throws {
        throw ValidationError("'verdict score' is not built yet")
    }
}
