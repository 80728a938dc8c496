import VerdictEngine

/// The state of a team decision meeting at one terminal (pure; see ``MeetingSession``).
///
/// The meeting walks the questions the team's agreed answers make visible. For each
/// question every member answers in turn, hidden from the others; when all have answered
/// the answers are revealed together and the facilitator sets the agreed answer. After
/// the last question the team results screen shows the merged result.
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
    /// The answers the facilitator set as the team's, question id → answer id.
    public internal(set) var agreed: [String: String]
    /// The current phase.
    public internal(set) var phase: Phase
    /// Index into ``questionIDs`` of the question on screen.
    public internal(set) var questionIndex: Int
    /// The member whose turn it is while collecting.
    public internal(set) var memberIndex: Int
    /// The highlighted answer (the member's choice, or the facilitator's on reveal).
    public internal(set) var cursor: Int
    /// A one-line message for the status row.
    public internal(set) var notice: String?
    /// The merged team result, once the meeting is over.
    public internal(set) var report: TeamReport?
    /// First visible row of the results screen.
    public internal(set) var scroll: Int

    /// Starts a meeting: the first member on the first question.
    public init(worksheet: Worksheet, members: [String]) {
        self.worksheet = worksheet
        self.members = members
        answers = Array(repeating: [:], count: members.count)
        agreed = [:]
        phase = .collecting
        questionIndex = 0
        memberIndex = 0
        cursor = 0
        notice = nil
        report = nil
        scroll = 0
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
}
