#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

import VerdictEngine

/// Reads a line from standard input, without echo when asked and it is a terminal (a
/// meeting member's hidden answer); nil at the end of input.
enum HiddenLine {
    static func read(hidden: Bool) -> String? {
        guard hidden, isatty(STDIN_FILENO) == 1 else { return readLine() }
        var saved = termios()
        tcgetattr(STDIN_FILENO, &saved)
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet)
        defer {
            tcsetattr(STDIN_FILENO, TCSANOW, &saved)
            StandardStream.output.write("\n")
        }
        return readLine()
    }
}
