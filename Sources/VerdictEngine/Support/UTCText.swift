#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// UTC date texts formatted by hand from `gmtime_r`: a `DateFormatter` costs a
/// millisecond to create and links the whole of Foundation into the binary (DESIGN §2b).
public enum UTCText {
    /// ISO 8601 with seconds precision, e.g. `2026-11-25T10:30:00Z`.
    public static func timestamp(_ date: Date) -> String {
        let parts = fields(date)
        return "\(digits(parts.tm_year + 1900, 4))-\(digits(parts.tm_mon + 1, 2))-\(digits(parts.tm_mday, 2))"
            + "T\(digits(parts.tm_hour, 2)):\(digits(parts.tm_min, 2)):\(digits(parts.tm_sec, 2))Z"
    }

    /// To the minute, for people, e.g. `2026-11-25 10:30 UTC`.
    public static func minutes(_ date: Date) -> String {
        let parts = fields(date)
        return "\(digits(parts.tm_year + 1900, 4))-\(digits(parts.tm_mon + 1, 2))-\(digits(parts.tm_mday, 2))"
            + " \(digits(parts.tm_hour, 2)):\(digits(parts.tm_min, 2)) UTC"
    }

    private static func fields(_ date: Date) -> tm {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return parts
    }

    private static func digits(_ value: Int32, _ count: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: Swift.max(0, count - text.count)) + text
    }
}
