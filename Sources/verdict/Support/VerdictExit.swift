import ArgumentParser

/// The exit codes of DESIGN §5 (contract), following sysexits.h.
enum VerdictExit {
    /// Everything worked.
    static let ok = ExitCode(0)
    /// The command line was wrong.
    static let usage = ExitCode(64)
    /// A worksheet, answers or result file was bad.
    static let badData = ExitCode(65)
    /// An input file does not exist or cannot be read.
    static let missingInput = ExitCode(66)
    /// An output file could not be written.
    static let cannotWrite = ExitCode(73)
}
