/// Turns libFuzzer's raw buffer into the values the harnesses feed the code under test.
public enum FuzzInput {
    /// The input as a byte array (an empty input gives an empty array).
    public static func bytes(_ data: UnsafePointer<UInt8>, _ size: Int) -> [UInt8] {
        Array(UnsafeBufferPointer(start: data, count: size))
    }
}
