/// A problem with an input or output file as a whole (not its contents).
public struct InputError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Sendable {
        /// The file does not exist or cannot be read (exit 66).
        case missing
        /// The file cannot be written (exit 73).
        case cannotWrite
        /// The file was read but its contents are unusable as a whole (exit 65).
        case badData
    }

    /// The kind of failure.
    public var kind: Kind
    /// The file, as the user named it.
    public var path: String
    /// What went wrong, in one line.
    public var message: String

    /// Creates an error.
    public init(_ kind: Kind, path: String, _ message: String) {
        self.kind = kind
        self.path = path
        self.message = message
    }

    /// `path: message`, the path sanitized (``TextSanitizer``): a file name can hold
    /// anything but `/` and NUL, escape sequences included.
    public var description: String { "\(TextSanitizer.sanitize(path)): \(message)" }
}
