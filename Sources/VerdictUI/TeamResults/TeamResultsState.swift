import VerdictEngine

/// The team results screen (pure; see ``TeamResults``): the team's verdict, vetoes, the
/// disagreements in order with a drill-in per question, per-option bars for the team and
/// each member, and the export prompt. Shared by `verdict meeting` (hot seat and every
/// screen of `meeting serve`) and `verdict team --tui`.
///
/// In a meeting the same screen carries the steps after the reveal (``MeetingDecision``):
/// the facilitator records agreed answers, opens and reveals re-vote rounds and accepts
/// the decision with a note; members vote privately in an open round.
public struct TeamResultsState: Sendable {
    /// Who is looking, which decides the keys.
    public enum Role: Sendable, Equatable {
        /// `verdict team --tui`: browse and export.
        case viewer
        /// The meeting's facilitator: agreed answers, re-votes, accepting.
        case facilitator
        /// A member of a served meeting (named): browse, and vote in an open round.
        case member(String)
    }

    /// Which view is on screen.
    public enum View: Sendable, Equatable {
        /// Scores, consensus and the list of disagreements.
        case overview
        /// One listed question (index into ``TeamResultsState/listed``): who answered what,
        /// the reasons behind each side, and how the meeting settled it.
        case disagreement(Int)
    }

    /// The merged result (with the meeting's decision applied).
    public internal(set) var report: TeamReport
    /// Each member's own answers (same order as the report's members), for the export.
    public let responses: [Responses]
    /// What the meeting decided so far (empty outside a meeting).
    public internal(set) var decision = MeetingDecision()
    /// Who is looking.
    public internal(set) var role = Role.viewer
    /// The highlighted answer in a member's vote (none until they move: no biased Enter).
    public internal(set) var voteCursor: Int?
    /// The note being typed when accepting the decision.
    public internal(set) var note: PathPrompt?
    /// The facilitator pressed r before everyone voted: r again reveals.
    var confirmingReveal = false
    /// The export folder offered first.
    public let defaultFolder: String
    /// The view on screen.
    public internal(set) var view: View
    /// The highlighted question (index into ``listed``).
    public internal(set) var selection: Int
    /// Rows scrolled in the current view.
    public internal(set) var scroll: Int
    /// The export folder being edited, when the prompt is open.
    public internal(set) var prompt: PathPrompt?
    /// A one-line message for the status row.
    public internal(set) var notice: String?
    /// Whether the notice is an error.
    public internal(set) var noticeIsError: Bool
    /// Where the results were last exported (a live meeting sets it: it exports by itself).
    public var exportedTo: String?
    /// Whether the list of keys is open (any key closes it).
    public internal(set) var showingKeys = false
    /// A line shown under the team's verdict (the meeting's verdict on its agreed answers).
    public var headline: String?
    /// The key bindings (config `keys`).
    public var keys = KeyStyle.standard
    /// Whether the keys that act on this machine (`e` export, Ctrl-Z) are offered: false on
    /// a live meeting's screens, which export by themselves and where members may not touch
    /// the host, so the footer and the list of keys leave them out.
    public var hostKeys = true
    /// The terminal's size as last reported (below the minimum, keys but quit and help are
    /// ignored).
    public internal(set) var size = (width: 80, height: 24)

    /// Creates the screen for a report.
    /// - Parameters:
    ///   - report: the merged result.
    ///   - responses: each member's answers, in the report's member order (for the export).
    ///   - defaultFolder: the folder offered in the export prompt.
    public init(report: TeamReport, responses: [Responses], defaultFolder: String) {
        self.report = report
        self.responses = responses
        self.defaultFolder = defaultFolder
        view = .overview
        selection = 0
        scroll = 0
        prompt = nil
        notice = nil
        noticeIsError = false
        exportedTo = nil
        headline = nil
    }

