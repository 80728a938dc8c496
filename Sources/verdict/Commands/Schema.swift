import ArgumentParser

/// `verdict schema` (not yet built).
struct Schema: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "schema", abstract: "Not yet available.")

    func run() async throws {
        throw ValidationError("'verdict schema' is not built yet")
    }
}
