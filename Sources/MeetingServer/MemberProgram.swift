import VerdictEngine
import VerdictUI

/// One member's screen program (pure: keys in, requests to the room out, `render` draws).
///
/// A member names themself, walks the whole worksheet with the `verdict run` session (help,
/// importance, back, skip, review, results), privately; after the reveal they browse the
/// team's results. Keys that would reach the host (export paths, Ctrl-Z) do nothing here,
/// and quitting only leaves the meeting.
struct MemberProgram: Sendable {
    /// Where the member is.
    enum Stage: Sendable {
        /// Choosing a name.
        case naming(NamePrompt)
        /// Named, waiting for the facilitator to let them in (`--admit`).
        case waitingAdmission(name: String)
        /// Answering (their own session).
        case answering
        /// The reveal: the team's results.
        case revealed(TeamResultsState)
        /// Out of the meeting, with the reason shown.
        case ended(String)
    }

    /// What the member asks the room to do.
    enum Request: Equatable, Sendable {
        /// Take this name (answered with ``MemberProgram/joined(name:responses:questionID:ready:)``
        /// or ``MemberProgram/refused(_:)``).
        case claim(String)
        /// Keep these answers (after every answer, skip and importance change).
        case save(Responses, questionID: String?)
        /// The member reached their results: ready for the reveal.
        case ready(Responses)
        /// The member left their results for the review or a question: not ready any more.
        case notReady
        /// Close the connection (the member's answers stay).
        case leave
        /// The member went back to the list of names before answering: the name is free again.
        case release
        /// The member's vote in the open round (hidden from everyone until revealed).
        case vote(question: String, answer: String)
        /// Ask the room what this member's screen should show now (after a size event,
        /// which is also how the room nudges a member's runtime).
        case sync
    }

    let worksheet: Worksheet
    let theme: Theme
    /// The names to choose from (`--members`; empty: typed).
    let roster: [String]
    private(set) var stage: Stage
    /// The member's own walk through the worksheet (nil until they joined).
    private(set) var session: SessionState?
    /// The member's name, once the room took it.
    private(set) var name: String?
    /// The line the room wants shown on the member's top row (e.g. how many are ready).
    var banner: String?
    /// The terminal's size, as last reported.
    private(set) var size = (width: 80, height: 24)

    init(worksheet: Worksheet, theme: Theme, roster: [String], taken: Set<String> = []) {
        self.worksheet = worksheet
        self.theme = theme
        self.roster = roster
        stage = .naming(NamePrompt(choices: roster, taken: taken))
    }

    // MARK: - From the room

    /// The room gave the member a slot, with the answers it holds for it (a member who was
    /// ready comes back to their results).
    mutating func joined(name: String, responses: Responses, questionID: String?, ready: Bool = false) {
        self.name = name
        var responses = responses
        responses.respondent = name
        var state = SessionState(worksheet: worksheet, responses: responses, resumeAt: questionID)
        state.keyMap = Self.keyMap
        state.exportStatus = "saved on the host"  // the room writes NAME.json when they reach it
        state.quitWords = ["Leave the meeting? y/n", "Your answers are kept on the host; join again the same way to go on."]
        if ready { Session.openResults(&state) }
        let sessionSize = Self.sessionSize(size)
        _ = Session.update(&state, .resize(width: sessionSize.width, height: sessionSize.height))
        session = state
        if case .revealed = stage { return }
        stage = .answering
    }

    /// The room did not take the name (taken, or refused by the facilitator).
    mutating func refused(_ reason: String, roster: [String], taken: Set<String> = []) {
        var prompt = NamePrompt(choices: roster, taken: taken)
        prompt.notice = reason
        stage = .naming(prompt)
    }

    /// Roster names connected members hold now, for the name list (nothing once named).
    mutating func namesTaken(_ taken: Set<String>) {
        guard case var .naming(prompt) = stage, prompt.taken != taken else { return }
        prompt.update(taken: taken)
        stage = .naming(prompt)
    }

    /// Waiting for the facilitator to admit the member.
    mutating func awaitAdmission(name: String) { stage = .waitingAdmission(name: name) }

    /// The reveal, or what the facilitator decided since (the member keeps their place).
    mutating func reveal(_ results: TeamResultsState) {
        switch stage {
        case .ended: return
        case var .revealed(shown) where shown.responses == results.responses:
            shown.adopt(results.decision)
            stage = .revealed(shown)
        default:
            var results = results
            results.hostKeys = false
            stage = .revealed(results)
        }
    }

    /// A member's keys: `verdict run`'s without those that would write on the host or
    /// suspend it, and without the name key (a member's name is the one they joined with),
    /// so they do nothing and neither the footer nor F1 offers them; Esc on the welcome
    /// screen goes back to choosing a name.
    static let keyMap: KeyMap = {
        var map = KeyMap.standard.without([.exportJSON, .exportMarkdown, .suspend, .editName])
        let start = map.bindings.firstIndex { $0.action == .start } ?? 0
        map.bindings.insert(KeyBinding([.escape], label: "Esc", short: "other name",
                                       long: "Back to choosing your name, to pick another (only before your first answer).",
                                       action: .otherName, contexts: [.welcome]), at: start + 1)
        return map
    }()

