import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import VerdictEngine

/// Turns engine errors into `verdict: …` lines on stderr and the exit codes of DESIGN §5.
enum ErrorReporter {
    /// Writes one line to standard error, prefixed `verdict: `, through ``TextSanitizer``:
    /// every diagnostic quotes something from outside (a file name, a flag's value, an id
    /// read back from an autosave, `TERM`), and none of it may reach the terminal raw.
    static func say(_ line: String) {
        StandardStream.error.write("verdict: \(TextSanitizer.sanitize(line))\n")
    }

    /// Reports the error and returns the exit code to leave with.
    static func report(_ error: any Error) -> ExitCode {
        switch error {
        case let list as DiagnosticList:
            DiagnosticCap.lines(list.diagnostics).forEach(say)
            return VerdictExit.badData
        case let diagnostic as Diagnostic:
            say(diagnostic.description)
            return VerdictExit.badData
        case let input as InputError:
            say(input.description)
            switch input.kind {
            case .missing: return VerdictExit.missingInput
            case .cannotWrite: return VerdictExit.cannotWrite
            case .badData: return VerdictExit.badData
            }
        case let exit as ExitCode:
            return exit
        default:
            say("\(error)")
            return VerdictExit.badData
        }
    }

    /// Runs a command body, reporting any error and exiting with its code (ArgumentParser's
    /// own exits pass through).
    static func guarded(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch {
            throw exitError(for: error)
        }
    }

    /// ArgumentParser's own exits pass through; anything else is reported and becomes its exit code.
    private static func exitError(for error: any Error) -> any Error {
        if error is ExitCode || error is CleanExit { return error }
        return report(error)
    }
}
