import Foundation

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
    static var verdict: String {
        ProcessInfo.processInfo.environment["VERDICT_BINARY"] ?? packageRoot + "/.build/debug/verdict"
    }
    /// The package folder, from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

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
            home = NSTemporaryDirectory() + "verdict-tmux-\(UUID().uuidString)"
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

    /// Polls the screen until `condition` holds or `seconds` pass; returns the last screen.
    @discardableResult
    func waitFor(
        _ what: String, seconds: Double = 10, history: Bool = false, _ condition: (String) -> Bool
    ) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
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

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        guard let path = Self.tmux else { throw TmuxTimeout(what: "tmux", screen: "") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["-L", socket] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

/// The screen never showed what a test waited for.
struct TmuxTimeout: Error, CustomStringConvertible {
    let what: String
    let screen: String
    var description: String { "timed out waiting for \(what); screen was:\n\(screen)" }
}
