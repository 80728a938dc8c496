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

    /// Throws when ``make(_:mode:)`` would fail for `path`, checked without making
    /// anything: the nearest part of it that exists must be a folder this process may write
    /// in. A command checks this before the first question rather than after the last.
    public static func checkMakeable(_ path: String) throws {
        var existing = path.isEmpty ? "." : path
        while FileKind(path: existing) == .missing {
            let parent = PathText.parent(existing)
            let next = parent.isEmpty ? "." : parent
            if next == existing { break }
            existing = next
        }
        guard FileKind(path: existing) == .folder else {
            throw InputError(.cannotWrite, path: path, "cannot write: \(TextSanitizer.sanitize(existing)) is not a folder")
        }
        guard access(existing, W_OK | X_OK) == 0 else {
            throw InputError(.cannotWrite, path: path,
                             "cannot write in \(TextSanitizer.sanitize(existing)): \(String(cString: strerror(errno)))")
        }
    }
}
