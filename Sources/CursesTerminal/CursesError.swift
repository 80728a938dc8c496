/// Why the full-screen UI could not start.
public struct CursesError: Error, Sendable, CustomStringConvertible {
    /// One line for the user.
    public let description: String

    /// Creates an error.
    public init(_ description: String) { self.description = description }
}
