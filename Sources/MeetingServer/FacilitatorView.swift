import Foundation
import VerdictEngine
import VerdictUI

/// The facilitator's screen (pure): who joined, each member's progress and whether they
/// are ready — never their answers — and the keys that steer the meeting. After the
/// reveal it shows the same team results as every member's screen.
public struct FacilitatorView: Sendable {
    /// One member as the facilitator sees them.
    public struct Member: Sendable, Equatable {
        public var slot: Int
        public var name: String
        public var identity: String
        public var answered: Int
        public var questions: Int
        public var ready: Bool
        public var observer: Bool
        public var connected: Bool

        public init(slot: Int, name: String, identity: String, answered: Int, questions: Int, ready: Bool, observer: Bool, connected: Bool) {
            self.slot = slot
            self.name = name
            self.identity = identity
            self.answered = answered
            self.questions = questions
            self.ready = ready
            self.observer = observer
            self.connected = connected
        }
    }

    /// What a key asks for.
    public enum Command: Equatable, Sendable {
        case reveal
        case remove(slot: Int)
        case toggleObserver(slot: Int)
        case admit(Bool)
        /// A step after the reveal: agreed answer, re-vote opened or revealed, accepted.
        case decide(MeetingDecision)
        case end
    }

    /// The invite lines (command, fingerprint, known_hosts line).
    public var invite: [String]
    public var title: String
    public var members: [Member] = []
    /// Names on the roster (`--members`) nobody has joined as yet.
    public var absent: [String] = []
    public var waiting: [String] = []
    public var revealed = false
    public var problem: String?
    public var results: TeamResultsState?
    /// The highlighted member.
    public var cursor = 0
    /// A question waiting for y/n (ending, removing, forcing the reveal).
    public var confirming: Command?
    /// The F1 list of keys is open (any key closes it).
    public var showingKeys = false
    /// The terminal's size, as last drawn: below ``Session/minimumSize`` only `q` acts.
    public var size = (width: 80, height: 24)

    /// Whether the screen is large enough for its keys to act (as every other screen's).
    var fits: Bool { ScreenFrame.fits(size) }

    public init(title: String, invite: [String]) {
        self.title = title
        self.invite = invite
    }

    /// Takes the room's latest state (on the room's loop), keeping what the facilitator has
    /// on screen: their view of the results follows the room's decision.
    public mutating func update(from room: RoomControl) {
        let wasRevealed = revealed
        let known = Set(members.map(\.slot))
        (members, waiting, revealed, problem, absent) = (room.members, room.waiting, room.revealed, room.problem, room.absent)
        defer {
            // Someone who joins after the reveal watches: the facilitator hears of it once.
            if wasRevealed, let late = members.first(where: { !known.contains($0.slot) }) {
                results?.showNotice(TextSanitizer.sanitize(late.name) + " joined after the reveal: watching, not counted.")
            }
        }
        if revealed, !wasRevealed || results == nil {
            results = room.results
        } else if let latest = room.results, results?.responses != latest.responses {
            results = latest
        } else if let latest = room.results {
            results?.adopt(latest.decision)
            results?.exportedTo = latest.exportedTo
        }
        cursor = min(cursor, max(0, members.count - 1))
    }

    /// Applies one key; returns what to do.
    public mutating func handle(_ key: Key) -> Command? {
        if let pending = confirming {
            confirming = nil
            return key == .character("y") || key == .character("Y") ? pending : nil
        }
        if showingKeys {
            showingKeys = false
            return nil
        }
        guard fits || key == .character("q") || key == .control("c") else { return nil }
        let typing = results?.note != nil
        let keys = FacilitatorKeys.table(waiting: !waiting.isEmpty)
        // A newcomer waiting is answered first, also after the reveal (unless a note is being typed).
        if !typing, let action = keys.action(for: key), action == .admit || action == .refuse { return .admit(action == .admit) }
        if var screen = results, revealed, typing || (key != .character("q") && key != .control("c")) {
            let action = TeamResultsKeys.table(for: screen).action(for: key)
            if action != .export, action != .suspend, action != .quit, action != .forceQuit {
                _ = TeamResults.update(&screen, .resize(width: size.width, height: Self.resultsHeight(width: size.width, height: size.height)))
                let effects = TeamResults.update(&screen, .key(key))
                results = screen
                for case let .decided(decision) in effects { return .decide(decision) }
                return nil
            }
        }
        switch keys.action(for: key) {
        case .admit, .refuse, nil: break
        case .move: cursor = key == .up ? max(0, cursor - 1) : min(max(0, members.count - 1), cursor + 1)
        case .reveal:
            guard !revealed else { return nil }
            // A name on --members that has not joined is not ready either.
            if absent.isEmpty, members.filter({ !$0.observer }).allSatisfy(\.ready) { return .reveal }
            confirming = .reveal
        case .remove:
            if members.indices.contains(cursor) { confirming = .remove(slot: members[cursor].slot) }
        case .observer:
            if members.indices.contains(cursor) { return .toggleObserver(slot: members[cursor].slot) }
        case .keys: showingKeys = !revealed
        case .end: confirming = .end
        }
        return nil
    }

