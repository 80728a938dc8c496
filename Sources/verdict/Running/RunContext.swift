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
    /// The autosave store.
    let store: SessionStore
    /// The answers as of the latest autosave (what a signal exit saves).
    private(set) var latest: Responses
    /// The question of the latest autosave.
    private(set) var latestQuestion: String?
    /// Whether anything was answered or changed in this run.
    private(set) var changed = false
    /// False when the store could not be locked: answers are then kept in memory only.
    let saving: Bool

    /// Creates a context starting from these responses.
    init(worksheet: Worksheet, store: SessionStore, saving: Bool, responses: Responses, questionID: String?) {
        self.worksheet = worksheet
        self.store = store
        self.saving = saving
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
