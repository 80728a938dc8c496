import ArgumentParser

/// `verdict meeting` (not yet built).
struct Meeting: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "meeting", abstract: "Not yet available.")

    func run() async throws {
        throw ValidationError("'verdict meeting' is not built yet")
    }
}