    /// The meeting is over for this member.
    mutating func end(_ reason: String) { stage = .ended(reason) }

    // MARK: - Keys

    /// Applies one key.
    mutating func handle(_ key: Key) -> [Request] {
        switch stage {
        case var .naming(prompt):
            let outcome = prompt.handle(key)
            stage = .naming(prompt)
            switch outcome {
            case .none: return []
            case let .claim(name): return [.claim(name)]
            case .leave: return [.leave]
            }
        case .waitingAdmission:
            return key == .control("c") ? [.leave] : []
        case .answering:
            return answer(key)
        case var .revealed(results):
            _ = TeamResults.update(&results, .resize(width: size.width, height: size.height))
            let effects = TeamResults.update(&results, .key(key))
            stage = .revealed(results)
            return effects.compactMap { effect in
                switch effect {
                case .quit: .leave
                case let .vote(question, answer): .vote(question: question, answer: answer)
                default: nil
                }
            }
        case .ended:
            return [.leave]
        }
    }

    private mutating func answer(_ key: Key) -> [Request] {
        guard var state = session else { return [] }
        if state.keyMap.action(for: key, in: state.keyContext) == .otherName, state.responses.answers.isEmpty {
            // The wrong name picked: back to the list while nothing is answered under it.
            (session, name, stage) = (nil, nil, .naming(NamePrompt(choices: roster)))
            return [.release]
        }
        let wasReady = Self.isReady(state.screen)
        let effects = Session.update(&state, .key(key))
        session = state
        var requests: [Request] = []
        for effect in effects {
            switch effect {
            case let .autosave(responses, questionID): requests.append(.save(named(responses), questionID: questionID))
            case .quit: requests.append(.leave)
            case .export, .rename, .suspend, .bell: break
            }
        }
        if Self.isReady(state.screen) != wasReady { requests.append(wasReady ? .notReady : .ready(named(state.responses))) }
        return requests
    }

    /// A member is ready while on their results (a what-if trial included).
    static func isReady(_ screen: Screen) -> Bool { screen == .results || screen == .whatIf }

    private func named(_ responses: Responses) -> Responses {
        var responses = responses
        responses.respondent = name ?? ""
        return responses
    }

    /// The terminal changed size.
    mutating func resize(width: Int, height: Int) {
        size = (width, height)
        guard var state = session else { return }
        let sessionSize = Self.sessionSize(size)
        _ = Session.update(&state, .resize(width: sessionSize.width, height: sessionSize.height))
        session = state
    }

    // MARK: - Drawing

    /// The member's screen at a size.
    func render(width: Int, height: Int) -> CellGrid {
        let width = max(1, width), height = max(1, height)
        switch stage {
        case let .naming(prompt):
            return prompt.render(title: worksheet.title, width: width, height: height)
        case let .waitingAdmission(name):
            return message(["Hello, \(TextSanitizer.sanitize(name)).", "The facilitator will let you in in a moment."], width, height)
        case .answering:
            guard let session else { return CellGrid(width: width, height: height) }
            let sessionSize = Self.sessionSize((width, height))
            var grid = ScreenRenderer.render(session, width: width, height: sessionSize.height)
                .adding(rows: height - sessionSize.height)
            guard let banner else { return grid }
            let line = "Meeting · " + TextSanitizer.sanitize(banner)
            if sessionSize.height < height {
                grid.put(line, row: height - 1, column: 1, slot: .warning)
            } else if let rule = (0..<height).last(where: { grid.line($0).hasPrefix("──") }), grid.line(rule + 1).isEmpty {
                // At the minimum size the meeting's line takes the status row below the body's
                // rule while no notice holds it.
                grid.put(line, row: rule + 1, column: 1, slot: .warning, limit: width - 2)
            }
            return grid
        case let .revealed(results):
            return TeamResultsRenderer.render(results, width: width, height: height)
        case let .ended(reason):
            return message([TextSanitizer.sanitize(reason), "Press any key to close."], width, height)
        }
    }

    /// The size the member's own session is drawn at: all rows but the last, which is the
    /// meeting's own (how many are ready), when the rest still fits the session's minimum
    /// (at the minimum the meeting's line goes on the session's empty status row).
    static func sessionSize(_ size: (width: Int, height: Int)) -> (width: Int, height: Int) {
        let shorter = (width: size.width, height: size.height - 1)
        let fits = shorter.width >= Session.minimumSize.width && shorter.height >= Session.minimumSize.height
        return fits ? shorter : size
    }

    private func message(_ lines: [String], _ width: Int, _ height: Int) -> CellGrid {
        var grid = CellGrid(width: width, height: height)
        grid.put("Verdict meeting · " + TextSanitizer.sanitize(worksheet.title), row: 0, column: 1, slot: .title)
        for (index, line) in lines.enumerated() { grid.put(line, row: 2 + index, column: 1) }
        return grid
    }
}
