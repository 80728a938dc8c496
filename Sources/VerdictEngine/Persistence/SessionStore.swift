#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

import Crypto
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Autosaved sessions, one file per worksheet id, under `$XDG_STATE_HOME/verdict/`.
///
/// Each file is JSON: `{"format":1,"checksum":"<sha256 of payload>","payload":{…}}`, written
/// atomically. Before a new save the previous good copy becomes `ID.json.bak`; when the
/// main copy is damaged or truncated, ``loadReporting(worksheetID:)`` falls back to it and
/// says so. ``lock(worksheetID:)`` keeps two processes from writing the same session.
public struct SessionStore: Sendable {
    /// The folder holding the files.
    public let directory: String

    /// Session keys used for file names instead of these worksheet ids (``keyed(for:respondent:)``).
    private var sessionKeys: [String: String] = [:]

    /// A store in a folder (created on first save or lock).
    public init(directory: String) {
        self.directory = directory
    }

    /// This store with the session of `worksheet` kept under a key of where the worksheet
    /// came from and who answers it, so a colleague's file that borrows a built-in's id, or
    /// another person (`--name Ben`) on the same worksheet, never reads, replaces or
    /// deletes this session. The built-in worksheet (or a byte-identical copy) answered
    /// without a name keeps the plain `ID.json` name of earlier versions.
    public func keyed(for worksheet: Worksheet, respondent: String?) -> SessionStore {
        keyed(worksheet.id, for: worksheet, respondent: respondent)
    }

    /// The same for the session stored under `id` (a meeting's `meeting-ID`, keyed by its
    /// members, so a meeting of other members never replaces an unfinished one).
    public func keyed(_ id: String, for worksheet: Worksheet, respondent: String?) -> SessionStore {
        var copy = self
        let origin = WorksheetCatalog.isBuiltIn(worksheet) ? "bundled:\(worksheet.id)" : worksheet.origin
        copy.sessionKeys[id] = Self.sessionKey(
            worksheetID: id, origin: origin == "bundled:\(worksheet.id)" ? "bundled:\(id)" : origin, respondent: respondent)
        return copy
    }

    /// `ID`, or `ID.` and 10 hex digits of the SHA-256 of the worksheet's real path (or
    /// `bundled:ID`) and the respondent's ``PersonName/key(_:)``.
    public static func sessionKey(worksheetID: String, origin: String, respondent: String?) -> String {
        let person = PersonName.key(respondent ?? "")
        if origin == "bundled:\(worksheetID)", person.isEmpty { return worksheetID }
        var place = origin
        if !origin.hasPrefix("bundled:"), let real = realpath(origin, nil) {
            place = String(cString: real)
            free(real)
        }
        let digest = HexText.lowercase(SHA256.hash(data: Data((place + "\n" + person).utf8)))
        return worksheetID + "." + digest.prefix(10)
    }

