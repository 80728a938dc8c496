import ArgumentParser
import CursesTerminal
import Foundation
import MeetingOptions
import MeetingServer
import VerdictEngine
import VerdictUI

/// `verdict meeting serve` (run by `verdict`, which forwards its arguments here): a live
/// meeting over SSH. Members join with `ssh -p PORT CODE@HOST`; this terminal is the
/// facilitator's.
@main
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verdict meeting serve",
        abstract: "Serve a live team meeting over SSH: every member answers at their own terminal.")

    @Argument(help: "Worksheet id or path (default: django-vs-flask).")
    var worksheet: String?

    @OptionGroup var options: ServeOptions

    func run() throws {
        do {
            try serve()
        } catch let error as MeetingError {
            FileHandle.standardError.write(Data("verdict: \(error.description)\n".utf8))
            throw ExitCode(73)
        } catch let error as InputError {
            FileHandle.standardError.write(Data("verdict: \(error)\n".utf8))
            throw ExitCode(65)
        }
    }

    private func serve() throws {
        let (host, port) = try options.address()
        let sheet = try WorksheetCatalog.standard().resolve(worksheet)
        let stateFolder = SessionStore.standardDirectory()
        try FileManager.default.createDirectory(atPath: stateFolder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let hostKey = try HostKey.loadOrCreate(at: stateFolder + "/" + HostKey.fileName)
        let recordPath = MeetingRecordFile.path(stateFolder: stateFolder, worksheetID: sheet.id)
        let record = try recordFile(recordPath, sheet)
        let log = MeetingLog(path: recordPath.replacingOccurrences(of: ".json", with: ".log"))
        let meetingCode = options.code ?? MeetingCode.generate()
        var configuration = MeetingConfiguration(worksheet: sheet, host: host, port: port, code: meetingCode, roster: try options.roster(), admit: options.admit)
        if let limit = ProcessInfo.processInfo.environment["VERDICT_MEETING_CONNECTIONS_PER_ADDRESS"].flatMap(Int.init), limit > 0 {
            configuration.limits.connectionsPerAddress = limit  // for load benchmarks from one address
        }
        let server = try MeetingServer(configuration: configuration, record: record, hostKey: hostKey, log: log)
        defer { server.stop() }
        let hosts = InviteHosts.hosts(for: host, interfaces: InviteHosts.interfaceAddresses())
        let knownHosts = hostKey.knownHostsLine(hosts: hosts.map { $0.trimmingCharacters(in: ["[", "]"]) }, port: server.port)
        let knownHostsFile = HostKey.writeKnownHosts(knownHosts, folder: record.exportFolder).map { " (also in \($0))" } ?? ""
        var invite = hosts.map { "Join: ssh -p \(server.port) \(meetingCode)@\($0)" }
        invite += [
            "Host key: \(hostKey.fingerprint)",
            "known_hosts line\(knownHostsFile):",
            knownHosts,
        ]
        if !["127.0.0.1", "::1", "localhost"].contains(host) {
            invite.append("Warning: listening on \(host), reachable from other machines; share the code only with the team.")
        }
        print(invite.joined(separator: "\n"))
        print("Exports: \(record.exportFolder)")
        fflush(nil)
        if isatty(0) == 1, isatty(1) == 1, ProcessInfo.processInfo.environment["TERM"] != "dumb" {
            var screen = FacilitatorScreen(server: server, view: FacilitatorView(title: sheet.title, invite: invite))
            try screen.run()
        } else {
            PlainFacilitator(server: server).run()
        }
    }

    /// The saved meeting to continue (`--resume`), or a new one; an unfinished one is only
    /// replaced when the facilitator says so at the terminal.
    private func recordFile(_ path: String, _ sheet: Worksheet) throws -> MeetingRecordFile {
        if options.resume { return try MeetingRecordFile.resume(path: path, worksheet: sheet, exportFolder: options.exportFolder) }
        let folder = options.exportFolder ?? MeetingRecordFile.defaultExportFolder()
        if case let .unfinished(count, _, saved) = try MeetingRecordFile.inspect(path: path, worksheet: sheet) {
            let question = "verdict: an unfinished meeting of \(sheet.id) (\(count) members, exports in \(saved)) is saved."
            guard isatty(0) == 1 else {
                throw MeetingError("\(path): an unfinished meeting is saved; continue it with --resume, or start from a terminal to discard it")
            }
            print(question + " Discard it and start a new one? [y/N] ", terminator: "")
            fflush(nil)
            guard let answer = readLine(), answer.lowercased().hasPrefix("y") else {
                throw MeetingError("kept the unfinished meeting; continue it with --resume")
            }
        }
        return MeetingRecordFile.fresh(path: path, worksheet: sheet, exportFolder: folder)
    }
}
