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
    /// The signals watched: SIGTERM, SIGHUP, SIGINT (Ctrl-C arrives as a key in raw mode;
    /// SIGINT only comes from `kill`).
    public static let watched: [Int32] = [SIGTERM, SIGHUP, SIGINT]

    // MARK: - Handlers

    /// Installs the flag-setting handlers for ``watched``.
    public static func install() {
        for number in watched { _ = verdict_install_flag_handler(number) }
    }

    /// Puts the default dispositions back.
    public static func uninstall() {
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
