#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `mkdir -p`.
public enum Folders {
    /// Why a folder could not be made.
    public enum Failure: Error, Equatable {
        /// `mkdir` (or `stat`) of this path failed with this `errno`.
        case system(path: String, code: Int32)
        /// The path exists and is not a folder.
        case notAFolder(path: String)
    }

    /// Makes `path` and any missing parents with `mode` (existing folders are left as they
    /// are). Returns nil on success.
    public static func make(_ path: String, mode: mode_t = 0o700) -> Failure? {
        // Usually the folder is there already: one stat instead of a mkdir per component
        // (each a journal lookup; this runs before the first frame of `verdict run`).
        var existing = stat()
        if stat(path, &existing) == 0 && existing.st_mode & S_IFMT == S_IFDIR { return nil }
        var partial = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            partial += "/" + part
            if mkdir(partial, mode) != 0 && errno != EEXIST { return .system(path: partial, code: errno) }
        }
        var info = stat()
        guard stat(path, &info) == 0 else { return .system(path: path, code: errno) }
        return info.st_mode & S_IFMT == S_IFDIR ? nil : .notAFolder(path: path)
    }
}
