#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The starter worksheet `verdict new` writes, from the embedded template.
public enum StarterWorksheet {
    /// Whether an id is kebab-case: `^[a-z0-9]+(-[a-z0-9]+)*$`, at most 64 characters.
    public static func isValidID(_ id: String) -> Bool {
        guard !id.isEmpty, id.count <= 64, !id.hasPrefix("-"), !id.hasSuffix("-"), !id.contains("--") else {
            return false
        }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// "rails-or-phoenix" → "Rails or phoenix".
    public static func defaultTitle(for id: String) -> String {
        let words = id.split(separator: "-").joined(separator: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    /// The template with the id and title filled in (the title's quotes and backslashes escaped).
    public static func text(id: String, title: String) -> String {
        let template = String(decoding: BundledFiles.starterWorksheet, as: UTF8.self)
        let escaped = title.escapingScalars(["\\": "\\\\", "\"": "\\\""])
        return template.replacing("__ID__", with: id).replacing("__TITLE__", with: escaped)
    }
}
