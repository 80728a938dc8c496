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
    /// The export folder offered (full screen) or written at the end (plain); nil: the default.
    var exportFolder: String?

    // MARK: - Modes (start(mode:) comes from TerminalDriver)

    // MARK: - Full screen

    mutating func runFullScreen(_ screen: CursesScreen) -> Int32 {
        var resume = false
        if let progress = resumable {
            switch policy {
            case .resume: resume = true
            case .fresh: resume = false
            case .ask:
                switch askFullScreen(screen, progress) {
                case .resume: resume = true
                case .fresh: resume = false
                case let .quit(code): return code
                }
            }
        }
        var state = startingState(resume: resume)
        var exported = false
        var failing = false
        let worksheet = worksheet
        let saver = saver
        let loop = ScreenLoop<MeetingState>(screen: screen, render: MeetingRenderer.render) { state, key in
            var queue: [MeetingEvent] = [.key(key)]
            while !queue.isEmpty {
                for effect in MeetingSession.handle(&state, queue.removeFirst()) {
                    switch effect {
                    case let .autosave(progress):
                        if let message = saver(progress) {
                            if !failing { queue.append(.saveFailed(message: message)) }
                            failing = true
                        } else {
                            failing = false
                        }
                    case let .export(folder):
                        do {
                            let files = try TeamExport.write(worksheet: worksheet, responses: state.memberResponses, folder: folder)
                            exported = true
                            queue.append(.exported(folder: folder, files: files))
                        } catch {
                            queue.append(.exportFailed(folder: folder, message: "\(error)"))
                        }
                    case let .quit(code):
                        return code
                    case .suspend:
                        screen.suspend()
                    case .bell:
                        screen.bell()
                    }
                }
            }
            return nil
        }
        switch loop.run(&state) {
        case let .signal(number):
            _ = saver(state.progress)
            screen.stop(terminalGone: number == SIGHUP)
            return 128 + number
        case let .quit(code):
            screen.stop()
            return finish(code, state, exported: exported)
        }
    }

    private enum Choice { case resume, fresh, quit(Int32) }

    private func askFullScreen(_ screen: CursesScreen, _ progress: MeetingProgress) -> Choice {
        let summary = Self.summary(progress, updated: saved?.snapshot.updatedAt)
        let draw = {
            let size = screen.size
            var grid = CellGrid(width: size.width, height: size.height)
            grid.put("Verdict meeting · " + TextSanitizer.sanitize(worksheet.title), row: 0, column: 1, slot: .title)
            grid.put(summary, row: 2, column: 1, limit: max(1, size.width - 2))
            var column = grid.put("Resume it?  ", row: 4, column: 1)
            column = grid.put("y", row: 4, column: column, slot: .key)
            column = grid.put(" resume   ", row: 4, column: column)
            column = grid.put("n", row: 4, column: column, slot: .key)
            column = grid.put(" start fresh   ", row: 4, column: column)
            column = grid.put("q", row: 4, column: column, slot: .key)
            grid.put(" quit", row: 4, column: column)
            screen.draw(grid)
        }
        draw()
        while true {
            guard let input = screen.readEvent(timeoutMs: CursesRunner.pollMilliseconds) else { continue }
            switch input {
            case let .signal(number): return .quit(128 + number)
            case .resize: draw()
            case let .key(key):
                switch ResumePrompt.choice(forKey: key) {
                case .resume: return .resume
                case .fresh: return .fresh
                case let .quit(code): return .quit(code)
                case nil: continue
                }
            }
        }
    }

    /// "An unfinished meeting of Ana, Ben, Cy from 2026-11-25 10:40 UTC (7 answers)."
    static func summary(_ progress: MeetingProgress, updated: Date?) -> String {
        let when = updated.map { " from " + UTCText.minutes($0) } ?? ""
        let count = progress.answerCount
        let names = progress.members.map { TextSanitizer.sanitize($0) }.joined(separator: ", ")
        return "An unfinished meeting of \(names)\(when) (\(count) \(count == 1 ? "answer" : "answers"))."
    }

    // MARK: - Plain

    mutating func runPlain() -> Int32 {
        var resume = false
        if let progress = resumable {
            switch policy {
            case .resume: resume = true
            case .fresh: resume = false
            case .ask where isatty(STDIN_FILENO) == 1:
                while true {
                    StandardStream.output.write(Self.summary(progress, updated: saved?.snapshot.updatedAt)
                        + " Resume it? [Y/n] ")
                    guard let choice = ResumePrompt.choice(forLine: readLine(strippingNewline: true)) else { continue }
                    if case let .quit(code) = choice { return code }
                    resume = choice == .resume
                    break
                }
            case .ask:
                ErrorReporter.say("an unfinished meeting exists; starting fresh (use --resume to continue it)")
            }
        }
        var state = startingState(resume: resume, showNotices: false)
        notices.forEach(ErrorReporter.say)
        let saver = saver
        var plain = PlainMeeting(worksheet: worksheet, exportFolder: exportFolder,
                                 save: { if let message = saver($0) { ErrorReporter.say(message) } })
        let code = plain.run(&state)
        return finish(code, state, exported: plain.exported)
    }

    // MARK: - Start and end

    /// Saved progress worth resuming: same members, at least one answer.
    private var resumable: MeetingProgress? {
        guard let snapshot = saved?.snapshot else { return nil }
        let progress = MeetingSnapshot.progress(snapshot, worksheet: worksheet).progress
        guard progress.answerCount > 0, MeetingSnapshot.sameMembers(progress.members, members) else { return nil }
        return progress
    }

    private mutating func startingState(resume: Bool, showNotices: Bool = true) -> MeetingState {
        if resume, let snapshot = saved?.snapshot {
            let (progress, dropped) = MeetingSnapshot.progress(snapshot, worksheet: worksheet)
            if dropped > 0 {
                notices.append("the worksheet changed since this meeting was saved; dropped \(dropped) "
                    + (dropped == 1 ? "answer" : "answers") + " that no longer fit")
            }
            return MeetingState(worksheet: worksheet, progress: progress,
                                notice: notices.isEmpty || !showNotices ? nil : notices.joined(separator: "; "),
                                exportFolder: exportFolder)
        }
        if policy == .resume { notices.append("no unfinished meeting of these members to resume; starting fresh") }
        if let snapshot = saved?.snapshot, policy != .resume,
           !MeetingSnapshot.sameMembers(MeetingSnapshot.progress(snapshot, worksheet: worksheet).progress.members, members) {
            notices.append("an unfinished meeting of other members is replaced by this one")
        }
        return MeetingState(worksheet: worksheet, members: members,
                            notice: notices.isEmpty || !showNotices ? nil : notices.joined(separator: "; "),
                            exportFolder: exportFolder)
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

    /// After a quit: forgets an exported meeting's autosave; returns the exit code.
    private func finish(_ code: Int32, _ state: MeetingState, exported: Bool) -> Int32 {
        if code == 0, exported, saving { store.remove(worksheetID: MeetingSnapshot.key(worksheetID: worksheet.id)) }
        if code == 130 { ErrorReporter.say("meeting stopped; run 'verdict meeting --resume' with the same members to continue") }
        return code
    }
}
