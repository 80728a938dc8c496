/// Joins and splits path strings the way `NSString`'s path methods do, without
/// NSString: any NSString call links the whole of Foundation (CoreFoundation, ICU) into
/// the binary, which costs every launch about a millisecond (DESIGN §2b).
///
/// Only the forms Verdict uses are handled: `/`-separated POSIX paths, with repeated
/// trailing slashes ignored.
public enum PathText {
    /// `folder/name` with one slash between them; `name` alone when `folder` is empty,
    /// `folder` alone when `name` is empty.
    public static func join(_ folder: String, _ name: String) -> String {
        // Byte by byte, and String + String only: walking characters and appending a
        // Substring (a generic append) cost a conformance scan before the first frame.
        let bytes = name.utf8
        var nameStart = bytes.startIndex
        while nameStart != bytes.endIndex, bytes[nameStart] == UInt8(ascii: "/") { nameStart = bytes.index(after: nameStart) }
        let tail = String(name[nameStart...])
        if folder.isEmpty { return tail }
        if tail.isEmpty { return folder }
        let head = trimmingTrailingSlashes(folder)
        return head == "/" ? head + tail : head + "/" + tail
    }

    /// The folder part: `a/b` → `a`, `b` → ``, `/b` → `/`, `a/b/` → `a`.
    public static func parent(_ path: String) -> String {
        let trimmed = trimmingTrailingSlashes(path)
        guard let slash = trimmed.lastIndex(of: "/") else { return "" }
        if slash == trimmed.startIndex { return "/" }
        return trimmingTrailingSlashes(String(trimmed[..<slash]))
    }

    /// The last component: `a/b.yaml` → `b.yaml`, `a/b/` → `b`, `/` → `/`.
    public static func lastComponent(_ path: String) -> String {
        let trimmed = trimmingTrailingSlashes(path)
        guard let slash = trimmed.lastIndex(of: "/") else { return trimmed }
        if trimmed == "/" { return "/" }
        return String(trimmed[trimmed.index(after: slash)...])
    }

    /// The extension of the last component without its dot (`b.yaml` → `yaml`), empty when
    /// there is none. A leading dot (`.yaml`, a hidden file) starts no extension.
    public static func pathExtension(_ path: String) -> String {
        let name = lastComponent(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[name.index(after: dot)...])
    }

    /// The last component without its extension: `a/b.yaml` → `b`.
    public static func baseName(_ path: String) -> String {
        let name = lastComponent(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// `~` and `~/x` expanded with `home`; other paths, or a nil or empty home, unchanged.
    public static func expandingTilde(_ path: String, home: String?) -> String {
        guard let home, !home.isEmpty else { return path }
        if path == "~" { return home }
        if path.hasPrefix("~/") { return join(home, String(path.dropFirst(2))) }
        return path
    }

    /// Lower-case letters (any script) and digits, runs of anything else turned into one
    /// `-`: a file-name-safe form of a name (`Ana María` → `ana-maría`, `Zoë Ö` → `zoë-ö`).
    public static func slug(_ text: String) -> String {
        var out = ""
        for character in text.lowercased() {
            if character.isLetter || character.isASCII && character.isNumber {
                out.append(character)
            } else if !out.isEmpty, out.last != "-" {
                out.append("-")
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }

    private static func trimmingTrailingSlashes(_ path: String) -> String {
        let bytes = path.utf8
        var end = bytes.endIndex
        while bytes.distance(from: bytes.startIndex, to: end) > 1, bytes[bytes.index(before: end)] == UInt8(ascii: "/") {
            end = bytes.index(before: end)
        }
        return end == bytes.endIndex ? path : String(path[..<end])
    }
}
