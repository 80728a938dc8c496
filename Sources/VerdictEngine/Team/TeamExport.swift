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

/// A team's export folder, one layout for every export of a team (`verdict team --tui`, the
/// hot-seat meeting, `meeting serve`, DESIGN §8): `NAME.json` per member (the result
/// schema), `team.json` (as `verdict team --format json`) and `decision.md` (as
/// `verdict team --adr`), all inside the folder. Every file is written atomically
/// (``AtomicFile``), and everything is encoded before anything is written. `verdict team
/// FOLDER` reads the member files back (it skips `team.json`) and finds the same scores.
public enum TeamExport {
    /// The team JSON's name inside the folder.
    public static let teamFile = "team.json"
    /// The decision record's name inside the folder.
    public static let decisionFile = "decision.md"

    /// The team document formats.
    public enum Format: Sendable, Equatable {
        /// The text report at 80 columns.
        case text
        /// The team JSON (DESIGN §6).
        case json
        /// The decision record (Markdown).
        case decisionRecord
    }

    /// The bytes of a team document in a format.
    public static func encode(_ report: TeamReport, format: Format, date: Date = Date()) throws -> Data {
        switch format {
        case .text: Data(TeamTextReport.render(report).utf8)
        case .json: try TeamDocument(report: report).encoded()
        case .decisionRecord: Data(TeamDecisionRecord.render(report, date: date).utf8)
        }
    }

    /// `ana.json`, `ben.json`…: each name's slug, numbered when two collide; never `team.json`.
    public static func memberFiles(_ members: [String]) -> [String] {
        var used: Set<String> = ["team"]
        return members.enumerated().map { index, name in
            var slug = PathText.slug(name)
            if slug.isEmpty { slug = "member-\(index + 1)" }
            var candidate = slug
            var number = 2
            while used.contains(candidate) {
                candidate = "\(slug)-\(number)"
                number += 1
            }
            used.insert(candidate)
            return candidate + ".json"
        }
    }

    /// Writes every member's result, `team.json` and `decision.md` into `folder`; returns
    /// the paths written (members first). Throws ``InputError`` (`.cannotWrite`) naming the
    /// path, or the merge's error, before anything is written when the merge fails.
    /// With a meeting's `decision`, member files hold the answers that counted for the team
    /// (``MeetingDecision/applied(to:)``), and the team JSON and record carry the decision.
    @discardableResult
    public static func write(
        worksheet: Worksheet, responses: [Responses], decision: MeetingDecision? = nil, folder: String, date: Date = Date()
    ) throws -> [String] {
        let paths = memberFiles(responses.map(\.respondent)).map { PathText.join(folder, $0) }
        let counted = decision?.applied(to: responses) ?? responses
        let members = try counted.map { try ResultWriter.encode(worksheet: worksheet, responses: $0, completedAt: date) }
        let team = try encodeTeam(worksheet: worksheet, responses: responses, decision: decision, files: paths, date: date)
        try makeFolder(folder)
        for (data, path) in zip(members, paths) { try AtomicFile.write(data, to: path) }
        return paths + (try writeTeam(team, folder: folder))
    }

    /// ``write(worksheet:responses:decision:folder:date:)`` for a program that exports
    /// again and again (`team --tui`, the hot seat): a folder not in `made` is claimed first
    /// (``claimFolder(_:)``: new or empty) and added there, so a program rewrites only its
    /// own folders, never another export's.
    @discardableResult
    public static func write(
        worksheet: Worksheet, responses: [Responses], decision: MeetingDecision? = nil, folder: String, made: inout Set<String>
    ) throws -> [String] {
        if !made.contains(folder) {
            try claimFolder(folder)
            made.insert(folder)
        }
        return try write(worksheet: worksheet, responses: responses, decision: decision, folder: folder)
    }

    /// Writes one member's result to `path` in `folder` (a live meeting's member who
    /// finished at `completedAt`).
    public static func writeMember(
        worksheet: Worksheet, responses: Responses, folder: String, file: String, completedAt: Date = Date()
    ) throws {
        try makeFolder(folder)
        try ResultWriter.write(worksheet: worksheet, responses: responses, to: PathText.join(folder, file), completedAt: completedAt)
    }

    /// Writes `team.json` and `decision.md` for these members into `folder` (a live
    /// meeting's reveal), naming the member `files` written (default ``memberFiles(_:)``);
    /// returns their paths.
    @discardableResult
    public static func writeTeam(
        worksheet: Worksheet, responses: [Responses], decision: MeetingDecision? = nil, folder: String,
        files: [String]? = nil, date: Date = Date()
    ) throws -> [String] {
        let files = (files ?? memberFiles(responses.map(\.respondent))).map { PathText.join(folder, $0) }
        let team = try encodeTeam(worksheet: worksheet, responses: responses, decision: decision, files: files, date: date)
        try makeFolder(folder)
        return try writeTeam(team, folder: folder)
    }

    // MARK: - A folder of its own

    /// Throws unless `folder` can hold a new export: missing (and makeable) or an empty
    /// folder, so one meeting never mixes its files with another's or replaces them.
    public static func checkNewFolder(_ folder: String) throws {
        try Folders.checkMakeable(folder)
        guard FileKind(path: folder) == .folder, let names = try? FileManager.default.contentsOfDirectory(atPath: folder),
              !names.isEmpty else { return }
        throw InputError(.cannotWrite, path: folder,
                         "cannot write: holds files already (another export?); expected a new or empty folder")
    }

    /// Makes `folder` for a new export after ``checkNewFolder(_:)``.
    public static func claimFolder(_ folder: String) throws {
        try checkNewFolder(folder)
        try makeFolder(folder)
    }

    /// `base`, or the first of `base-2`, `base-3`… that does not exist: a default export
    /// folder never reuses an earlier meeting's.
    public static func unusedFolder(_ base: String) -> String {
        let slash = base.hasSuffix("/") ? "/" : ""
        let stem = String(base.dropLast(slash.count))
        var candidate = base, number = 2, info = stat()
        while lstat(candidate, &info) == 0 {
            candidate = "\(stem)-\(number)\(slash)"
            number += 1
        }
        return candidate
    }

    // MARK: - Pieces

    private static func encodeTeam(
        worksheet: Worksheet, responses: [Responses], decision: MeetingDecision?, files: [String], date: Date
    ) throws -> (json: Data, record: Data) {
        let merger = TeamMerger(worksheet: worksheet)
        let report = try decision.map { try merger.merge(meeting: responses, decision: $0) { files[$0] } }
            ?? merger.merge(zip(responses, files).map { TeamInput(responses: $0, file: $1, worksheet: worksheet) })
        return (try encode(report, format: .json), try encode(report, format: .decisionRecord, date: date))
    }

    private static func writeTeam(_ team: (json: Data, record: Data), folder: String) throws -> [String] {
        let paths = [PathText.join(folder, teamFile), PathText.join(folder, decisionFile)]
        try AtomicFile.write(team.json, to: paths[0])
        try AtomicFile.write(team.record, to: paths[1])
        return paths
    }

    /// `mkdir -p`, failing with the system's reason.
    private static func makeFolder(_ path: String) throws {
        switch Folders.make(path, mode: 0o755) {
        case nil:
            return
        case .notAFolder:
            throw InputError(.cannotWrite, path: path, "cannot write: not a folder")
        case let .system(partial, code):
            throw InputError(.cannotWrite, path: partial, "cannot create the folder: \(String(cString: strerror(code)))")
        }
    }
}
