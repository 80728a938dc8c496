import ArgumentParser

/// `verdict validate` (not yet built).
struct Validate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "validate", abstract: "Not yet available.")

    func run() async throws {
        throw ValidationError("'verdict validate' is not built yet")
    }
}
