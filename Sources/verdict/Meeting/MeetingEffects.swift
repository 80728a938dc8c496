import VerdictEngine
import VerdictUI

/// Performs a meeting's autosave and export for the runtime, and remembers what the end
/// of the meeting needs to know (whether it was exported).
final class MeetingEffects {
    let worksheet: Worksheet
    /// Saves progress; returns the failure message, or nil.
    let saver: (MeetingProgress) -> String?
    /// Whether the meeting as it stands was exported (the autosave is then forgotten on
    /// quit): a later step's autosave makes it false until it is written too.
    private(set) var exported = false
    /// The folders this meeting made for its exports: only these are written into again.
    private var folders: Set<String> = []
    /// Whether the last save failed (a failure is reported once, not after every answer).
    private var failing = false

    init(worksheet: Worksheet, saver: @escaping (MeetingProgress) -> String?) {
        self.worksheet = worksheet
        self.saver = saver
    }

    /// The runtime's injected handler.
    func perform(_ effect: MeetingEffect) -> [MeetingEvent] {
        switch effect {
        case let .autosave(progress):
            exported = false
            let message = saver(progress)
            defer { failing = message != nil }
            return message.map { failing ? [] : [.saveFailed(message: $0)] } ?? []
        case let .export(folder, responses, decision):
            do {
                let files = try TeamExport.write(worksheet: worksheet, responses: responses, decision: decision, folder: folder,
                                                 made: &folders)
                exported = true
                return [.exported(folder: folder, files: files)]
            } catch {
                return [.exportFailed(folder: folder, message: "\(error)")]
            }
        case .quit, .suspend, .bell:
            return []
        }
    }
}
