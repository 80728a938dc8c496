import Foundation
import NIOConcurrencyHelpers

/// The meeting's log file, mode 0600: connections, names claimed, reveals, failures.
/// Callers never pass it the code, a password or an answer; every line is sanitised. It
/// stops at ``standardLimit`` bytes, with one line saying so: a peer opening connection
/// after connection must not fill the disk.
public final class MeetingLog: Sendable {
    /// The most a log file grows to, in bytes (about 40,000 connection lines).
    public static let standardLimit = 4 << 20

    private let descriptor: Int32
    private let limit: Int
    /// The bytes in the file so far.
    private let size: NIOLockedValueBox<Int>

    /// Opens (appending) or creates the log at `path`; nil path or failure logs nothing.
    public init(path: String?, limit: Int = MeetingLog.standardLimit) {
        self.limit = limit
        guard let path else {
            descriptor = -1
            size = NIOLockedValueBox(0)
            return
        }
        descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW, 0o600)
        var info = stat()
        if descriptor >= 0 { fchmod(descriptor, 0o600) }
        size = NIOLockedValueBox(descriptor >= 0 && fstat(descriptor, &info) == 0 ? Int(info.st_size) : 0)
    }

    deinit { if descriptor >= 0 { close(descriptor) } }

    /// Appends one line, stamped with the UTC time (nothing once the log is full).
    public func say(_ message: String) {
        guard descriptor >= 0 else { return }
        let safe = String(message.unicodeScalars.map { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) ? "?" : Character($0) })
        let stamp = ISO8601DateFormatter().string(from: Date()) + " "
        var line = stamp + safe + "\n"
        let fits: Bool? = size.withLockedValue { written in
            guard written < limit else { return nil }
            let fits = written + line.utf8.count <= limit
            written = fits ? written + line.utf8.count : limit
            return fits
        }
        guard let fits else { return }
        if !fits { line = stamp + "log full (\(limit) bytes): later lines are dropped\n" }
        _ = line.utf8CString.withUnsafeBufferPointer { Foundation.write(descriptor, $0.baseAddress, $0.count - 1) }
    }
}
