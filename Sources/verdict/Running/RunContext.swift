#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import VerdictEngine
import VerdictUI

/// Everything a run needs besides the terminal: the worksheet, the autosave store and
/// where the latest answers are.
final class RunContext {
    /// The worksheet being answered.
    let worksheet: Worksheet
    /// The worksheet as the user named it (an id or a path), for the resume command.
    let worksheetArgument: String
    /// `--output`, repeated in the resume command.
    let output: String?
    /// The autosave store, keyed by the respondent the session is kept under.
    private(set) var store: SessionStore
    /// The session's lock (nil when not saving).
    private var lock: SessionLock?
    /// The name the session is kept under ("" for none): the run's `--name` or
    /// `VERDICT_NAME`, until the respondent types another (``move(_:questionID:)``).
    private(set) var keptAs: String
    /// The answers as of the latest autosave (what a signal exit saves).
    private(set) var latest: Responses
    /// The question of the latest autosave.
    private(set) var latestQuestion: String?
    /// Whether anything was answered or changed in this run.
    private(set) var changed = false
    /// False when the store could not be locked: answers are then kept in memory only.
    let saving: Bool

    /// Creates a context starting from these responses; `lock` is the session's lock under
    /// `keptAs` (nil: nothing is saved).
    init(worksheet: Worksheet, named argument: String, output: String?, store: SessionStore, lock: SessionLock?,
         keptAs: String, responses: Responses, questionID: String?) {
        self.worksheet = worksheet
        worksheetArgument = argument
        self.output = output
        self.store = store
        self.lock = lock
        self.keptAs = keptAs
        self.saving = lock != nil
        latest = responses
        latestQuestion = questionID
    }

    // MARK: - Autosave

    /// Whether the last save failed (a failure is reported once, not after every answer).
    private var failing = false

    /// Saves the responses; returns the failure message when saving starts failing.
    @discardableResult
    func autosave(_ responses: Responses, questionID: String?) -> String? {
        latest = responses
        latestQuestion = questionID
        changed = true
        guard saving else { return nil }
        do {
            try store.save(SessionSnapshot(worksheet: worksheet, responses: responses, questionID: questionID))
            failing = false
            return nil
        } catch {
            defer { failing = true }
            return failing ? nil : "\(error)"
        }
    }

    /// Saves the latest responses again (on a signal exit); failures are ignored.
    func saveLatest() {
        guard changed, saving else { return }
        _ = try? store.save(SessionSnapshot(worksheet: worksheet, responses: latest, questionID: latestQuestion))
    }

    // MARK: - Renaming

    /// Keeps the session under the respondent of `responses` (sessions are saved per
    /// respondent): takes that name's lock, refuses when the name has an unfinished session
    /// of its own, saves there, and only then removes the old files and lock, so a crash
    /// in between leaves two copies, never none. Returns why not (nothing changed), or nil.
    func move(_ responses: Responses, questionID: String?) -> String? {
        let id = worksheet.id
        let target = store.keyed(for: worksheet, respondent: responses.respondent)
        guard saving, target.path(worksheetID: id) != store.path(worksheetID: id) else {
            autosave(responses, questionID: questionID)
            keptAs = responses.respondent
            return nil
        }
        let name = TextSanitizer.sanitize(responses.respondent)
        let targetLock: SessionLock
        do {
            targetLock = try target.lock(worksheetID: id)
        } catch SessionStoreError.locked(_, let pid) {
            return "another verdict is answering this worksheet as \(name)" + (pid.map { " (pid \($0))" } ?? "")
        } catch {
            return "\(error)"
        }
        do {
            if let other = try target.load(worksheetID: id), !other.answers.isEmpty {
                targetLock.release()
                let count = other.answers.count
                return "\(name) has another unfinished session of this worksheet (\(count) answer\(count == 1 ? "" : "s")); "
                    + "choose another name, or quit and resume it with: "
                    + Self.resumeCommand(worksheet: worksheetArgument, name: responses.respondent, output: output)
            }
            try target.save(SessionSnapshot(worksheet: worksheet, responses: responses, questionID: questionID))
        } catch {
            targetLock.release()
            return "\(error)"
        }
        store.remove(worksheetID: id)
        lock?.release()
        (store, lock, keptAs) = (target, targetLock, responses.respondent)
        (latest, latestQuestion, changed) = (responses, questionID, true)
        return nil
    }

    /// The command that continues this session, as told after an early stop.
    var resumeCommand: String { Self.resumeCommand(worksheet: worksheetArgument, name: keptAs, output: output) }

    /// The command that continues a session of `worksheet` (an id or path) kept under `name`
    /// (`--name` even when it came from `VERDICT_NAME`: exact whatever the environment),
    /// writing `output` at the end.
    static func resumeCommand(worksheet: String, name: String, output: String?) -> String {
        "verdict run \(ShellWord.quote(worksheet))" + (name.isEmpty ? "" : " --name \(ShellWord.quote(name))")
            + (output.map { " --output \(ShellWord.quote($0))" } ?? "") + " --resume"
    }

    /// Whether every visible question has an answer.
    func isComplete(_ responses: Responses) -> Bool {
        Scorer(worksheet: worksheet).visibleQuestions(responses).allSatisfy { responses.answers[$0.id] != nil }
    }

    /// Forgets the autosave of a finished session.
    func finish(_ responses: Responses) {
        if saving, isComplete(responses) { store.remove(worksheetID: worksheet.id) }
    }

    // MARK: - Effects

    /// Performs a session's autosave or export; returns the events reporting the outcome
    /// (the runtime's injected handler).
    func perform(_ effect: SessionEffect) -> [SessionEvent] {
        switch effect {
        case let .autosave(responses, questionID):
            return autosave(responses, questionID: questionID).map { [.saveFailed(message: $0)] } ?? []
        case let .rename(responses, questionID):
            if let problem = move(responses, questionID: questionID) {
                return [.renameFailed(name: responses.respondent, message: problem)]
            }
            return [.renamed(name: responses.respondent)]
        case let .export(format, path, responses):
            do {
                try export(responses, format: format == .json ? .json : .markdown, to: path)
                return [.exported(path: path, format: format)]
            } catch {
                return [.exportFailed(path: path, message: "\(error)")]
            }
        case .quit, .suspend, .bell:
            return []
        }
    }

    // MARK: - Export

    /// Writes a result document (JSON as `verdict score --format json`, or Markdown).
    func export(_ responses: Responses, format: ResultWriter.Format, to path: String) throws {
        try ResultWriter.write(worksheet: worksheet, responses: responses, format: format, to: path)
    }
}
