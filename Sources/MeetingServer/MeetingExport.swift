import Foundation
import VerdictEngine
import VerdictUI

/// The meeting's files (contract, DESIGN §8), all written atomically into the export
/// folder: `NAME.json` per member (the result schema) when they finish, `team.json` and
/// `decision.md` at the reveal and at the end. `verdict team FOLDER` reads the member
/// files back (it skips `team.json`) and finds the same combined scores.
public enum MeetingExport {
    /// `ana.json`, `ben.json`…: the name's slug, numbered when two collide; never
    /// `team.json`.
    static func fileNames(_ members: [String]) -> [String] {
        var used: Set<String> = ["team"]
        return members.enumerated().map { index, name in
            var slug = ExportPaths.slug(name)
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

    /// The default folder: `./meeting-YYYYMMDD-HHMM` (UTC).
    public static func defaultFolder(now: Date = Date()) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmm"
        return "./meeting-" + formatter.string(from: now)
    }

    /// Writes one member's result; the failure as one line, or nil.
    static func writeMember(worksheet: Worksheet, responses: Responses, path: String) -> String? {
        attempt(folder: (path as NSString).deletingLastPathComponent) {
            let data = try ResultBuilder.document(worksheet: worksheet, responses: responses, completedAt: Date()).encoded()
            try AtomicFile.write(data, to: path)
        }
    }

    /// Writes `team.json` and `decision.md`; the failure as one line, or nil.
    static func writeTeam(worksheet: Worksheet, responses: [Responses], folder: String) -> String? {
        attempt(folder: folder) {
            let inputs = MeetingSession.inputs(worksheet, responses) { responses[$0].respondent }
            let report = try TeamMerger(worksheet: worksheet).merge(inputs)
            try AtomicFile.write(try TeamDocument(report: report).encoded(), to: folder + "/team.json")
            try AtomicFile.write(Data(TeamDecisionRecord.render(report, date: Date()).utf8), to: folder + "/decision.md")
        }
    }

    private static func attempt(folder: String, _ body: () throws -> Void) -> String? {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try body()
            return nil
        } catch {
            return "Cannot export to \(folder): \(error)"
        }
    }
}
