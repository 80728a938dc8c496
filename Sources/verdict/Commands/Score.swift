import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import VerdictEngine

/// `verdict score`: scores answers given on the command line or in a file, without the UI.
struct Score: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score answers to a worksheet and explain the verdict.",
        usage: """
            verdict score [WORKSHEET] (--answers FILE | --answer ID=ANSWER ...)
                          [--format text|json|markdown] [--output FILE]
                          [--what-if ID=ANSWER ...] [--name NAME]
            """,
        discussion: """
            Give the answers in a file (YAML or JSON, or a result JSON) or one by one.
            --what-if shows how changing answers would move the verdict.
            Example: verdict score wakatime-2015 --answer api=yes --answer soa=no
            Example: verdict score --answers mine.yaml --what-if api=none --format json
            """
    )

    /// Output formats.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case text, json, markdown
    }

    // MARK: - Arguments

    @Argument(help: "Worksheet id or path (default: the one a result given to --answers names, else django-vs-flask).",
              completion: CompletionCandidates.worksheets)
    var worksheet: String?

    @Option(name: .long, help: ArgumentHelp("Answers file (YAML or JSON).", valueName: "file"))
    var answers: String?

    @Option(name: .customLong("answer"), help: ArgumentHelp("One answer; repeat for more.", valueName: "id=answer"),
            completion: CompletionCandidates.answers)
    var answer: [String] = []

    @Option(help: "Output format (default: json for --output *.json, markdown for *.md, else text).")
    var format: Format?

    @Option(help: ArgumentHelp("Write to this file (atomically) instead of stdout.", valueName: "file"))
    var output: String?

    @Option(name: .customLong("what-if"), help: ArgumentHelp("Try another answer (ID= to skip); repeatable.", valueName: "id=answer"))
    var whatIf: [String] = []

    @Option(help: "Respondent name (overrides the answers file's).")
    var name: String?

    @Flag(name: .customLong("timing"), help: .hidden)
    var timing = false

    // MARK: - Validation

    func validate() throws {
        try PathOptions.refuseEmpty(["--output": output])
        if answers != nil && !answer.isEmpty {
            throw ValidationError("give either --answers FILE or --answer ID=ANSWER, not both")
        }
    }

    // MARK: - Running

    func run() throws {
        try ErrorReporter.guarded {
            let launched = MonotonicTime.nanoseconds()
            // A result names its worksheet: with none given, score that one (not the default).
            // Parsed once: a file that cannot be read is reported below, after the worksheet.
            let reader = AnswersReader()
            let parsed = worksheet == nil ? answers.flatMap { try? reader.load(contentsOf: $0) } : nil
            let named = worksheet ?? parsed?.resultWorksheetID
            let settings = try SettingsLoader.load(flags: SettingFlags(worksheet: named, name: name))
            let sheet = try settings.resolveWorksheet(in: settings.catalog())
            // Checked here, not in validate(): an unknown option and a mistyped worksheet (with
            // its did-you-mean) are the first things to fix, as `run` says them.
            guard answers != nil || !answer.isEmpty else {
                ErrorReporter.say("no answers: give --answers FILE or at least one --answer ID=ANSWER (see 'verdict help')")
                throw VerdictExit.usage
            }
            let loaded = MonotonicTime.nanoseconds()
            let source = try answers.map { try parsed ?? reader.load(contentsOf: $0) }
            // Never over the answers, but for a result rewritten as a result (a name added, the
            // fix `verdict team` suggests): it reads back as the same answers.
            let rewritesResult = chosenFormat == .json && source?.resultWorksheetID != nil
            let replaced = answers.map { [OutputOverlap.Input($0, "the --answers file", hint: "only a result may be rewritten, as JSON")] }
            try OutputOverlap.refuse(output, flag: "--output", reading: [OutputOverlap.Input(sheet.origin, "the worksheet")]
                + (rewritesResult ? [] : replaced ?? []))
            var responses = try source.map { try reader.read($0, for: sheet) } ?? Self.assignments(answer, for: sheet, reader)
            if let name {
                responses.respondent = name
            } else if responses.respondent.isEmpty, let configured = settings.name.value {
                responses.respondent = configured
            }
            let changes: [AnswerChange]
            do {
                changes = try Self.parseWhatIf(whatIf, for: sheet)
            } catch let error as ValidationError {
                ErrorReporter.say(error.message)
                throw VerdictExit.usage
            }
            let started = MonotonicTime.nanoseconds()
            let document = ResultBuilder.document(
                worksheet: sheet, responses: responses, completedAt: Date(), whatIf: changes)
            if timing {
                let sensitivityStart = MonotonicTime.nanoseconds()
                _ = SensitivityAnalyzer(worksheet: sheet).analyze(responses)
                let end = MonotonicTime.nanoseconds()
                ErrorReporter.say("timing: document \(MonotonicTime.milliseconds(sensitivityStart - started)) ms, "
                    + "sensitivity \(MonotonicTime.milliseconds(end - sensitivityStart)) ms")
            }
            let rendering = MonotonicTime.nanoseconds()
            let data = try ResultWriter.encode(document, worksheet: sheet, format: writerFormat)
            if timing {
                let end = MonotonicTime.nanoseconds()
                ErrorReporter.say("timing: load \(MonotonicTime.milliseconds(loaded - launched)) ms, "
                    + "answers \(MonotonicTime.milliseconds(started - loaded)) ms, "
                    + "render \(MonotonicTime.milliseconds(end - rendering)) ms")
            }
            if let output {
                try AtomicFile.write(data, to: output)
            } else {
                _ = data.withUnsafeBytes { StandardStream.output.write(bytes: $0) }
            }
        }
    }

    /// The format asked for, else the one `--output`'s extension names (a result written
    /// to `ana.json` is JSON), else text.
    var chosenFormat: Format {
        if let format { return format }
        switch output.map(PathText.pathExtension) {
        case "json": return .json
        case "md": return .markdown
        default: return .text
        }
    }

    /// The writer's format for `chosenFormat`.
    private var writerFormat: ResultWriter.Format {
        switch chosenFormat {
        case .json: .json
        case .markdown: .markdown
        case .text: .text(Self.unicodeTerminal() ? .blocks : .ascii)
        }
    }

    /// The `--answer ID=ANSWER` values as responses. A wrong one is bad answers (exit 65,
    /// DESIGN §5), said by the flag and its value, without a made-up line and column.
    static func assignments(_ values: [String], for sheet: Worksheet, _ reader: AnswersReader) throws -> Responses {
        do {
            return try reader.parse(assignments: values, for: sheet)
        } catch let list as DiagnosticList {
            list.diagnostics.prefix(DiagnosticCap.lines).forEach { ErrorReporter.say($0.message) }
            throw VerdictExit.badData
        }
    }

    /// Parses `--what-if ID=ANSWER` values (`ID=` leaves the question unanswered); a wrong
    /// id is a usage error that lists the valid ones.
    static func parseWhatIf(_ values: [String], for sheet: Worksheet) throws -> [AnswerChange] {
        try values.map { value in
            let parts = value.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty else {
                throw ValidationError("--what-if '\(value)': expected ID=ANSWER, e.g. --what-if api=no")
            }
            guard let question = sheet.question(parts[0]) else {
                let ids = sheet.questions.map(\.id)
                let guess = NearestName.suggestion(for: parts[0], among: ids).map { "; did you mean '\($0)'?" } ?? ""
                throw ValidationError("--what-if '\(value)': no question '\(parts[0])' in \(sheet.id)\(guess); "
                    + "expected one of: \(ids.joined(separator: ", "))")
            }
            if parts[1].isEmpty { return AnswerChange(question: question.id, answer: nil) }
            guard question.answer(parts[1]) != nil else {
                let known = question.answers.map(\.id).joined(separator: ", ")
                throw ValidationError("--what-if '\(value)': '\(parts[1])' is not an answer to \(question.id); expected one of: \(known)")
            }
            return AnswerChange(question: question.id, answer: parts[1])
        }
    }

    /// Block characters unless the locale says the terminal is not UTF-8 or TERM is dumb.
    private static func unicodeTerminal() -> Bool {
        let environment = ProcessInfo.processInfo.environment
        if environment["TERM"] == "dumb" { return false }
        let locale = environment["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["LC_CTYPE"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["LANG"] ?? ""
        if locale == "C" || locale == "POSIX" { return false }
        return true
    }
}
