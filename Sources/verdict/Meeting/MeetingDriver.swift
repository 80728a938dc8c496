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

/// Drives one `verdict meeting`: decides whether to resume, picks the full-screen UI or
/// plain prompts (as `verdict run` does), runs the meeting with autosave, performs the
/// exports, and returns the exit code.
struct MeetingDriver: TerminalDriver {
    let worksheet: Worksheet
    let members: [String]
    let theme: Theme
    let store: SessionStore
    let saved: SessionStore.Loaded?
    let policy: RunDriver.ResumePolicy
    /// Whether autosave is on (the lock was taken).
    let saving: Bool
    /// Notices for the first screen (or stderr in plain mode).
    var notices: [String] = []
    /// The export folder offered (full screen) or written at the end (plain).
    var exportFolder: String?
    /// The key bindings (config `keys`).
    var keys = KeyStyle.standard
    /// The command that continues this meeting (worksheet and members named), as told
    /// after a stop before its export.
    var resumeCommand = "verdict meeting --resume"

    // MARK: - Full screen (start(mode:) comes from TerminalDriver)

    mutating func runFullScreen(_ screen: CursesScreen) -> Int32 {
        // Asked, the resume question is the meeting's first screen.
        var offer: ResumeOffer?
        if policy == .ask, let progress = resumable {
            offer = .meeting(progress, updated: saved?.snapshot.updatedAt, notice: droppedNotice)
        }
        var state = startingState(resume: policy == .resume && resumable != nil, offering: offer)
        state.keys = keys
        let effects = MeetingEffects(worksheet: worksheet, saver: saver)
        switch Runtime<MeetingSession>.run(state, on: screen, perform: effects.perform) {
        case let .signal(number, final):
            _ = saver(final.progress)
            screen.stop(terminalGone: number == SIGHUP)
            if number != SIGHUP { tellHowToResume(final) }
            return 128 + number
        case let .quit(reason, final):
            screen.stop()
            return finish(reason.exitCode, final, exported: effects.exported)
        }
    }

    // MARK: - Plain

    mutating func runPlain() -> Int32 {
        var resume = false
        if let progress = resumable {
            switch policy {
            case .resume: resume = true
            case .fresh: resume = false
            case .ask where isatty(STDIN_FILENO) == 1:
                let offer = ResumeOffer.meeting(progress, updated: saved?.snapshot.updatedAt)
                while true {
                    PlainOutput.write(offer.plainQuestion)
                    guard let choice = ResumeOffer.choice(forLine: readLine(strippingNewline: true)) else { continue }
                    if case let .quit(reason) = choice { return reason.exitCode }
                    resume = choice == .resume
                    break
                }
            case .ask:
                // Piped input must not wipe the meeting, as for `verdict run`.
                ErrorReporter.say("an unfinished meeting exists and piped input does not discard it; "
                    + "to continue: \(resumeCommand), or add --fresh to start over")
                return 73
            }
        }
        var state = startingState(resume: resume, showNotices: false)
        notices.forEach(ErrorReporter.say)
        let effects = MeetingEffects(worksheet: worksheet, saver: saver)
        let plain = PlainMeeting(readLine: HiddenLine.read, write: PlainOutput.write) { effect in
            let events = effects.perform(effect)
            for case let .saveFailed(message) in events { ErrorReporter.say(message) }
            return events
        }
        // Without --export-folder the results go to the default folder (and the run says
        // where), as the full-screen export would suggest: the printed text alone is lost.
        switch plain.run(&state) {
        case .finished, .stopped: return finish(0, state, exported: effects.exported)
        case .aborted: return finish(QuitReason.aborted.exitCode, state, exported: false)
        case let .notMerged(message):
            ErrorReporter.say(message)
            return 65
        case let .exportFailed(message):
            ErrorReporter.say(message)
            return 73
        }
    }

    // MARK: - Start and end

    /// Saved progress worth resuming: same members, an answer or an open re-vote.
    private var resumable: MeetingProgress? {
        guard let snapshot = saved?.snapshot else { return nil }
        let progress = MeetingSnapshot.progress(snapshot, worksheet: worksheet).progress
        guard progress.isUnfinished, MeetingSnapshot.sameMembers(progress.members, members) else { return nil }
        return progress
    }

    /// The notice about answers dropped from the saved meeting, if any.
    private var droppedNotice: String? {
        guard let snapshot = saved?.snapshot else { return nil }
        let dropped = MeetingSnapshot.progress(snapshot, worksheet: worksheet).dropped
        guard dropped > 0 else { return nil }
        return "the worksheet changed since this meeting was saved; dropped \(dropped) "
            + (dropped == 1 ? "answer" : "answers") + " that no longer fit"
    }

    private mutating func startingState(
        resume: Bool, showNotices: Bool = true, offering offer: ResumeOffer? = nil
    ) -> MeetingState {
        if resume, let snapshot = saved?.snapshot {
            let progress = MeetingSnapshot.progress(snapshot, worksheet: worksheet).progress
            if let dropped = droppedNotice { notices.append(dropped) }
            return MeetingState(worksheet: worksheet, progress: progress,
                                notice: notices.isEmpty || !showNotices ? nil : notices.joined(separator: "; "),
                                exportFolder: exportFolder)
        }
        if policy == .resume { notices.append("no unfinished meeting of these members to resume; starting fresh") }
        if offer == nil, let snapshot = saved?.snapshot, policy != .resume,
           !MeetingSnapshot.sameMembers(MeetingSnapshot.progress(snapshot, worksheet: worksheet).progress.members, members) {
            notices.append("an unfinished meeting of other members is replaced by this one")
        }
        return MeetingState(worksheet: worksheet, members: members,
                            notice: notices.isEmpty || !showNotices ? nil : notices.joined(separator: "; "),
                            exportFolder: exportFolder, offering: offer)
    }

    /// Saves progress; returns the failure message, or nil.
    private var saver: (MeetingProgress) -> String? {
        let store = store
        let worksheet = worksheet
        let saving = saving
        return { progress in
            guard saving else { return nil }
            do {
                try store.save(MeetingSnapshot.snapshot(progress, worksheet: worksheet))
                return nil
            } catch {
                return "\(error)"
            }
        }
    }

    /// After a quit: forgets an exported meeting's autosave, or says how to continue it;
    /// returns the exit code.
    private func finish(_ code: Int32, _ state: MeetingState, exported: Bool) -> Int32 {
        if code == 0, exported {
            if saving { store.remove(worksheetID: MeetingSnapshot.key(worksheetID: worksheet.id)) }
        } else {
            tellHowToResume(state)
        }
        return code
    }

    /// The exact command that continues a meeting stopped with answers saved.
    private func tellHowToResume(_ state: MeetingState) {
        guard saving, state.progress.isUnfinished else { return }
        ErrorReporter.say("meeting saved; to continue: \(resumeCommand)")
    }
}
