#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The check every command that reads files and writes one runs before it writes: an
/// output path (`--output`, `--adr`) naming a file the same command reads is refused, so a
/// mistyped path never replaces a colleague's answers with the report made from them.
public enum OutputOverlap {
    /// A file the command reads, and what it is, for the message ("the answers file").
    public struct Input: Sendable {
        /// The path as the user named it (or as the command found it in a folder).
        public var path: String
        /// What the file is to the command, a noun phrase.
        public var role: String
        /// What to do instead, said after the refusal (nil: nothing to add).
        public var hint: String?

        /// Creates an input.
        public init(_ path: String, _ role: String, hint: String? = nil) {
            self.path = path
            self.role = role
            self.hint = hint
        }
    }

    /// Throws ``InputError`` (`.cannotWrite`, exit 73) naming `flag` and the file when
    /// `output` is the same file as one of `inputs`: the same device and inode when both
    /// exist, else the same resolved path. Standard output (`-`) and nil never clash.
    public static func refuse(_ output: String?, flag: String, reading inputs: [Input]) throws {
        guard let output, output != "-" else { return }
        guard let input = inputs.first(where: { sameFile(output, $0.path) }) else { return }
        let named = input.path == output ? "" : " (\(input.path))"
        throw InputError(.cannotWrite, path: output,
                         "\(flag) names \(input.role)\(named); refusing to overwrite it, nothing was written"
                            + (input.hint.map { " (\($0))" } ?? ""))
    }

    /// Whether two paths name one file: equal device and inode when both can be looked at
    /// (links followed), else equal resolved paths (the folder resolved, the name kept).
    static func sameFile(_ first: String, _ second: String) -> Bool {
        if let one = FileReader.identity(of: first), let other = FileReader.identity(of: second) { return one == other }
        return resolved(first) == resolved(second)
    }

    /// The real path of `path`, or of its folder joined with its last component when the
    /// file is missing, or `path` itself when neither resolves.
    private static func resolved(_ path: String) -> String {
        if let real = realPath(path) { return real }
        let parent = PathText.parent(path)
        guard let folder = realPath(parent.isEmpty ? "." : parent) else { return path }
        return PathText.join(folder, PathText.lastComponent(path))
    }

    private static func realPath(_ path: String) -> String? {
        guard let real = realpath(path, nil) else { return nil }
        defer { free(real) }
        return String(cString: real)
    }
}
