import VerdictEngine

/// What a remote terminal can show, from the values its SSH client sent (`pty-req` TERM,
/// `env` LANG/LC_*): colour or monochrome, UTF-8 or ASCII only.
///
/// Only TERM and the locale variables reach a server by default (COLORTERM does not), so
/// this follows Bubble Tea's rule: assume the ECMA-48/xterm baseline, use TERM as a hint.
public struct RemoteTerminalProfile: Sendable, Hashable {
    /// The theme the member's cells are drawn with (mono when the terminal has no colour).
    public var theme: Theme
    /// False when the locale is not UTF-8: every non-ASCII grapheme is drawn as ASCII.
    public var unicode: Bool

    /// Creates a profile.
    public init(theme: Theme, unicode: Bool) {
        self.theme = theme
        self.unicode = unicode
    }

    /// The profile for a client's TERM and locale (`LC_ALL`, else `LC_CTYPE`, else `LANG`;
    /// nil when the client sent none). No locale at all is taken as UTF-8, since OpenSSH
    /// sends LANG by default and a terminal without it is almost always a modern one.
    public init(term: String?, locale: String?, noColor: Bool = false) {
        var environment = ["TERM": term ?? "dumb"]
        if noColor { environment["NO_COLOR"] = "1" }
        theme = Theme.automatic(environment: environment)
        if let locale, !locale.isEmpty {
            let lower = locale.lowercased()
            unicode = lower.containsBytes("utf-8") || lower.containsBytes("utf8")
        } else {
            unicode = true
        }
    }
}
