import ArgumentParser
import VerdictEngine

/// The options of `verdict meeting serve`, declared and checked once: `verdict` parses them
/// (for help, the man page and early errors) and hands them on to the `verdict-meeting`
/// server, which parses the same type. (The worksheet argument is each command's: its
/// completion calls back into `verdict`.)
public struct ServeOptions: ParsableArguments {
    /// Optional so that the help (and the man page) give the default once, in its own words.
    @Option(help: "Address to listen on, HOST:PORT (default \(Self.defaultListen); port 0 picks a free port).")
    public var listen: String?

    /// Where a meeting listens without `--listen`: loopback only.
    public static let defaultListen = "127.0.0.1:2222"

    @Option(help: "The meeting code, at least 10 characters (default: a new random one of 50 bits).")
    public var code: String?

    @Option(help: "The members, comma-separated: each picks their name from this list.")
    public var members: String?

    @Option(help: "Folder for the exports (default ./meeting-YYYYMMDD-HHMM).")
    public var exportFolder: String?

    @Flag(help: "Continue the unfinished meeting of this worksheet (after a crash).")
    public var resume = false

    @Flag(help: "Ask the facilitator before each newcomer joins.")
    public var admit = false

    public init() {}

    public func validate() throws {
        if let code, let problem = MeetingCode.problem(with: code) { throw ValidationError(problem) }
        _ = try address()
        _ = try roster()
        _ = try Self.connectionsPerAddress()
    }

    /// The variable that raises the limit of live connections from one address (a team
    /// behind one tunnel, load benchmarks).
    public static let connectionsVariable = "VERDICT_MEETING_CONNECTIONS_PER_ADDRESS"
    /// The largest value it takes.
    public static let connectionsLimit = 1_000

    /// ``connectionsVariable``'s value, nil when unset; anything but a whole number from 1 to
    /// ``connectionsLimit`` is refused, naming the variable (never silently the default).
    public static func connectionsPerAddress(
        _ environment: [String: String] = ProcessEnvironment.current()
    ) throws -> Int? {
        guard let raw = environment[connectionsVariable] else { return nil }
        guard let value = Int(raw), (1...connectionsLimit).contains(value) else {
            throw ValidationError("\(connectionsVariable): expected a whole number from 1 to \(connectionsLimit), "
                + "found '\(TextSanitizer.sanitize(raw))'")
        }
        return value
    }

    /// `HOST:PORT`, `[v6]:PORT`, or a bare port.
    public func address() throws -> (host: String, port: Int) {
        let listen = listen ?? Self.defaultListen
        var host = "127.0.0.1", portText = listen
        if listen.hasPrefix("["), let close = listen.firstIndex(of: "]") {
            host = String(listen[listen.index(after: listen.startIndex)..<close])
            portText = String(listen[listen.index(after: close)...].drop { $0 == ":" })
        } else if let colon = listen.lastIndex(of: ":") {
            host = String(listen[..<colon])
            portText = String(listen[listen.index(after: colon)...])
        }
        guard !host.isEmpty, let port = Int(portText), (0...65_535).contains(port) else {
            throw ValidationError("--listen '\(TextSanitizer.sanitize(listen))': expected HOST:PORT with a port from 0 to 65535")
        }
        return (host, port)
    }

    /// The names of `--members` (empty without it).
    public func roster() throws -> [String] {
        guard let members else { return [] }
        switch PersonName.roster(members) {
        case .success(let names): return names
        case .failure(let problem): throw ValidationError("--members " + problem.clause)
        }
    }

    /// The options as command-line arguments again (for the server process).
    public var arguments: [String] {
        var arguments = ["--listen", listen ?? Self.defaultListen]
        if let code { arguments += ["--code", code] }
        if let members { arguments += ["--members", members] }
        if let exportFolder { arguments += ["--export-folder", exportFolder] }
        if resume { arguments.append("--resume") }
        if admit { arguments.append("--admit") }
        return arguments
    }
}
