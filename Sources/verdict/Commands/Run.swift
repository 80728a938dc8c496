import ArgumentParser
import VerdictEngine
import VerdictUI

/// `verdict run`: answer a worksheet in the full-screen UI (or plain prompts), with autosave.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Answer a worksheet interactively and see the verdict.",
        usage: """
            verdict run [<worksheet>] [--resume | --fresh] [--plain] [--name <name>]
                        [--output <output>] [--theme <theme>]
            """,
        discussion: """
            Answers are saved after every change under $XDG_STATE_HOME/verdict (default \
            ~/.local/state/verdict), so an interrupted run can be resumed. Plain line prompts \
            are used when input or output is not a terminal, for TERM=dumb, or with --plain. \
            Defaults come from the config file and VERDICT_* variables (see verdict config).
            Example: verdict run wakatime-2015 --name Ada --theme light
            """)

    // MARK: - Options

    @Argument(help: "A worksheet id or path (default: django-vs-flask).",
              completion: CompletionCandidates.worksheets)
    var worksheet: String?

    @Flag(help: "Continue the unfinished session without asking.")
    var resume = false

    @Flag(help: "Start over, ignoring any unfinished session.")
    var fresh = false

    @Flag(help: "Use plain line prompts instead of the full-screen UI.")
    var plain = false

    @Option(help: "Your name, recorded in the result.")
    var name: String?

    @Option(help: "Write the result JSON to FILE when done.")
    var output: String?

    @Option(help: "Colour theme: auto, dark, light, mono, high-contrast.",
            completion: .list(ThemeChoice.allCases.map(\.rawValue)))
    var theme: String?

    @Option(help: .hidden)
    var benchmarkFrames: Int?

    func validate() throws {
        if resume && fresh { throw ValidationError("--resume and --fresh cannot be used together") }
        try PathOptions.refuseEmpty(["--output": output])
        if let theme, ThemeChoice(name: theme) == nil {
            throw ValidationError("unknown theme '\(theme)'; expected auto, dark, light, mono or high-contrast")
        }
        if let benchmarkFrames, benchmarkFrames < 1 { throw ValidationError("--benchmark-frames must be positive") }
    }

    // MARK: - Running

    func run() throws {
        try request.perform()
    }

    /// The parsed options as plain values.
    var request: RunRequest {
        RunRequest(
            worksheet: worksheet, resume: resume, fresh: fresh, plain: plain, name: name, output: output,
            theme: theme, benchmarkFrames: benchmarkFrames)
    }
}
