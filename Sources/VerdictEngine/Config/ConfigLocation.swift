#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Where the config file lives: `$XDG_CONFIG_HOME/verdict/config.yaml`, or
/// `~/.config/verdict/config.yaml` when `XDG_CONFIG_HOME` is unset or empty.
public enum ConfigLocation {
    /// The config file path for an environment; nil when neither `XDG_CONFIG_HOME` nor
    /// `HOME` is set.
    public static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty {
            return PathText.join(config, "verdict/config.yaml")
        }
        if let home = environment["HOME"], !home.isEmpty {
            return PathText.join(home, ".config/verdict/config.yaml")
        }
        return nil
    }

    /// A path written in a config file, made usable: `~/x` is expanded with `home`, a
    /// relative path is taken relative to `folder` (the config file's folder).
    static func resolve(_ written: String, relativeTo folder: String, home: String?) -> String {
        if written == "~" { return home ?? written }
        if written.hasPrefix("~/"), let home, !home.isEmpty {
            return PathText.join(home, String(written.dropFirst(2)))
        }
        if written.hasPrefix("/") { return written }
        return PathText.join(folder, written)
    }
}
