import ArgumentParser

/// `verdict run` (not yet built).
struct Run: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Not yet available.")

    func run() async throws {
        throw ValidationError("'verdict run' is not built yet")
    }
}
