import ArgumentParser
import MeetingOptions
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `verdict meeting serve`: a live meeting over SSH (DESIGN §8). The server is the
/// `verdict-meeting` executable installed beside `verdict`, which this command replaces
/// itself with (exec): NIO, NIOSSH and the full Foundation they link stay out of the
/// binary every `verdict run` starts. The options (``ServeOptions``) are parsed and checked
/// here first, for help, the man page and errors before anything starts.
struct MeetingServe: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve a live team meeting over SSH: every member answers privately at their own terminal.",
        // Spelled out: `verdict` parses this command on its own (see `Verdict.main`), so the
        // generated usage would start at `serve`.
        usage: """
            verdict meeting serve [<worksheet>] [--listen HOST:PORT] [--code CODE]
                                  [--members A,B,...] [--export-folder DIR]
                                  [--resume] [--admit]
            """,
        discussion: """
            Members join with plain OpenSSH: ssh -p PORT CODE@HOST (the code is the SSH user \
            name; members without an Ed25519/ECDSA key type it at the password prompt). This \
            terminal shows the invite, the host key's SHA256 fingerprint and a known_hosts \
            line, then who has joined and who is ready (never their answers): r reveals, x \
            removes a member, o makes one an observer, q ends. The reveal appears on every \
            member's screen. Exports: NAME.json per member, team.json and decision.md in the \
            export folder. Listens on 127.0.0.1 unless --listen says otherwise.
            Exit status: 0 done, 64 bad options, 65/66 worksheet problems, 73 cannot listen or write.
            Example: verdict meeting serve wakatime-2015 --members Ana,Ben,Cy
            """)

    @Argument(help: "Worksheet id or path (default: django-vs-flask).", completion: CompletionCandidates.worksheets)
    var worksheet: String?

    @OptionGroup var options: ServeOptions

    func run() throws {
        // The worksheet after `--`: a path starting with `-` stays a path.
        let arguments = ["verdict-meeting"] + options.arguments + (worksheet.map { ["--", $0] } ?? [])
        var pointers = arguments.map { strdup($0) } + [nil]
        let server = Self.serverPath()
        execv(server, &pointers)
        let reason = String(cString: strerror(errno))
        ErrorReporter.say("\(server): cannot start the meeting server: \(reason) (install it beside verdict: make install)")
        throw VerdictExit.missingInput
    }

    /// `verdict-meeting` in the folder of the running `verdict`.
    static func serverPath() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        let own = count > 0 ? String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self) : CommandLine.arguments[0]
        let folder = own.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        return (folder.isEmpty ? "." : folder) + "/verdict-meeting"
    }
}
