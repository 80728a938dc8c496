import VerdictEngine
import VerdictUI

/// The welcome frame `verdict run` drew last for each worksheet, kept under
/// `$XDG_CACHE_HOME/verdict/frames/` (default `~/.cache/verdict/frames/`) beside the
/// worksheet cache, so the next launch can show it before it decodes the worksheet and
/// builds the session (see ``EarlyWelcome``).
///
/// An entry is keyed by the worksheet's cache key — the source file's identity or the
/// bundled bytes, and the running binary's identity — and the theme's name: the welcome
/// screen is a function of the worksheet and the theme alone once the terminal's size is
/// known, and the size is stored in the frame. A stale or damaged entry is a miss; a wrong
/// one could only show for the instant before the session's own frame replaces it.
struct WelcomeFrameCache {
    /// The folder of the entries.
    let directory: String

    /// A saved frame and the id of the worksheet it shows.
    struct Entry: Equatable {
        /// The worksheet's `id` (what its session lock and autosave are named after).
        var worksheetID: String
        /// The frame.
        var grid: CellGrid
    }

    /// The standard folder for this environment; nil where the worksheet cache has none.
    static func standard(environment: [String: String]) -> WelcomeFrameCache? {
        WorksheetCache.standard(environment: environment).map {
            WelcomeFrameCache(directory: PathText.parent($0.directory) + "/frames")
        }
    }

    /// The key of the frame for a worksheet cache key and a theme.
    static func key(worksheetKey: String, theme: Theme) -> String {
        "welcome \(theme.name) \(worksheetKey)"
    }

    // MARK: - Entries

    /// The frame stored for an origin under this key; nil on a miss.
    func load(origin: String, key: String) -> Entry? {
        guard let payload = file(origin).payload(key: key), let idLength = payload.first.map(Int.init),
              payload.count > idLength
        else { return nil }
        let idBytes = payload.dropFirst().prefix(idLength)
        let worksheetID = String(decoding: idBytes, as: UTF8.self)
        guard !worksheetID.isEmpty, worksheetID.utf8.elementsEqual(idBytes),
              let grid = FrameCodec.decode(payload.dropFirst(1 + idLength))
        else { return nil }
        return Entry(worksheetID: worksheetID, grid: grid)
    }

    /// Stores a frame for an origin under this key (best effort; an id over 255 bytes, or
    /// a frame ``FrameCodec`` cannot hold, is not stored).
    func store(_ entry: Entry, origin: String, key: String) {
        let idBytes = Array(entry.worksheetID.utf8)
        guard !idBytes.isEmpty, idBytes.count <= 255, let frame = FrameCodec.encode(entry.grid) else { return }
        file(origin).store([UInt8(idBytes.count)] + idBytes + frame, key: key)
    }

    private func file(_ origin: String) -> CacheEntryFile {
        CacheEntryFile(directory: directory, name: origin, fileExtension: "vfc")
    }
}
