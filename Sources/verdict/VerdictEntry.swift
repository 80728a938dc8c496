import Dispatch
import Foundation

/// The program's entry point.
///
/// Synchronous on purpose: an `async` main starts the concurrency runtime and a second
/// thread before the first line runs (about a millisecond of CPU, DESIGN §2b), which the
/// everyday `verdict` / `verdict run …` lines (``QuickRun``) do not need. Every other
/// command line goes to ArgumentParser in a main-actor task.
@main
enum VerdictEntry {
    /// Runs the command line and exits with its code.
    static func main() {
        if let request = QuickRun.request(for: Array(CommandLine.arguments.dropFirst())) {
            do {
                try request.perform()
            } catch {
                Verdict.exit(after: error)
            }
            exit(0)
        }
        Task { @MainActor in
            await Verdict.main()
            exit(0)
        }
        dispatchMain()
    }
}
