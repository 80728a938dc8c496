import Foundation

/// The `verdict` binary the end-to-end tests run: `$VERDICT_BINARY` when set (CI points it
/// at the optimised release build), else the package's debug build.
public enum VerdictBinary {
    /// The package's root folder, found from this file's path.
    public static let packageRoot: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// The binary under test.
    public static var path: String {
        ProcessInfo.processInfo.environment["VERDICT_BINARY"] ?? packageRoot + "/.build/debug/verdict"
    }
}
