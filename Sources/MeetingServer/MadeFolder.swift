import Foundation
import VerdictEngine

/// The export folder as a meeting found it: the folders the meeting makes for it and the
/// files it writes there at start (`known_hosts`). A meeting nobody answered in takes them
/// away again with ``undo()``, and only while nothing else is in the folder.
public struct MadeFolder: Sendable {
    /// The folders that did not exist yet, deepest first (empty: the folder was there).
    public let made: [String]
    /// What the meeting wrote at start: path and contents.
    private var written: [String: Data] = [:]

    /// Notes which of `folder` and its parents do not exist yet (call before writing).
    public init(_ folder: String) {
        var made: [String] = []
        var current = folder
        while !current.isEmpty, current != "/", current != ".", !FileManager.default.fileExists(atPath: current) {
            made.append(current)
            current = (current as NSString).deletingLastPathComponent
        }
        self.made = made
    }

    /// Notes what is missing, then makes `folder` for this meeting: it must be missing or
    /// empty (``TeamExport/claimFolder(_:)``), so no other meeting's files are beside ours.
    public static func claim(_ folder: String) throws -> MadeFolder {
        let noted = MadeFolder(folder)
        try TeamExport.claimFolder(folder)
        return noted
    }

    /// The meeting wrote `contents` at `path` inside the folder.
    public mutating func wrote(_ contents: Data, at path: String) {
        written[path] = contents
    }

    /// Removes what the meeting made, if the folder holds nothing but the files it wrote,
    /// unchanged; never anything else (a folder that was already there is left alone).
    /// True when the folder is gone.
    @discardableResult
    public func undo() -> Bool {
        guard let folder = made.first,
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return false }
        let ours = names.allSatisfy { name in
            let path = PathText.join(folder, name)
            return written[path].map { FileManager.default.contents(atPath: path) == $0 } ?? false
        }
        guard ours else { return false }
        for name in names { unlink(PathText.join(folder, name)) }
        for path in made where rmdir(path) != 0 { return path != folder }
        return true
    }
}
