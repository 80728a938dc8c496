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
    /// The session's lock; nil when autosave is off (or the lock could not be taken).
    let lock: SessionLock?
    /// Whether autosave is on (the session lock was taken).
    var saving: Bool { lock != nil }
    /// The key bindings (config `keys`).
    var keys = KeyStyle.standard
    /// The worksheet as the user named it (id or path), for the command that resumes.
    var worksheetArgument = WorksheetCatalog.defaultWorksheetID

    /// Why the answers are not saved (the lock could not be taken, autosave is off), said
    /// on screen from the start; nil while they are.
    var unsavedReason: String?

    /// Notices to show inside the session, or on stderr in plain mode (a damaged
    /// autosave, dropped answers and the like).
    var notices: [String] = []

    /// Creates a driver.
    init(
        worksheet: Worksheet, theme: Theme, store: SessionStore, saved: SessionStore.Loaded?,
        respondent: String?, output: String?, policy: ResumePolicy, lock: SessionLock?
    ) {
        self.worksheet = worksheet
        self.theme = theme
        self.store = store
        self.saved = saved
        self.respondent = respondent
        self.output = output
        self.policy = policy
        self.lock = lock
    }

    // MARK: - Modes (start(mode:) comes from TerminalDriver)

    mutating func runFullScreen(_ screen: CursesScreen) -> Int32 {
        // Asked, the resume question is the session's first screen.
        // Someone else's session is never discarded without asking, --fresh or not.
        let offer = policy == .ask || (policy == .fresh && othersSession) ? resumable.map {
            ResumeOffer(snapshot: $0, worksheet: worksheet, respondent: respondent)
        } : nil
        let (responses, question) = startingPoint(resume: policy == .resume && resumable != nil)
        let context = makeContext(responses, question)
        var state = SessionState(
            worksheet: worksheet, responses: responses, resumeAt: question, offering: offer,
            notice: notices.isEmpty ? nil : notices.joined(separator: "; "), keys: keys)
        state.output = output
        state.unsavedReason = unsavedReason
        switch Runtime<Session>.run(state, on: screen, perform: context.perform) {
        case let .signal(number, _):
            context.saveLatest()
            screen.stop(terminalGone: number == SIGHUP)
            if number != SIGHUP { tellHowToResume(context.latest, context) }
            return 128 + number
        case let .quit(reason, final):
            screen.stop()
            let code = finish(reason.exitCode, final.responses, context, exported: final.isExported)
            tellHowToResume(final.responses, context, written: code == 0 && (final.isExported || output != nil))
            if !final.isExported, output == nil { tellUnsaved(final.responses) }
            return code
        }
    }

    mutating func runPlain() -> Int32 {
        var choice = ResumeOffer.Choice.fresh
        if let snapshot = resumable {
            let canAsk = isatty(STDIN_FILENO) == 1
            switch policy {
            case .resume: choice = .resume
            case _ where othersSession && !canAsk:
                ErrorReporter.say("an unfinished session by \(TextSanitizer.sanitize(snapshot.respondent)) exists and is not "
                    + "discarded without asking; answer in a terminal to choose, or pass --resume to continue it")
                return 73
            case .fresh where !othersSession: choice = .fresh
            case .ask where canAsk, .fresh:
                choice = askPlain(ResumeOffer(snapshot: snapshot, worksheet: worksheet, respondent: respondent))
            case .ask:
                // Piped input holds answers, not a reply to a question we would invent, and
                // must not wipe the session: the choice is the command line's.
                let count = snapshot.answers.count
                ErrorReporter.say("an unfinished session (\(count) answer\(count == 1 ? "" : "s")) exists and "
                    + "piped input does not discard it; to continue: "
                    + RunContext.resumeCommand(worksheet: worksheetArgument, name: respondent ?? "", output: output)
                    + ", or add --fresh to start over")
                return 73
            }
        }
        if case let .quit(reason) = choice { return reason.exitCode }
        let (responses, question) = startingPoint(resume: choice == .resume)
        notices.forEach(ErrorReporter.say)
        let context = makeContext(responses, question)
        var prompter = PlainPrompter(
            worksheet: worksheet, responses: responses, startAt: question,
            readLine: { Swift.readLine(strippingNewline: true) },
            write: PlainOutput.write,
            autosave: { responses, question in
                if let message = context.autosave(responses, questionID: question) { ErrorReporter.say(message) }
            })
        prompter.unsavedReason = unsavedReason
        switch prompter.run() {
        case let .finished(final):
            let code = finish(0, final, context)
            if code != 0 { tellHowToResume(final, context) }
            if output == nil { tellUnsaved(final) }
            return code
        case let .stopped(final):
            let code = finish(0, final, context)
            tellHowToResume(final, context, written: code == 0)
            if output == nil { tellUnsaved(final) }
            return code
        case let .aborted(final):
            tellHowToResume(final, context)
            tellUnsaved(final)
            return QuitReason.aborted.exitCode
        }
    }

    private func makeContext(_ responses: Responses, _ question: String?) -> RunContext {
        RunContext(worksheet: worksheet, named: worksheetArgument, output: output, store: store, lock: lock, keptAs: respondent ?? "",
                   responses: responses, questionID: question)
    }

    private func askPlain(_ offer: ResumeOffer) -> ResumeOffer.Choice {
        while true {
            PlainOutput.write(offer.plainQuestion)
            if let choice = ResumeOffer.choice(forLine: Swift.readLine(strippingNewline: true)) { return choice }
        }
    }

    // MARK: - Start and end

    /// Whether the saved session carries a name that is not this run's (one started
    /// without a name and named later, under the same key).
    private var othersSession: Bool {
        guard let saved = resumable?.respondent, !saved.isEmpty else { return false }
        return !PersonName.same(saved, respondent ?? "")
    }

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
        if !resume, let hint = othersHint { notices.append(hint) }
        return (responses, question)
    }

    /// When this respondent has nothing to resume: someone else's unfinished session of
    /// this worksheet, with the exact command that continues it.
    private var othersHint: String? {
        guard policy != .fresh, resumable == nil, let other = store.othersSessions(of: worksheet).first else { return nil }
        let who = other.respondent.isEmpty ? "A session with no name" : "\(other.respondent)'s session"
        let count = other.answers.count
        return TextSanitizer.sanitize("\(who) is unfinished (\(count) answer\(count == 1 ? "" : "s")); to continue it instead: "
            + RunContext.resumeCommand(worksheet: worksheetArgument, name: other.respondent, output: nil))
    }

    /// After a quit: forgets a finished session once its result is written (`--output`,
    /// saying so, or an export), returns the exit code.
    private func finish(_ code: Int32, _ responses: Responses, _ context: RunContext, exported: Bool = true) -> Int32 {
        guard code == 0 else { return code }
        if let output {
            do {
                try context.export(responses, format: .json, to: output)
                StandardStream.output.write("Wrote \(TextSanitizer.sanitize(output)).\n")
            } catch {
                ErrorReporter.say("\(error)")
                return 73
            }
        }
        if exported || output != nil { context.finish(responses) }
        return 0
    }

    /// After a quit that kept the answers nowhere (not saved, not exported, no `--output`):
    /// the `verdict score` command that gives them back.
    private func tellUnsaved(_ responses: Responses) {
        guard unsavedReason != nil, !responses.answers.isEmpty else { return }
        let answers = responses.answers.sorted { $0.key < $1.key }
            .map { " --answer " + ShellWord.quote($0.key + "=" + $0.value) }.joined()
        ErrorReporter.say(TextSanitizer.sanitize("your answers were not saved; to score them again: verdict score "
            + ShellWord.quote(worksheetArgument) + answers
            + (responses.importance.isEmpty ? "" : " (the importance you set is not in it)")))
    }

    /// After a stop (and after writing `--output`, which may fail): the exact command that
    /// continues, naming the worksheet (and the name it is kept under), whenever the session
    /// stays saved: nothing when nothing was saved, or when a finished result was `written`
    /// (exported or `--output`) and it is removed.
    private func tellHowToResume(_ responses: Responses, _ context: RunContext, written: Bool = false) {
        guard saving, !responses.answers.isEmpty, !(written && context.isComplete(responses)) else { return }
        ErrorReporter.say("answers saved; to continue: \(context.resumeCommand)")
    }
}
