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
            // The exit codes `verdict run` gives for the same worksheet problems (DESIGN §5).
            FileHandle.standardError.write(Data("verdict: \(error)\n".utf8))
            switch error.kind {
            case .missing: throw ExitCode(66)
            case .cannotWrite: throw ExitCode(73)
            case .badData: throw ExitCode(65)
            }
        } catch let list as DiagnosticList {
            let lines = DiagnosticCap.lines(list.diagnostics).map { "verdict: \(TextSanitizer.sanitize($0))\n" }
            FileHandle.standardError.write(Data(lines.joined().utf8))
            throw ExitCode(65)
        }
    }

    private func serve() throws {
        let (host, port) = try options.address()
        let sheet = try WorksheetCatalog.standard().resolve(worksheet)
        let stateFolder = try Self.makeStateFolder(SessionStore.standardDirectory())
        let hostKey = try HostKey.loadOrCreate(at: stateFolder + "/" + HostKey.fileName)
        // One meeting of a worksheet at a time, as `verdict run` locks its session: a second
        // would share the save file. The kernel releases the lock however the process ends.
        let lock: SessionLock
        do {
            lock = try SessionStore(directory: stateFolder).lock(worksheetID: "meeting-serve-" + PathText.slug(sheet.id))
        } catch let SessionStoreError.locked(_, pid) {
            throw MeetingError("a meeting of \(sheet.id) is being served\(pid.map { " (pid \($0))" } ?? "")")
        } catch {
            throw MeetingError("\(error)")
        }
        defer { lock.release() }
        let recordPath = MeetingRecordFile.path(stateFolder: stateFolder, worksheetID: sheet.id)
        let record = try recordFile(recordPath, sheet)
        let log = MeetingLog(path: recordPath.replacingOccurrences(of: ".json", with: ".log"))
        let meetingCode = options.code ?? MeetingCode.generate()
        var configuration = MeetingConfiguration(worksheet: sheet, host: host, port: port, code: meetingCode, roster: try options.roster(), admit: options.admit)
        if let limit = try ServeOptions.connectionsPerAddress() { configuration.limits.connectionsPerAddress = limit }
        var folder = record.keepsFolder ? MadeFolder(record.exportFolder) : try MadeFolder.claim(record.exportFolder)
        let server: MeetingServer
        do {
            server = try MeetingServer(configuration: configuration, record: record, hostKey: hostKey, log: log)
        } catch {
            folder.undo()  // a meeting that never listened leaves no folder behind
            throw error
        }
        let hosts = InviteHosts.hosts(for: host, interfaces: InviteHosts.interfaceAddresses())
        let knownHosts = hostKey.knownHostsLine(hosts: hosts.map { $0.trimmingCharacters(in: ["[", "]"]) }, port: server.port)
        let knownHostsPath = HostKey.writeKnownHosts(knownHosts, folder: record.exportFolder)
        if let knownHostsPath { folder.wrote(Data((knownHosts + "\n").utf8), at: knownHostsPath) }
        let knownHostsFile = knownHostsPath.map { " (also in \($0))" } ?? ""
        var invite = hosts.map { "Join: ssh -p \(server.port) \(meetingCode)@\($0)" }
        invite += [
            "Host key: \(hostKey.fingerprint)",
            "known_hosts line\(knownHostsFile):",
            knownHosts,
        ]
        if !["127.0.0.1", "::1", "localhost"].contains(host) {
            invite.append("Warning: listening on \(host), reachable from other machines; share the code only with the team.")
        }
        if options.resume, let note = record.rosterNote(given: try options.roster()) { invite.append(TextSanitizer.sanitize(note)) }
        let ending: MeetingServer.Ending
        do {
            if isatty(0) == 1, isatty(1) == 1, ProcessInfo.processInfo.environment["TERM"] != "dumb" {
                // The full screen shows the invite; the summary below says where the exports went.
                var screen = FacilitatorScreen(server: server, view: FacilitatorView(title: sheet.title, invite: invite))
                ending = try screen.run()
            } else {
                print(invite.joined(separator: "\n") + "\nExports: \(record.exportFolder)")
                fflush(nil)
                var plain = PlainFacilitator(server: server, view: FacilitatorView(title: sheet.title, invite: invite))
                ending = plain.run()
            }
        } catch {
            server.stop()
            throw error
        }
        if ending == .empty { folder.undo() }
        // The full screen is gone: what is left on the terminal says how this meeting ended
        // (after a crash the lines above may be an earlier run's invite).
        print(Self.summary(ending, port: server.port, code: meetingCode, exportFolder: record.exportFolder,
                           resume: resumeCommand(sheet)))
    }

    /// Makes the state folder (host key, record, lock) if missing; one line naming it and
    /// what is wrong when it cannot be (exit 73, DESIGN §5), not Foundation's error dump.
    static func makeStateFolder(_ folder: String) throws -> String {
        let problem: String
        switch Folders.make(folder) {
        case nil where access(folder, W_OK | X_OK) == 0: return folder
        case nil: problem = String(cString: strerror(errno))
        case let .notAFolder(path)?: problem = "\(path) is not a folder"
        case let .system(path, code)? where code == ENOTDIR: problem = "\(PathText.parent(path)) is not a folder"
        case let .system(path, code)?: problem = (path == folder ? "" : "\(path): ") + String(cString: strerror(code))
        }
        throw MeetingError(TextSanitizer.sanitize("\(folder): cannot save the meeting: \(problem)"))
    }

    /// The lines left on the terminal when a meeting ends.
    static func summary(_ ending: MeetingServer.Ending, port: Int, code: String, exportFolder: String, resume: String) -> String {
        let ended = "The meeting on port \(port) (code \(code)) has ended."
        switch ending {
        case .finished: return ended + "\nExports: \(exportFolder)"
        case .kept: return ended + "\nIts answers are kept. To continue it: \(resume)\nExports so far: \(exportFolder)"
        case let .unsaved(reason):
            return ended + "\nNot saved: \(TextSanitizer.sanitize(reason))\nIts answers and decisions are kept. To continue it: \(resume)"
        case .empty: return ended + "\nNobody answered, so nothing was kept."
        }
    }

    /// The command that continues this worksheet's unfinished meeting.
    private func resumeCommand(_ sheet: Worksheet) -> String {
        "verdict meeting serve \(ShellWord.quote(worksheet ?? sheet.id)) --resume"
    }

    /// The saved meeting to continue (`--resume`), or a new one; an unfinished one is only
    /// replaced when the facilitator says so at the terminal.
    private func recordFile(_ path: String, _ sheet: Worksheet) throws -> MeetingRecordFile {
        if options.resume { return try MeetingRecordFile.resume(path: path, worksheet: sheet, exportFolder: options.exportFolder) }
        let folder = options.exportFolder ?? TeamExport.unusedFolder(MeetingRecordFile.defaultExportFolder())
        if case let .unfinished(count, _, saved) = try MeetingRecordFile.inspect(path: path, worksheet: sheet) {
            let resume = resumeCommand(sheet)
            let question = "verdict: an unfinished meeting of \(sheet.id) (\(count) member\(count == 1 ? "" : "s"), "
                + "exports in \(saved)) is saved.\nTo continue it: \(resume)"
            guard isatty(0) == 1 else {
                throw MeetingError("\(path): an unfinished meeting is saved; to continue it: \(resume) (or start from a terminal to discard it)")
            }
            print(question + "\nDiscard it and start a new one? [y/N] ", terminator: "")
            fflush(nil)
            guard let answer = readLine(), answer.lowercased().hasPrefix("y") else {
                throw MeetingError("kept the unfinished meeting; to continue it: \(resume)")
            }
        }
        return MeetingRecordFile.fresh(path: path, worksheet: sheet, exportFolder: folder)
    }
}
