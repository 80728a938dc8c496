import ArgumentParser

/// `verdict list` (not yet built).
struct List: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Not yet available.")

    func run() async throws {
        throw ValidationError("'verdict list' is not built yet")
    }
}
