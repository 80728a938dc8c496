import Foundation
import VerdictTestSupport

/// Scratch folders for the end-to-end hostile tests, and the small-file-system mounts the
/// fault tests need.
enum HostileFolder {
    // MARK: - Scratch folders

    /// Creates a fresh, empty folder under the system's temporary folder.
    static func make(_ label: String) throws -> String {
        let path = ScratchFolders.path("verdict-hostile-\(label)")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Removes a folder made by ``make(_:)`` (after unmounting anything mounted on it).
    static func remove(_ path: String) {
        _ = try? FileManager.default.removeItem(atPath: path)
    }

    /// Writes `text` to `path`, creating or replacing it.
    static func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    /// Writes `bytes` to `path`, creating or replacing it.
    static func write(bytes: [UInt8], to path: String) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    /// The bytes of a file, or nil when it cannot be read.
    static func read(_ path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path).map { [UInt8]($0) }
    }

    /// Names of the entries in a folder.
    static func entries(_ path: String) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: path))?.sorted() ?? []
    }

    // MARK: - Mounts

    /// Whether this process may mount a tmpfs (root in a container that allows it).
    static let canMount: Bool = {
        guard geteuid() == 0, let probe = try? make("mount-probe") else { return false }
        defer { remove(probe) }
        guard (try? mount(probe, options: "size=64k")) != nil else { return false }
        unmount(probe)
        return true
    }()

    /// Mounts a tmpfs with `options` (e.g. `size=64k`, `remount,ro`) on `path`.
    static func mount(_ path: String, options: String) throws {
        let status = try tool("/bin/mount", ["-t", "tmpfs", "-o", options, "tmpfs", path])
        guard status == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    /// Unmounts `path`, ignoring failures.
    static func unmount(_ path: String) {
        _ = try? tool("/bin/umount", [path])
    }

    /// Runs a system tool and returns its exit status.
    private static func tool(_ executable: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
