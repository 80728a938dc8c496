import ArgumentParser
import Foundation
import VerdictEngine

/// Turns engine errors into `verdict: …` lines on stderr and the exit codes of DESIGN §5.
enum ErrorReporter {
    /// Writes one line to standard error, prefixed `verdict: `.
    static func say(_ line: String) {
        FileHandle.standardError.write(Data("verdict: \(line)\n".utf8))
    }

    /// Reports the error and returns the exit code to leave with.
    static func report(_ error: any Error) -> ExitCode {
        switch error {
        case let list as DiagnosticList:
            list.diagnostics.forEach { say($0.description) }
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

    /// Runs a command body, reporting any error and exiting with its code.
    static func guarded(_ body: () async throws -> Void) async throws {
        do {
            try await body()
        } catch let error as ExitCode {
            throw error
        } catch let error as CleanExit {
            throw error
        } catch {
            throw report(error)
        }
    }

    /// ``guarded(_:)`` for a synchronous body (it runs on the caller's thread).
    static func guardedNow(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as ExitCode {
            throw error
        } catch let error as CleanExit {
            throw error
        } catch {
            throw report(error)
        }
    }
}
