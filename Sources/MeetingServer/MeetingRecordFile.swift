import Foundation
import VerdictEngine
import VerdictUI

/// Where a served meeting is saved (`$XDG_STATE_HOME/verdict/meeting-serve-ID.json`, mode
/// 0600) and what is there: `--resume` continues it, and a new meeting never replaces an
/// unfinished one unless the facilitator says so.
public struct MeetingRecordFile: Sendable {
    /// The file.
    public let path: String
    /// The meeting it holds (a new one when starting afresh).
    var record: MeetingRecord
    /// Where the meeting's exports go.
    public var exportFolder: String { record.exportFolder }
    /// True when the export folder is the one the saved meeting made (else it is new).
    public private(set) var keepsFolder = false

    /// What the facilitator is told when `--members` on a `--resume` differs from the saved
    /// list: the rule (the list given replaces it; who joined stays until `x`), or nil.
    public func rosterNote(given: [String]) -> String? {
        let saved = record.roster ?? []
        guard !given.isEmpty, !saved.isEmpty, given.count != saved.count || zip(given, saved).contains(where: { !PersonName.same($0, $1) })
        else { return nil }
        return "--members replaces the saved list (" + saved.joined(separator: ", ") + "); who joined stays until x removes them."
    }

    /// The file for a worksheet in a state folder.
    public static func path(stateFolder: String, worksheetID: String) -> String {
        stateFolder + "/meeting-serve-" + PathText.slug(worksheetID) + ".json"
    }

    /// The default export folder: `./meeting-YYYYMMDD-HHMM` (UTC).
    public static func defaultExportFolder(now: Date = Date()) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmm"
        return "./meeting-" + formatter.string(from: now)
    }

    /// What is saved at `path`.
    public enum Saved: Sendable {
        /// Nothing, or a meeting that ended.
        case none
        /// An unfinished meeting: how many members, answered or not.
        case unfinished(members: Int, revealed: Bool, exportFolder: String)
    }

    /// Looks at the file without changing it. Throws ``MeetingError`` for a file that is
    /// not a meeting of this worksheet.
    public static func inspect(path: String, worksheet: Worksheet) throws -> Saved {
        guard let record = try load(path: path, worksheet: worksheet), !record.ended else { return .none }
        return .unfinished(members: record.slots.count, revealed: record.revealed, exportFolder: record.exportFolder)
    }

    /// A new meeting (replacing what `path` held once it saves).
    public static func fresh(path: String, worksheet: Worksheet, exportFolder: String) -> MeetingRecordFile {
        MeetingRecordFile(path: path, record: MeetingRecord(
            worksheetID: worksheet.id, worksheetSHA256: worksheet.sha256, exportFolder: exportFolder, slots: []))
    }

    /// The saved meeting, to continue (its export folder unless another is given). Nothing
    /// to continue is missing input (``InputError/Kind/missing``, exit 66).
    public static func resume(path: String, worksheet: Worksheet, exportFolder: String?) throws -> MeetingRecordFile {
        guard var record = try load(path: path, worksheet: worksheet), !record.ended else {
            throw InputError(.missing, path: path, "no unfinished meeting of \(worksheet.id) to resume")
        }
        let keepsFolder = exportFolder == nil || exportFolder == record.exportFolder
        if let exportFolder { record.exportFolder = exportFolder }
        return MeetingRecordFile(path: path, record: record, keepsFolder: keepsFolder)
    }

    private static func load(path: String, worksheet: Worksheet) throws -> MeetingRecord? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw MeetingError("\(path): cannot read the saved meeting")
        }
        guard let record = try? JSONDecoder().decode(MeetingRecord.self, from: data) else {
            throw MeetingError("\(path): not a saved meeting (remove it to start afresh)")
        }
        guard record.worksheetID == worksheet.id, record.worksheetSHA256 == worksheet.sha256 else {
            throw MeetingError("\(path): saved for another version of worksheet \(worksheet.id)")
        }
        return record
    }
}