    /// The screen at a size.
    public func render(width: Int, height: Int) -> CellGrid {
        let width = max(1, width), height = max(1, height)
        guard ScreenFrame.fits((width, height)) else {
            return overlayPrompt(ScreenFrame.tooSmall(width: width, height: height, hint: "q end"))
        }
        if revealed, var results, height > 8 {
            // A failure takes the status row, and a step the room could not write never looks done.
            let unsaved = results.exportedTo == nil ? "Not saved: the last export failed (retry the step, or q keeps the meeting)" : nil
            if let failure = problem ?? unsaved { results.showError(TextSanitizer.sanitize(failure)) }
            let rows = Self.resultsHeight(width: width, height: height)
            var grid = TeamResultsRenderer.render(results, width: width, height: rows).adding(rows: height - rows)
            if rows < height {
                grid.put(revealedRow(width: width - 2), row: height - 1, column: 1, slot: .warning)
            } else if let rule = (0..<height).last(where: { grid.line($0).hasPrefix("──") }), grid.line(rule + 1).isEmpty {
                // At the minimum size the join row takes the status row while no notice holds it.
                grid.put(revealedRow(width: width - 2), row: rule + 1, column: 1, slot: .warning, limit: width - 2)
            }
            return overlayPrompt(grid)
        }
        var grid = CellGrid(width: width, height: height)
        grid.put("Verdict meeting · " + TextSanitizer.sanitize(title), row: 0, column: 1, slot: .title)
        let keys = FacilitatorKeys.table(waiting: !waiting.isEmpty)
        if showingKeys {
            grid.put("The facilitator's keys", row: 2, column: 1, slot: .title)
            for (index, line) in FacilitatorKeys.overlay(keys, width: width - 2).enumerated() {
                grid.put(line, row: 4 + index, column: 1)
            }
            grid.put("Any key closes this list", row: height - 1, column: 1, slot: .muted)
            return grid
        }
        var row = 2
        // Wrapped, never cut: members copy the known_hosts line whole.
        for line in invite.flatMap({ WordWrapper.wrap($0, width: width - 2) }) {
            grid.put(line, row: row, column: 1)
            row += 1
        }
        row += 1
        let voters = members.filter { !$0.observer }
        let heading = "Members (\(voters.filter(\.ready).count) of \(voters.count + absent.count) ready)"
        grid.put(heading, row: row, column: 1, slot: .title)
        if !revealed, !voters.isEmpty, voters.allSatisfy(\.ready) {
            // A name on --members that has not joined is not ready either (r asks first).
            let tail = absent.isEmpty ? "everyone is ready — r to reveal" : absent.map(TextSanitizer.sanitize).joined(separator: ", ") + " not joined"
            grid.put(" · " + tail, row: row, column: 1 + heading.count, slot: .warning, limit: max(0, width - 2 - heading.count))
        }
        row += 1
        if members.isEmpty, absent.isEmpty {
            grid.put("Nobody has joined yet.", row: row, column: 3, slot: .muted)
            row += 1
        }
        for (index, member) in members.enumerated() {
            let state = member.observer ? "observer" : member.ready ? "ready" : "\(member.answered)/\(member.questions) answered"
            let line = Self.padded(TextSanitizer.sanitize(member.name), 20) + " " + Self.padded(state, 16)
                + (member.connected ? "connected   " : "away        ")
                + String(member.identity.prefix(20))
            grid.put((index == cursor ? "› " : "  ") + line, row: row, column: 1, slot: index == cursor ? .selected : .normal)
            row += 1
        }
        for name in absent {
            grid.put("  " + Self.padded(TextSanitizer.sanitize(name), 20) + " not joined", row: row, column: 1, slot: .muted)
            row += 1
        }
        if let first = waiting.first {
            row += 1
            for line in WordWrapper.wrap("Wants to join: " + TextSanitizer.sanitize(first), width: width - 2) {
                grid.put(line, row: row, column: 1, slot: .warning)
                row += 1
            }
        }
        if let problem { grid.put(TextSanitizer.sanitize(problem), row: height - 2, column: 1, slot: .error) }
        grid.put(FacilitatorKeys.footer(keys, width: width - 2), row: height - 1, column: 1, slot: waiting.isEmpty ? .muted : .warning)
        return overlayPrompt(grid)
    }