    /// The standard folder: `$XDG_STATE_HOME/verdict`, else `$HOME/.local/state/verdict`.
    public static func standardDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/verdict" }
        let home = ProcessEnvironment.homeFolder(environment)
        return home + "/.local/state/verdict"
    }

    /// A store in the standard folder.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> SessionStore {
        SessionStore(directory: standardDirectory(environment: environment))
    }

    // MARK: - Paths

    /// The main file for a worksheet id (or its session key, when ``keyed(for:respondent:)``).
    public func path(worksheetID: String) -> String { directory + "/" + stem(worksheetID) + ".json" }
    /// The backup of the previous good save.
    public func backupPath(worksheetID: String) -> String { path(worksheetID: worksheetID) + ".bak" }
    /// The lock file.
    public func lockPath(worksheetID: String) -> String { directory + "/" + stem(worksheetID) + ".lock" }

    private func stem(_ worksheetID: String) -> String { Self.fileStem(sessionKeys[worksheetID] ?? worksheetID) }

    /// A file-name-safe form of an id (anything but letters, digits, `-`, `_`, `.` becomes `_`).
    static func fileStem(_ id: String) -> String {
        let safe = String(id.unicodeScalars.map { scalar -> Character in
            let ok = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                || "-_.".unicodeScalars.contains(scalar)
            return ok ? Character(scalar) : "_"
        })
        let trimmed = safe.hasPrefix(".") ? "_" + safe.dropFirst() : safe
        return trimmed.isEmpty ? "_" : trimmed
    }

    // MARK: - Saving

    /// Saves a snapshot atomically, keeping the previous good copy as `.bak`.
    public func save(_ snapshot: SessionSnapshot) throws {
        try makeDirectory()
        let main = path(worksheetID: snapshot.worksheetID)
        if let existing = try? Self.contents(ifExists: main), (try? Self.decode(existing)) != nil {
            let backup = backupPath(worksheetID: snapshot.worksheetID)
            if rename(main, backup) != 0 {
                throw SessionStoreError.unwritable(path: backup, reason: String(cString: strerror(errno)))
            }
        }
        do {
            try AtomicFile.write(try Self.encode(snapshot), to: main)
        } catch let error as InputError {
            throw SessionStoreError.unwritable(path: main, reason: error.message)
        }
    }

    /// Removes a session's files (after it was finished); missing files are fine.
    public func remove(worksheetID: String) {
        unlink(path(worksheetID: worksheetID))
        unlink(backupPath(worksheetID: worksheetID))
    }

    // MARK: - Loading

    /// A loaded snapshot and, when the main copy was damaged, a line saying so.
    public struct Loaded: Sendable, Hashable {
        /// The snapshot.
        public var snapshot: SessionSnapshot
        /// Set when the backup was used instead of a damaged main copy.
        public var notice: String?
    }

    /// The saved snapshot for a worksheet id, or nil when there is none. Falls back to the
    /// backup silently; see ``loadReporting(worksheetID:)`` to learn that it did.
    public func load(worksheetID: String) throws -> SessionSnapshot? {
        try loadReporting(worksheetID: worksheetID)?.snapshot
    }

    /// The saved snapshot, falling back to `.bak` (with a notice) when the main copy is
    /// damaged. Throws ``SessionStoreError/corrupt(path:reason:)`` when neither is usable.
    public func loadReporting(worksheetID: String) throws -> Loaded? {
        let main = path(worksheetID: worksheetID)
        let backup = backupPath(worksheetID: worksheetID)
        var mainProblem: String?
        do {
            if let bytes = try Self.contents(ifExists: main) {
                return Loaded(snapshot: try Self.checked(Self.decode(bytes), worksheetID), notice: nil)
            }
        } catch {
            mainProblem = "\(error)"
        }
        let backupBytes: Data?
        do {
            backupBytes = try Self.contents(ifExists: backup)
        } catch {
            throw SessionStoreError.corrupt(path: mainProblem == nil ? backup : main, reason: mainProblem ?? "\(error)")
        }
        guard let backupBytes else {
            if let problem = mainProblem { throw SessionStoreError.corrupt(path: main, reason: problem) }
            return nil
        }
        do {
            let snapshot = try Self.checked(Self.decode(backupBytes), worksheetID)
            let notice = mainProblem.map { "\(main): the autosave is damaged (\($0)); resumed from the previous copy" }
            return Loaded(snapshot: snapshot, notice: notice)
        } catch {
            throw SessionStoreError.corrupt(path: mainProblem == nil ? backup : main, reason: mainProblem ?? "\(error)")
        }
    }

    /// Other people's unfinished sessions of `worksheet` in this folder, most recent first:
    /// only a file at the very path ``keyed(for:respondent:)`` gives its own respondent, so
    /// `--name` with that respondent resumes it (a "you have nothing to resume, but…" hint).
    public func othersSessions(of worksheet: Worksheet) -> [SessionSnapshot] {
        let mine = path(worksheetID: worksheet.id)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        return names.filter { $0.hasPrefix(worksheet.id) && $0.hasSuffix(".json") }.compactMap { name in
            let file = directory + "/" + name
            guard file != mine, let bytes = try? Self.contents(ifExists: file), let snapshot = try? Self.decode(bytes),
                  !snapshot.answers.isEmpty,
                  keyed(for: worksheet, respondent: snapshot.respondent).path(worksheetID: worksheet.id) == file
            else { return nil }
            return snapshot
        }.sorted { $0.updatedAt > $1.updatedAt }
    }

    /// A file's bytes, or nil when there is no file. The common case at start-up is no
    /// file at all, answered by one `stat`. Read like every other input (``FileReader``:
    /// a regular file only, never blocking) and capped like a worksheet: an autosave over
    /// ``LoaderLimits/maxFileBytes`` is damaged, and no more than that is read.
    static func contents(ifExists path: String) throws -> Data? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let limit = LoaderLimits.standard.maxFileBytes
        let bytes: [UInt8]
        do {
            bytes = try FileReader.contents(of: path, limit: limit)
        } catch let error as InputError {
            throw FormatProblem(error.message)
        }
        guard bytes.count <= limit else { throw FormatProblem("larger than the \(limit)-byte limit") }
        return Data(bytes)
    }

    // MARK: - Locking

    /// Takes the session's lock; throws ``SessionStoreError/locked(path:pid:)`` naming the
    /// other process when it is in use.
    public func lock(worksheetID: String) throws -> SessionLock {
        try makeDirectory()
        return try SessionLock(path: lockPath(worksheetID: worksheetID))
    }

    /// `mkdir -p` for the store folder (mode 0700), failing with the system's reason.
    private func makeDirectory() throws {
        switch Folders.make(directory) {
        case nil:
            return
        case let .system(path, code)?:
            throw SessionStoreError.unwritable(path: path, reason: String(cString: strerror(code)))
        case let .notAFolder(path)?:
            throw SessionStoreError.unwritable(path: path, reason: "not a folder")
        }
    }

    // MARK: - File format

    static let prefix = Array(#"{"format":1,"checksum":""#.utf8)
    static let middle = Array(#"","payload":"#.utf8)
    static let suffix = Array("}\n".utf8)

    static func encode(_ snapshot: SessionSnapshot) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        let payload = try encoder.encode(snapshot)
        let checksum = hex(SHA256.hash(data: payload))
        return Data(prefix + Array(checksum.utf8) + middle) + payload + Data(suffix)
    }

    static func decode(_ data: Data) throws -> SessionSnapshot {
        let bytes = [UInt8](data)
        let head = prefix.count + 64 + middle.count
        guard bytes.count >= head + suffix.count,
              bytes.starts(with: prefix),
              Array(bytes[(prefix.count + 64)..<head]) == middle,
              Array(bytes.suffix(suffix.count)) == suffix
        else { throw FormatProblem("not a Verdict autosave, or truncated") }
        let checksum = String(decoding: bytes[prefix.count..<(prefix.count + 64)], as: UTF8.self)
        let payload = Data(bytes[head..<(bytes.count - suffix.count)])
        guard hex(SHA256.hash(data: payload)) == checksum else { throw FormatProblem("checksum mismatch") }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            return try decoder.decode(SessionSnapshot.self, from: payload)
        } catch {
            throw FormatProblem("unreadable contents")
        }
    }

    private static func checked(_ snapshot: SessionSnapshot, _ worksheetID: String) throws -> SessionSnapshot {
        guard snapshot.worksheetID == worksheetID else { throw FormatProblem("saved for worksheet '\(snapshot.worksheetID)'") }
        return snapshot
    }

    private static func hex(_ digest: SHA256.Digest) -> String {
        HexText.lowercase(digest)
    }

    /// Why a file's bytes are not a usable snapshot.
    struct FormatProblem: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
