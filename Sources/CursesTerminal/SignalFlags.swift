#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

import CSignalFlag
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The signals that ask Verdict to stop: their handlers only set a flag that the run loop
/// polls (the flag is defined once, in the `CSignalFlag` C target).
public enum SignalFlags {
    /// The signals watched: every catchable signal whose default action ends the process
    /// (SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1/2, SIGALRM, SIGVTALRM, SIGXCPU, SIGXFSZ),
    /// so each one goes through the loop that saves and restores the terminal. Ctrl-C and
    /// Ctrl-\ arrive as keys in raw mode; these come from `kill`.
    public static let watched: [Int32] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2,
                                          SIGALRM, SIGVTALRM, SIGXCPU, SIGXFSZ]

    // MARK: - Handlers

    /// Installs the flag-setting handlers for ``watched`` and remembers the terminal's
    /// modes as they are now (the shell's: curses has been left when this is called).
    public static func install() {
        verdict_save_terminal_modes(STDIN_FILENO)
        for number in watched { _ = verdict_install_flag_handler(number) }
    }

    /// Puts the default dispositions back and the terminal modes ``install()`` saw:
    /// `tcsetattr` writes nothing to the terminal, so it is safe after a hang-up too (it
    /// fails with EIO on a terminal that is gone), and a `kill -HUP` with the terminal
    /// still there leaves it cooked (echo, canonical input, signals) as the shell expects.
    public static func uninstall() {
        verdict_restore_terminal_modes()
        for number in watched { _ = verdict_restore_default(number) }
    }

    // MARK: - Polling

    /// The signal that arrived since the last call (and clears it), or nil.
    public static func take() -> Int32? {
        let number = verdict_take_signal()
        return number == 0 ? nil : number
    }

    // MARK: - Job control

    /// Stops the process as Ctrl-Z would: SIGTSTP with its default action, then puts the
    /// previous handler back once the shell resumes the process.
    static func stopForJobControl() {
        verdict_stop_for_job_control()
    }
}