    /// The last row after the reveal: how to join (a member who dropped, or every member
    /// after a resume, needs this run's port and code), in the longest wording that fits.
    /// The rows the team results take: all but the last, the join row's, while they still fit
    /// in them (at the minimum size the join row takes their status row instead).
    static func resultsHeight(width: Int, height: Int) -> Int {
        ScreenFrame.fits((width, height - 1)) ? height - 1 : height
    }

    func revealedRow(width: Int) -> String {
        let join = invite.first { $0.hasPrefix("Join: ") }
        let wordings = [join.map { $0 + " · revealed on every screen · q end" }, join.map { $0 + " · q end" }, join]
        return Charset.text(wordings.compactMap { $0 }.first { DisplayWidth.of($0) <= width }
            ?? "Revealed on every member's screen · q end the meeting")
    }

    /// `text` cut to `columns` display columns and padded to exactly that many (so `Ａｎａ`,
    /// six columns, keeps its row's columns in line).
    static func padded(_ text: String, _ columns: Int) -> String {
        let cut = WordWrapper.truncate(text, width: columns)
        return cut + String(repeating: " ", count: max(0, columns - DisplayWidth.of(cut)))
    }

    private func overlayPrompt(_ grid: CellGrid) -> CellGrid {
        guard let question else { return grid }
        var grid = grid
        grid.put(String(repeating: " ", count: grid.width), row: grid.height - 1, column: 0)
        grid.put(question, row: grid.height - 1, column: 1, slot: .warning)
        return grid
    }

    /// The question a key asked (`r` with members not ready, `x`, `q`), nil when none is open.
    public var question: String? {
        guard let confirming else { return nil }
        let question: String
        switch confirming {
        case .reveal:
            question = members.filter({ !$0.observer }).allSatisfy(\.ready) && !absent.isEmpty
                ? "Not joined: " + absent.map(TextSanitizer.sanitize).joined(separator: ", ") + ". Reveal without them? y/n"
                : "Not everyone is ready. Reveal now? y/n"
        case .remove: question = "Remove this member? Their answers stop counting; the name is free again. y/n"
        case .end:
            let round = results?.decision.openRound.map { "\($0.votes.count) of \($0.before.count)" }
            question = revealed
                ? results?.exportedTo == nil ? "Not saved: end? It is kept for --resume if its files still fail. y/n"
                : round.map { "A re-vote is open (\($0) voted; r reveals it). End? Kept for --resume. y/n" } ?? "End the meeting? y/n"
                : members.contains(where: { $0.answered > 0 }) ? "End the meeting before the reveal? Answers are kept for --resume. y/n"
                : "End the meeting? Nobody has answered, so nothing is kept. y/n"
        default: question = "y/n"
        }
        return question
    }

    // MARK: - Plain lines

    /// What the plain facilitator (no full screen: `TERM=dumb`, pipes) types, said first.
    public static let plainCommands = "Commands: r and Enter reveals (asks first when not everyone is ready), "
        + "q and Enter ends the meeting, ? and Enter shows this again."

    /// A line typed at the plain facilitator, read as the full screen's key of that letter:
    /// the command to carry out, and a line to print (the question it asks, or why nothing).
    public mutating func handle(line: String) -> (command: Command?, reply: String?) {
        let word = line.trimmingSpaces().lowercased()
        if confirming != nil {
            guard word == "y" || word == "n" else { return (nil, question.map { "Type y or n. " + $0 }) }
            return (handle(.character(word == "y" ? "y" : "n")), nil)
        }
        switch word {
        case "": return (nil, nil)
        case "r" where revealed: return (nil, "Revealed already; q ends the meeting.")
        case "a" where waiting.isEmpty, "d" where waiting.isEmpty: return (nil, "Nobody is waiting to be let in.")
        case "r", "q", "a", "d":
            let command = word.first.flatMap { handle(.character($0)) }
            return (command, question)
        case "?": return (nil, Self.plainCommands)
        default: return (nil, "Unknown command '\(TextSanitizer.sanitize(line))'. " + Self.plainCommands)
        }
    }
}
