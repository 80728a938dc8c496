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

    /// What a `stat` mode names, for messages: "a folder", "a character device", "a FIFO"…
    public static func describe(mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFREG: "a regular file"
        case S_IFDIR: "a folder"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFIFO: "a FIFO"
        case S_IFSOCK: "a socket"
        case S_IFLNK: "a symbolic link"
        default: "not a regular file"
        }
    }
}
