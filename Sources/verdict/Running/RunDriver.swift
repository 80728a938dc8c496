#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

import CursesTerminal
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import VerdictEngine
import VerdictUI

/// Drives one `verdict run`: decides whether to resume, picks the full-screen UI or plain
/// prompts, runs the session, writes `--output`, and returns the exit code.
struct RunDriver: TerminalDriver {
    /// What to do with an unfinished session.
    enum ResumePolicy { case ask, resume, fresh }

    let worksheet: Worksheet
    let theme: Theme
    let store: SessionStore
    let saved: SessionStore.Loaded?
    let respondent: String?
    let output: String?
    let policy: ResumePolicy
    /// Whether autosave is on (the session lock was taken).
    let saving: Bool
    /// The key bindings (config `keys`).
    var keys = KeyStyle.standard

    /// Notices to show inside the session, or on stderr in plain mode (a damaged
    /// autosave, dropped answers and the like).
    var notices: [String] = []

    /// Creates a driver.
    init(
        worksheet: Worksheet, theme: Theme, store: SessionStore, saved: SessionStore.Loaded?,
        respondent: String?, output: String?, policy: ResumePolicy, saving: Bool
    ) {
        self.worksheet = worksheet
        self.theme = theme
        self.store = store
        self.saved = saved
        self.respondent = respondent
        self.output = output
        self.policy = policy
        self.saving = saving
    }

    // MARK: - Modes (start(mode:) comes from TerminalDriver)

    mutating func runFullScreen(_ screen: CursesScreen) -> Int32 {
        var choice = ResumePrompt.Choice.fresh
        if let snapshot = resumable {
            switch policy {
            case .resume: choice = .resume
            case .fresh: choice = .fresh
            case .ask: choice = askFullScreen(screen, ResumePrompt(worksheet: worksheet, snapshot: snapshot))
            }
        }
        if case let .quit(code) = choice { return code }
        let (responses, question) = startingPoint(resume: choice == .resume)
        let context = RunContext(worksheet: worksheet, store: store, saving: saving, responses: responses, questionID: question)
        let state = SessionState(
            worksheet: worksheet, responses: responses, resumeAt: question,
            notice: notices.isEmpty ? nil : notices.joined(separator: "; "))
        let runner = CursesRunner(context: context, screen: screen, keys: keys)
        switch runner.run(state) {
        case let .signal(number):
            screen.stop(terminalGone: number == SIGHUP)
            return 128 + number
        case let .quit(code, final):
            screen.stop()
            return finish(code, final, context)
        }
    }

    private func askFullScreen(_ screen: CursesScreen, _ prompt: ResumePrompt) -> ResumePrompt.Choice {
        var size = screen.size
        screen.draw(prompt.grid(width: size.width, height: size.height))
        while true {
            guard let input = screen.readEvent(timeoutMs: CursesRunner.pollMilliseconds) else { continue }
            switch input {
            case let .signal(number):
                return .quit(128 + number)
            case .resize:
                size = screen.size
                screen.draw(prompt.grid(width: size.width, height: size.height))
            case let .key(key):
                if let choice = ResumePrompt.choice(forKey: key) { return choice }
            }
        }
    }

    mutating func runPlain() -> Int32 {
        var choice = ResumePrompt.Choice.fresh
        if let snapshot = resumable {
            switch policy {
            case .resume: choice = .resume
            case .fresh: choice = .fresh
            case .ask where isatty(STDIN_FILENO) == 1:
                choice = askPlain(ResumePrompt(worksheet: worksheet, snapshot: snapshot))
            case .ask:
                // Piped input holds answers, not a reply to a question we would invent.
                ErrorReporter.say("an unfinished session exists; starting fresh (use --resume to continue it)")
            }
        }
        if case let .quit(code) = choice { return code }
        let (responses, question) = startingPoint(resume: choice == .resume)
        notices.forEach(ErrorReporter.say)
        let context = RunContext(worksheet: worksheet, store: store, saving: saving, responses: responses, questionID: question)
        var prompter = PlainPrompter(
            worksheet: worksheet, responses: responses, startAt: question,
            readLine: { Swift.readLine(strippingNewline: true) },
            write: { text in
                StandardStream.output.write(text)
            },
            autosave: { responses, question in
                if let message = context.autosave(responses, questionID: question) { ErrorReporter.say(message) }
            })
        switch prompter.run() {
        case let .finished(final):
            return finish(0, final, context)
        case .aborted:
            ErrorReporter.say("stopped before the end; run 'verdict run --resume' to continue")
            return 130
        }
    }

    private func askPlain(_ prompt: ResumePrompt) -> ResumePrompt.Choice {
        while true {
            StandardStream.output.write(prompt.plainQuestion)
            if let choice = ResumePrompt.choice(forLine: Swift.readLine(strippingNewline: true)) { return choice }
        }
    }

    // MARK: - Start and end

    /// The saved snapshot when there is one worth resuming.
    private var resumable: SessionSnapshot? {
        guard let snapshot = saved?.snapshot, !snapshot.answers.isEmpty else { return nil }
        return snapshot
    }

    /// The responses and question to start from, recording notices about dropped answers.
    private mutating func startingPoint(resume: Bool) -> (Responses, String?) {
        var responses = Responses(respondent: respondent ?? "")
        var question: String?
        if resume, let snapshot = saved?.snapshot {
            let reconciled = SessionResume(snapshot: snapshot, worksheet: worksheet)
            if let notice = reconciled.notice { notices.append(notice) }
            responses = reconciled.responses
            question = reconciled.questionID
            if let respondent { responses.respondent = respondent }
        } else if policy == .resume {
            notices.append("no unfinished session to resume; starting fresh")
        }
        return (responses, question)
    }

    /// After a quit: forgets a finished session, writes `--output`, returns the exit code.
    private func finish(_ code: Int32, _ responses: Responses, _ context: RunContext) -> Int32 {
        guard code == 0 else { return code }
        if let output {
            do {
                try context.export(responses, format: .json, to: output)
            } catch {
                ErrorReporter.say("\(error)")
                return 73
            }
        }
        context.finish(responses)
        return 0
    }
}
