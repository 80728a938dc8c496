/// Recognises the everyday `verdict run` command lines so they can start without
/// ArgumentParser (whose parsing and reflection cost a few milliseconds before the first
/// frame): `verdict`, or `verdict run` followed by at most one worksheet id or path and
/// each of `--fresh`, `--resume`, `--plain` at most once.
///
/// Anything else — other options, `--name=…`, `-h`, `help`, a repeated flag, `--resume`
/// with `--fresh`, a second positional — returns nil and goes through ArgumentParser, so
/// help, errors and exit codes stay exactly as they are.
enum QuickRun {
    /// The command line's arguments after the program name, straight from `argv`: the
    /// same strings as `CommandLine.arguments.dropFirst()`, without the standard library's
    /// first-use set-up of that array (a generic map whose metadata it looks up by name,
    /// about a fortieth of the launch before the first frame).
    static func commandLineArguments() -> [String] {
        let count = Int(CommandLine.argc)
        guard count > 1 else { return [] }
        var arguments: [String] = []
        arguments.reserveCapacity(count - 1)
        for index in 1..<count {
            guard let argument = CommandLine.unsafeArgv[index] else { break }
            arguments.append(String(cString: argument))
        }
        return arguments
    }

    /// The request for these arguments (without the program name), or nil when
    /// ArgumentParser must handle them.
    static func request(for arguments: [String]) -> RunRequest? {
        guard let first = arguments.first else { return RunRequest() }
        guard first == "run" else { return nil }
        var request = RunRequest()
        for argument in arguments.dropFirst() {
            switch argument {
            case "--fresh" where !request.fresh:
                request.fresh = true
            case "--resume" where !request.resume:
                request.resume = true
            case "--plain" where !request.plain:
                request.plain = true
            default:
                guard request.worksheet == nil, isWorksheetReference(argument) else { return nil }
                request.worksheet = argument
            }
        }
        if request.fresh && request.resume { return nil }
        return request
    }

    /// Whether an argument can only be read as the worksheet positional.
    private static func isWorksheetReference(_ argument: String) -> Bool {
        !argument.isEmpty && !argument.hasPrefix("-") && argument != "help"
    }
}
