import ArgumentParser

/// Checks of the options that name a file or folder to write.
enum PathOptions {
    /// Refuses an empty path (`--output ""`, a variable that was not set): it would fail
    /// after the last question, or name the folder `/` as a base (`"" + "/ana.json"`).
    static func refuseEmpty(_ options: KeyValuePairs<String, String?>) throws {
        for case let (flag, value?) in options where value.isEmpty {
            throw ValidationError("\(flag): expected a path, found nothing (empty)")
        }
    }
}
