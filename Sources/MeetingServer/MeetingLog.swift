import Foundation
import NIOConcurrencyHelpers

/// The meeting's log file, mode 0600: connections, names claimed, reveals, failures.
/// Callers never pass it the code, a password or an answer; every line is sanitised.
public final class MeetingLog: Sendable {
    private let descriptor: Int32

    /// Opens (appending) or creates the log at `path`; nil path or failure logs nothing.
    public init(path: String?) {
        guard let path else {
            descriptor = -1
            return
        }
        descriptor = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW, 0o600)
        if descriptor >= 0 { fchmod(descriptor, 0o600) }
    }

    deinit { if descriptor >= 0 { close(descriptor) } }

    /// Appends one line, stamped with the UTC time.
    public func say(_ message: String) {
        guard descriptor >= 0 else { return }
        let safe = String(message.unicodeScalars.map { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) ? "?" : Character($0) })
        let line = ISO8601DateFormatter().string(from: Date()) + " " + safe + "\n"
        _ = line.utf8CString.withUnsafeBufferPointer { Foundation.write(descriptor, $0.baseAddress, $0.count - 1) }
    }
}
