import Foundation
import VerdictTestSupport

/// A private tmux server with one pane running a shell, for driving `verdict run` as a
/// user would: type keys, poll the screen until expected text appears, read it back.
///
/// Each pane has its own server (`tmux -L verdict-test-UUID`), killed by ``close()``;
/// HOME and XDG_STATE_HOME point at a fresh temporary folder.
final class TmuxPane {
    /// The tmux socket name.
    let socket: String
    /// The temporary HOME.
    let home: String
    /// The binary under test.
    static var verdict: String { VerdictBinary.path }
    /// The package folder.
    static var packageRoot: String { VerdictBinary.packageRoot }

    /// The tmux executable, or nil when tmux is not installed.
    static let tmux: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"]
        .first(where: FileManager.default.isExecutableFile)

    /// Why tmux tests cannot run here, or nil when they can.
    static var skipReason: String? {
        if tmux == nil { return "tmux is not installed (CI installs it)" }
        if !FileManager.default.isExecutableFile(atPath: verdict) { return "no verdict binary at \(verdict)" }
        return nil
    }

    // MARK: - Life cycle

    /// Starts a server with an 80×24 (or given) pane running `sh` in a temporary HOME.
    init(width: Int = 80, height: Int = 24, home existingHome: String? = nil) throws {
        socket = "verdict-test-\(UUID().uuidString.prefix(12))"
        if let existingHome {
            home = existingHome
        } else {
            home = ScratchFolders.path("verdict-tmux")
            try FileManager.default.createDirectory(atPath: home + "/state", withIntermediateDirectories: true)
        }
        let shell = "env -i PATH=/usr/bin:/bin HOME=\(home) XDG_STATE_HOME=\(home)/state TERM=tmux-256color "
            + "LANG=C.UTF-8 PS1='$ ' sh"
        try tmux(["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", shell])
        try tmux(["set-option", "-g", "status", "off"])
    }

    /// Kills the server and removes the temporary HOME.
    func close(keepHome: Bool = false) {
        _ = try? tmux(["kill-server"])
        // A server that went away on its own (its last pane ended) can leave the socket.
        let socketFolder = (ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp") + "/tmux-\(getuid())"
        try? FileManager.default.removeItem(atPath: socketFolder + "/" + socket)
        if !keepHome { try? FileManager.default.removeItem(atPath: home) }
    }

    // MARK: - Input

    /// Types text literally (no Enter).
    func type(_ text: String) throws { try tmux(["send-keys", "-l", text]) }

    /// Sends tmux key names (`Enter`, `C-c`, `Down`, …).
    func press(_ keys: String...) throws { try tmux(["send-keys"] + keys) }

    /// Types a shell command line and presses Enter.
    func command(_ line: String) throws {
        try type(line)
        try press("Enter")
    }

    /// Resizes the window.
    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-x", "\(width)", "-y", "\(height)"])
    }

    // MARK: - Output

    /// The visible screen as text.
    func screen() throws -> String { try tmux(["capture-pane", "-p"]) }

    /// The screen plus up to 200 lines of history.
    func screenWithHistory() throws -> String { try tmux(["capture-pane", "-p", "-S", "-200"]) }

    /// How many times longer than its nominal `seconds` a wait may take before it fails. A
    /// passing wait returns as soon as the screen shows what it waits for, so a generous deadline
    /// costs nothing; it only keeps a loaded machine (a 2-core CI box running the suite in
    /// parallel, a debug-built SSH handshake) from failing a test that would have passed.
    static let patience = 3.0

    /// Polls the screen until `condition` holds or `seconds` × ``patience`` pass; returns the
    /// last screen.
    @discardableResult
    func waitFor(
        _ what: String, seconds: Double = 10, history: Bool = false, _ condition: (String) -> Bool
    ) throws -> String {
        let deadline = Date().addingTimeInterval(seconds * Self.patience)
        var last = ""
        while Date() < deadline {
            last = history ? try screenWithHistory() : try screen()
            if condition(last) { return last }
            usleep(20_000)
        }
        throw TmuxTimeout(what: what, screen: last)
    }

    /// Polls until the screen contains `text`.
    @discardableResult
    func waitFor(_ text: String, seconds: Double = 10, history: Bool = false) throws -> String {
        try waitFor("'\(text)'", seconds: seconds, history: history) { $0.contains(text) }
    }

    // MARK: - tmux

    /// Runs a tmux command against this server and returns its output.
    func tmuxOutput(_ arguments: [String]) throws -> String { try tmux(arguments) }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        guard let path = Self.tmux else { throw TmuxTimeout(what: "tmux", screen: "") }
        // Output goes through a file and the child is spawned and reaped directly: the tmux
        // server inherits the client's descriptors (a pipe would never reach end-of-file),
        // and Foundation's Process could miss the client's exit.
        let capture = ScratchFolders.path("verdict-tmux-out")
        defer { try? FileManager.default.removeItem(atPath: capture) }
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, capture, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([path, "-L", socket] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // The test runner's threads block most signals, and a spawned child inherits the
        // mask: start tmux (and so the shell and verdict) with nothing blocked and default
        // dispositions, as a login shell would.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        var defaults = sigset_t()
        sigfillset(&defaults)
        sigdelset(&defaults, SIGKILL)
        sigdelset(&defaults, SIGSTOP)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, environ)
        guard spawned == 0 else { throw TmuxTimeout(what: "tmux to start (error \(spawned))", screen: "") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let data = FileManager.default.contents(atPath: capture) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}

/// The screen never showed what a test waited for.
struct TmuxTimeout: Error, CustomStringConvertible {
    let what: String
    let screen: String
    var description: String { "timed out waiting for \(what); screen was:\n\(screen)" }
}