    /// A meeting's results screen: the members' own answers merged with what the meeting
    /// decided (``TeamMerger/merge(meeting:decision:file:)``).
    public static func meeting(
        worksheet: Worksheet, members: [Responses], decision: MeetingDecision, role: Role, defaultFolder: String
    ) throws -> TeamResultsState {
        let report = try TeamMerger(worksheet: worksheet).merge(meeting: members, decision: decision) { members[$0].respondent }
        var state = TeamResultsState(report: report, responses: members, defaultFolder: defaultFolder)
        state.decision = decision
        state.role = role
        return state
    }

    /// Puts an error on the status row (a served meeting's step its files could not hold).
    public mutating func showError(_ message: String) {
        notice = message
        noticeIsError = true
    }

    /// Takes a new decision (from the room or the facilitator), keeping what is on screen;
    /// a member sees only their own vote in an open round.
    public mutating func adopt(_ decision: MeetingDecision) {
        var shown = decision
        if case let .member(name) = role { shown = decision.redacted(for: name) }
        guard shown != self.decision else { return }
        // The same questions stay highlighted and open although the list changes.
        let selected = listed.indices.contains(selection) ? listed[selection].question : nil
        let open = TeamResults.highlighted(self)?.question
        if let merged = try? TeamMerger(worksheet: report.worksheet).merge(meeting: responses, decision: shown, file: { index in
            report.members.indices.contains(index) ? report.members[index].file : responses[index].respondent
        }) {
            report = merged
        }
        if shown.openRound?.question != self.decision.openRound?.question { voteCursor = nil }
        // A member's status row follows each of the facilitator's steps ("your vote is in"
        // and the like never outlive them); the facilitator's says what they did.
        if memberName != nil { notice = Self.step(from: self.decision, to: shown, report.worksheet) }
        if let revealed = Self.revealed(from: self.decision, to: shown, report.worksheet) {
            notice = (self.decision.accepted && !shown.accepted ? "Proposed again: " : "") + revealed
        }
        self.decision = shown
        let list = listed.map(\.question)
        selection = selected.flatMap { list.firstIndex(of: $0) } ?? min(selection, max(0, list.count - 1))
        if case .disagreement = view {
            view = open.flatMap { list.firstIndex(of: $0) }.map(View.disagreement) ?? .overview
        }
    }

    /// "re-vote 1: Yes 3, was Yes 2 · No 1", sanitised for the screen.
    public static func outcome(of question: String, _ decision: MeetingDecision, _ worksheet: Worksheet) -> String? {
        worksheet.question(question).flatMap { MeetingHistory($0, decision: decision) }.map { UIText.line($0.outcome) }
    }

    /// "Revealed — re-vote 1: …" when `new` revealed the round open in `old`.
    static func revealed(from old: MeetingDecision, to new: MeetingDecision, _ worksheet: Worksheet) -> String? {
        let last = old.rounds.count - 1
        guard old.openRound != nil, new.rounds.indices.contains(last), new.rounds[last].revealed,
              let outcome = outcome(of: new.rounds[last].question, new, worksheet) else { return nil }
        return "Revealed — " + outcome
    }

    /// One line on what the facilitator changed (agreed answer, acceptance), or nil.
    static func step(from old: MeetingDecision, to new: MeetingDecision, _ worksheet: Worksheet) -> String? {
        if new.accepted, !old.accepted { return "Decision accepted" + (new.note.map { ": " + UIText.line($0) } ?? ".") }
        if let (id, answer) = new.agreed.first(where: { old.agreed[$0.key] != $0.value }),
           let question = worksheet.question(id) {
            return "Agreed: " + UIText.line(question.answer(answer)?.label ?? answer) + " — " + UIText.line(question.prompt)
        }
        if old.accepted, !new.accepted { return "The decision is proposed again." }
        return nil
    }

    /// What the meeting agreed or re-voted, question by question (worksheet order).
    public var histories: [MeetingHistory] { MeetingHistory.all(decision, worksheet: report.worksheet) }

