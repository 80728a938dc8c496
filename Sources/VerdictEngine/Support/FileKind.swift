#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What a path names, found with `stat(2)` (following symbolic links).
public enum FileKind: Equatable, Sendable {
    /// Nothing there, or nothing this process may look at.
    case missing
    /// A regular file.
    case file
    /// A folder.
    case folder
    /// Anything else: a FIFO, a device, a socket.
    case other

    /// The kind of `path`.
    public init(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            self = .missing
            return
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: self = .file
        case S_IFDIR: self = .folder
        default: self = .other
        }
    }
}
