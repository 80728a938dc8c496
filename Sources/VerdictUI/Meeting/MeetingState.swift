import VerdictEngine

/// The state of a team decision meeting at one terminal (pure; see ``MeetingSession``).
///
/// The meeting walks the questions the team's agreed answers make visible. For each
/// question every member answers in turn, hidden from the others; when all have answered
/// the answers are revealed together and the facilitator sets the agreed answer. After
/// the last question the team results screen (``TeamResultsState``) shows the merged result.
public struct MeetingState: Sendable {
    /// Where the meeting is.
    public enum Phase: Sendable, Equatable {
        /// Members are answering the current question, hidden from each other.
        case collecting
        /// Everyone has answered the current question; answers are shown.
        case revealed
        /// Every question is done: the team results screen.
        case results
    }

    /// The worksheet discussed.
    public let worksheet: Worksheet
    /// The members, in answering order.
    public let members: [String]
    /// Each member's answers so far (hidden until their question is revealed).
    public internal(set) var answers: [[String: String]]
    /// Each member's importance per question (absent: normal), set with `+`/`-` on their turn.
    public internal(set) var importance: [[String: Double]]
    /// What the meeting decided: agreed answers, re-vote rounds, acceptance (``MeetingDecision``).
    public internal(set) var decision = MeetingDecision()
    /// The answers the facilitator set as the team's, question id → answer id.
    public internal(set) var agreed: [String: String] {
        get { decision.agreed }
        set { decision.agreed = newValue }
    }
    /// Whether the question on screen is a re-vote from the results screen (deciding it
    /// returns there).
    var revoteFromResults = false
    /// The current phase.
    public internal(set) var phase: Phase
    /// Index into ``questionIDs`` of the question on screen.
    public internal(set) var questionIndex: Int
    /// The member whose turn it is while collecting.
    public internal(set) var memberIndex: Int
    /// The highlighted answer (the member's choice, or the facilitator's on reveal); -1:
    /// none, so a quick Enter picks nothing (each turn starts so, and a tied reveal).
    public internal(set) var cursor: Int
    /// A one-line message for the status row.
    public internal(set) var notice: String?
    /// The members who answered the current question, in the order they did (for undo).
    public internal(set) var answerOrder: [Int] = []
    /// Whether the list of keys is open (any key closes it).
    public internal(set) var showingKeys = false
    /// The terminal's size as last reported (below the minimum, keys but quit and help are
    /// ignored), passed on to the team results screen.
    public internal(set) var size = (width: 80, height: 24) {
        didSet { results?.size = size }
    }
    /// The key bindings (config `keys`), passed on to the team results screen.
    public var keys = KeyStyle.standard {
        didSet { results?.keys = keys }
    }
    /// An unfinished meeting offered on the first screen (y resumes it, n starts this one).
    public internal(set) var resumeOffer: ResumeOffer?
    /// The export folder offered on the results screen.
    public let exportFolder: String
    /// The team results screen, once the meeting is over (or when it could not be merged: nil).
    public internal(set) var results: TeamResultsState?

    /// Starts a meeting: the first member on the first question, or first the question
    /// whether to resume `offer` (a meeting's ``ResumeOffer``).
    public init(
        worksheet: Worksheet, members: [String], notice: String? = nil, exportFolder: String? = nil,
        offering offer: ResumeOffer? = nil
    ) {
        self.worksheet = worksheet
        self.members = members
        answers = Array(repeating: [:], count: members.count)
        importance = Array(repeating: [:], count: members.count)
        phase = .collecting
        questionIndex = 0
        memberIndex = 0
        cursor = -1
        self.notice = nil
        results = nil
        self.exportFolder = exportFolder ?? TeamResultsState.meetingFolder(worksheetID: worksheet.id)
        if questionIDs.isEmpty { MeetingSession.finish(&self) }
        self.notice = notice ?? self.notice
        resumeOffer = offer?.meeting == nil ? nil : offer
    }

    /// Resumes a meeting from saved progress (already checked against the worksheet):
    /// the saved question, with its reveal when everyone has answered it.
    public init(worksheet: Worksheet, progress: MeetingProgress, notice: String? = nil, exportFolder: String? = nil) {
        self.init(worksheet: worksheet, members: progress.members, exportFolder: exportFolder)
        answers = (0..<members.count).map { $0 < progress.answers.count ? progress.answers[$0] : [:] }
        importance = (0..<members.count).map { $0 < progress.importance.count ? progress.importance[$0] : [:] }
        decision = progress.decision
        results = nil
        let ids = questionIDs
        if let current = progress.questionID, let index = ids.firstIndex(of: current) {
            questionIndex = index
            phase = .collecting
            if (0..<members.count).allSatisfy(hasAnswered) {
                phase = .revealed
                cursor = MeetingSession.commonestAnswerIndex(self)
            } else {
                memberIndex = (0..<members.count).first { !hasAnswered($0) } ?? 0
            }
            // A round on a question while every other one is answered by everyone was
            // opened from the results screen: deciding it returns there.
            revoteFromResults = decision.openRound?.question == current
                && ids.allSatisfy { id in id == current || answers.allSatisfy { $0[id] != nil } }
        } else {
            questionIndex = ids.count
            MeetingSession.finish(&self)
        }
        self.notice = notice ?? self.notice
    }

    // MARK: - Derived

    /// The questions the team's agreed answers make visible, in worksheet order.
    public var questionIDs: [String] {
        Scorer(worksheet: worksheet).visibleQuestions(Responses(answers: agreed)).map(\.id)
    }

    /// The question on screen (nil on the results screen).
    public var question: Question? {
        let ids = questionIDs
        guard phase != .results, questionIndex < ids.count else { return nil }
        return worksheet.question(ids[questionIndex])
    }

    /// Whether a member has answered the current question.
    public func hasAnswered(_ member: Int) -> Bool {
        guard let question, member < answers.count else { return false }
        return answers[member][question.id] != nil
    }

    /// The merged team result, once the meeting is over.
    public var report: TeamReport? { results?.report }

    /// What to autosave.
    public var progress: MeetingProgress {
        MeetingProgress(members: members, answers: answers, decision: decision, questionID: question?.id, importance: importance)
    }

    /// Each member's answers as ``Responses`` (respondent = the member's name).
    public var memberResponses: [Responses] {
        members.enumerated().map { index, name in
            Responses(respondent: name, answers: answers[index], importance: importance[index])
        }
    }
}