    /// Questions settled in this meeting (an agreed answer, or a re-vote) that are no
    /// longer disagreements, as the merged answers now stand.
    public var settled: [QuestionTally] {
        let open = Set(report.disagreements.map(\.question))
        return histories.filter { !open.contains($0.question.id) }.compactMap { history in
            report.tallies.first { $0.question == history.question.id }
        }
    }

    /// Every question the overview lists: the disagreements, then those settled in this meeting.
    public var listed: [QuestionTally] { report.disagreements + settled }

    /// The same results as someone else sees them: their keys, and for a member only their
    /// own vote in an open round (the votes stay on the host, in the facilitator's state).
    public func seen(by role: Role) -> TeamResultsState {
        var copy = self
        copy.role = role
        if case let .member(name) = role {
            copy.decision = decision.redacted(for: name)
            // The status row is the facilitator's (their last step, an earlier round's reveal):
            // a member (back) on the results starts with their own, empty.
            (copy.notice, copy.noticeIsError) = (nil, false)
            // One who joined without answering (or after the reveal) is told why the result is not theirs.
            if !responses.contains(where: { PersonName.same($0.respondent, name) }) {
                copy.headline = "Revealed before you answered: you are watching; the result is the others'."
            }
        }
        copy.voteCursor = nil
        copy.note = nil
        return copy
    }

    /// The member's name when a member is looking.
    public var memberName: String? {
        if case let .member(name) = role { return name }
        return nil
    }

    /// The question of the open round, when one is open.
    public var openQuestion: Question? { decision.openRound.flatMap { report.worksheet.question($0.question) } }

    /// Whether the member is looking at their vote (a round is open, they are in the result
    /// and had answered its question: an observer, one who joined without answering, or one
    /// for whom the question is hidden, watches).
    public var voting: Bool {
        guard let memberName, openQuestion != nil, responses.contains(where: { PersonName.same($0.respondent, memberName) })
        else { return false }
        return decision.openRound?.includes(memberName) == true
    }

    /// Puts a one-line message on the status row (a served meeting's news for the facilitator).
    public mutating func showNotice(_ message: String) {
        notice = message
        noticeIsError = false
    }

    /// `./verdict-meeting-<worksheet-id>/`, the meeting's default export folder.
    public static func meetingFolder(worksheetID: String) -> String { "./verdict-meeting-\(worksheetID)/" }
}

/// Something that happened to the team results screen.
public enum TeamResultsEvent: Sendable, Equatable {
    /// A key press.
    case key(Key)
    /// The terminal's size (before the first frame and on every resize).
    case resize(width: Int, height: Int)
    /// The export finished: the folder and every file written.
    case exported(folder: String, files: [String])
    /// The export failed; the prompt reopens with the message.
    case exportFailed(folder: String, message: String)
}

/// What the team results screen asks its runtime to do.
public enum TeamResultsEffect: Sendable, Equatable {
    /// Write the members' result JSONs, `team.json` and `decision.md` into the folder
    /// (one layout for every team export: ``TeamExport``); `responses` are the members'
    /// own answers, `decision` what the meeting decided.
    case export(folder: String, responses: [Responses], decision: MeetingDecision)
    /// The facilitator changed the decision (agreed answer, round opened or revealed,
    /// accepted): save it, re-export, and show it on every screen.
    case decided(MeetingDecision)
    /// A member voted in the open round (the room keeps it hidden until the reveal).
    case vote(question: String, answer: String)
    /// Leave the screen.
    case quit(QuitReason)
    /// Ctrl-Z.
    case suspend
    /// A key that does nothing here.
    case bell
}

extension TeamResultsEffect: ProgramEffect {
    /// Quit, suspend and bell are the runtime's; export the handler's.
    public var command: RuntimeCommand? {
        switch self {
        case let .quit(reason): .quit(reason)
        case .suspend: .suspend
        case .bell: .bell
        case .export, .decided, .vote: nil
        }
    }
}
