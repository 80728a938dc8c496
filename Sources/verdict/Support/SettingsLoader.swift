import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import VerdictEngine

/// Loads the effective ``Settings`` for a command, turning an unusable environment
/// variable into a usage error (exit 64); config file errors propagate (exit 65).
enum SettingsLoader {
    /// The settings for these flags in this process's environment.
    static func load(flags: SettingFlags = SettingFlags(),
                     environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Settings {
        do {
            return try Settings.load(flags: flags, environment: environment)
        } catch let error as SettingError {
            ErrorReporter.say(error.description)
            throw VerdictExit.usage
        }
    }
}
