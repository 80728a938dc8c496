import Foundation

/// Temporary paths for tests, removed when the test process exits (so a test run leaves
/// nothing behind in `$TMPDIR`, whichever way a test ends).
public enum ScratchFolders {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var made: [String] = []
    nonisolated(unsafe) private static var registered = false

    /// A new path `$TMPDIR/PREFIX-UUID` (not created), removed at exit.
    public static func path(_ prefix: String) -> String {
        let path = NSTemporaryDirectory() + "\(prefix)-\(UUID().uuidString)"
        lock.lock()
        made.append(path)
        if !registered {
            registered = true
            atexit { ScratchFolders.removeAll() }
        }
        lock.unlock()
        return path
    }

    /// Creates a new folder `$TMPDIR/PREFIX-UUID`, removed at exit.
    public static func make(_ prefix: String) throws -> String {
        let folder = path(prefix)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    private static func removeAll() {
        lock.lock()
        let paths = made
        lock.unlock()
        for path in paths { try? FileManager.default.removeItem(atPath: path) }
    }
}
