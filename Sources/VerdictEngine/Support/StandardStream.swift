/// Writes to standard output or standard error with `write(2)`, instead of
/// `FileHandle`: FileHandle is outside FoundationEssentials, so using it links the whole of
/// Foundation into the binary (DESIGN §2b).
public enum StandardStream: Int32, Sendable {
    /// File descriptor 1.
    case output = 1
    /// File descriptor 2.
    case error = 2

    /// Writes the text's UTF-8 bytes; false when the stream refuses them (a closed pipe, a
    /// full disk).
    @discardableResult
    public func write(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { write(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Writes all the bytes, retrying after signals and partial writes. Returns false when
    /// the stream refuses them (a closed pipe, a full disk); the rest is dropped.
    @discardableResult
    public func write(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { write(bytes: $0) }
    }

    /// Writes a buffer; false when the stream refuses the bytes.
    @discardableResult
    public func write(bytes: UnsafeRawBufferPointer) -> Bool {
        DescriptorWriter.writeAll(rawValue, bytes) == 0
    }
}
