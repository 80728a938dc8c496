import VerdictEngine

/// Everything an interactive session knows: the worksheet, the answers and where the user
/// is. Changed only by ``Session/update(_:_:)``; drawn by ``ScreenRenderer``.
public struct SessionState: Sendable {
    // MARK: - Data

    /// The worksheet being answered.
    public let worksheet: Worksheet
    /// The answers so far.
    public internal(set) var responses: Responses
    /// The key map the session interprets keys with (a meeting member's lacks the keys
    /// that would act on the host, ``KeyMap/without(_:)``).
    public var keyMap: KeyMap

    // MARK: - Where the user is

    /// The current screen.
    public internal(set) var screen: Screen
    /// The layer over the screen that has the keys, if any.
    public internal(set) var overlay: Overlay?
    /// The question shown on the question screen.
    public internal(set) var questionID: String?
    /// The highlighted answer on the question screen.
    public internal(set) var answerCursor: Int
    /// Whether the help text ("why it matters") is shown.
    public internal(set) var showsHelpText: Bool
    /// Whether the live score panel is shown (off by default).
    public internal(set) var showsScores: Bool
    /// The highlighted row on the review screen (the last row is "See results").
    public internal(set) var reviewCursor: Int
    /// True while editing an answer picked from the review: answering returns there.
    public internal(set) var returnsToReview: Bool
    /// The screen the review was opened from, where Esc (or r) returns.
    public internal(set) var reviewOpenedFrom = Screen.results
    /// First body line shown on the screens that scroll as a page (welcome, results).
    public internal(set) var scroll: Int
    /// First line of the keys overlay shown (scrolling).
    public internal(set) var overlayScroll: Int
    /// The unfinished session offered on the resume screen.
    public internal(set) var resumeOffer: ResumeOffer?
    /// The what-if trial, while on the what-if screen.
    public internal(set) var whatIf: WhatIfTrial?

    // MARK: - Status

    /// A one-line message for the status line.
    public internal(set) var notice: String?
    /// Whether the notice reports a failure (drawn in the error slot).
    public internal(set) var noticeIsError: Bool
    /// True when the current answers have been exported (quitting needs no confirmation).
    public internal(set) var isExported: Bool
    /// Where the run writes the result when it ends (`--output`), if anywhere: the quit
    /// question and the results header say so instead of "not exported".
    public var output: String?
    /// What the results header says about the export instead ("saved on the host" on a
    /// meeting member's screen, whose result the meeting writes), if anything.
    public var exportStatus: String?
    /// The quit question's words instead of "Quit without exporting?" (a meeting member's,
    /// who only leaves): the question, then what happens to the answers.
    public var quitWords: [String]?
    /// Why the answers are not being saved (the state folder cannot be written, autosave is
    /// off, a save failed), or nil while they are: the welcome screen, the status row and
    /// the quit question then say that quitting loses what is not exported.
    public var unsavedReason: String?
    /// The format of the export in flight, for retrying after `.exportFailed`.
    public internal(set) var pendingExport: ExportFormat?
    /// The last size reported by `.resize` (the renderer is given its size directly).
    public internal(set) var size: (width: Int, height: Int)

    // MARK: - Derived (kept current by `update`)

    /// The score of the current answers.
    public internal(set) var report: ScoreReport
    /// Robustness and pivotal answers, computed when the results are shown (the analysis
    /// re-scores once per alternative answer, too much to repeat on every key).
    var insight: ResultsInsight
    /// The answers `insight` was computed for.
    var insightSource: Responses?

    // MARK: - Creating

    /// Creates a session; with `resumeAt` naming a visible question it opens on that
    /// question, with an offer on the resume question, otherwise on the welcome screen.
    public init(
        worksheet: Worksheet, responses: Responses = Responses(), resumeAt questionID: String? = nil,
        offering offer: ResumeOffer? = nil, notice: String? = nil, keys: KeyStyle = .standard
    ) {
        self.worksheet = worksheet
        self.responses = responses
        self.keyMap = KeyMap(style: keys)
        self.screen = .welcome
        self.overlay = nil
        self.questionID = nil
        self.answerCursor = 0
        self.showsHelpText = false
        self.showsScores = false
        self.reviewCursor = 0
        self.returnsToReview = false
        self.scroll = 0
        self.overlayScroll = 0
        self.whatIf = nil
        self.resumeOffer = offer
        self.notice = notice
        self.noticeIsError = false
        self.isExported = false
        self.pendingExport = nil
        self.size = (80, 24)
        let scorer = Scorer(worksheet: worksheet)
        self.scorer = scorer
        self.report = scorer.score(responses)
        self.insight = ResultsInsight(robustness: "", pivotal: [], settle: [])
        self.insightSource = nil
        if offer != nil {
            screen = .resume
        } else if let questionID, let question = worksheet.question(questionID), scorer.isVisible(question, responses) {
            enter(question: questionID)
        }
    }

    // MARK: - Queries

    /// The scorer for this worksheet, compiled once per session (compiling walks every
    /// question, too much to repeat for each visibility check).
    let scorer: Scorer

    /// The questions visible under the current answers.
    public var visibleQuestions: [Question] { scorer.visibleQuestions(responses) }

    /// The question on screen, if the screen is the question screen.
    public var currentQuestion: Question? { questionID.flatMap { worksheet.question($0) } }

    /// Where the current question is among the visible ones: (1-based number, count).
    public var progress: (number: Int, count: Int) {
        let visible = report.visibleQuestions
        let index = questionID.flatMap { visible.firstIndex(of: $0) } ?? 0
        return (index + 1, visible.count)
    }

    /// The context the keys are interpreted in: the overlay's, else the screen's.
    public var keyContext: KeyContext {
        switch overlay {
        case .keys: .keysOverlay
        case .quitConfirm: .quitConfirm
        case .pathPrompt: .pathPrompt
        case .namePrompt: .namePrompt
        case nil: KeyContext(screen)
        }
    }

    // MARK: - Changes

    /// Shows a question, with the cursor on its current answer.
    mutating func enter(question id: String) {
        screen = .question
        questionID = id
        showsHelpText = false
        let answer = responses.answers[id]
        answerCursor = worksheet.question(id)?.answers.firstIndex { $0.id == answer } ?? 0
    }

    /// Sets a notice for the status line.
    mutating func say(_ text: String?, isError: Bool = false) {
        notice = text
        noticeIsError = isError
    }

    /// Replaces the answers and refreshes everything derived from them.
    mutating func replaceResponses(_ new: Responses) {
        responses = new
        isExported = false
        refreshDerived()
    }

    /// Recomputes the report.
    mutating func refreshDerived() {
        report = scorer.score(responses)
    }

    /// Recomputes the insight when the results are on screen and the answers changed.
    mutating func refreshInsightIfShown() {
        guard screen == .results, insightSource != responses else { return }
        insight = InsightBuilder(worksheet: worksheet).insight(for: responses, report: report)
        insightSource = responses
    }
}
