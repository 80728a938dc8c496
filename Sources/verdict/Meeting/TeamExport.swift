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
import VerdictEngine
import VerdictUI

/// Writes a team's results: one result JSON per member (as `verdict score --format json`)
/// into a folder, then the team JSON and the decision record next to it. Every file is
/// written atomically; everything is encoded before anything is written.
enum TeamExport {
    /// Writes the files and returns their paths (members first). Throws ``InputError``
    /// (`.cannotWrite`) with the system's reason when the folder or a file cannot be written.
    static func write(worksheet: Worksheet, responses: [Responses], folder: String, date: Date = Date()) throws -> [String] {
        let base = folder.hasSuffix("/") && folder.count > 1 ? String(folder.dropLast()) : folder
        let names = fileNames(responses.map(\.respondent))
        let memberFiles = names.map { base + "/" + $0 }
        var memberData: [Data] = []
        for member in responses {
            memberData.append(try ResultWriter.encode(worksheet: worksheet, responses: member, completedAt: date))
        }
        let inputs = MeetingSession.inputs(worksheet, responses) { memberFiles[$0] }
        let report = try TeamMerger(worksheet: worksheet).merge(inputs)
        let teamFile = TeamResultsState.teamFile(forFolder: folder)
        let decisionFile = TeamResultsState.decisionFile(forFolder: folder)
        let teamData = try TeamDocument(report: report).encoded()
        let decisionData = Data(TeamDecisionRecord.render(report, date: date).utf8)
        try makeFolder(base)
        for (data, path) in zip(memberData, memberFiles) { try AtomicFile.write(data, to: path) }
        try AtomicFile.write(teamData, to: teamFile)
        try AtomicFile.write(decisionData, to: decisionFile)
        return memberFiles + [teamFile, decisionFile]
    }

    /// `ana.json`, `ben.json`…: the name's slug, numbered when two slugs collide.
    static func fileNames(_ members: [String]) -> [String] {
        var used: Set<String> = []
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
