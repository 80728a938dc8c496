import VerdictEngine

/// Where the parts of a session's frame go at one size, and the body document that fills
/// it: a pure value computed from the state and the size. `render` draws with it and
/// `update` bounds scrolling with it (at the size the runtime reported), so neither calls
/// the other.
struct ScreenLayout {
    /// The chrome: header, rules, status row, footer from the key map.
    let frame: ScreenFrame
    private let state: SessionState
    private let width: Int

    /// The layout of a state at a size (at least ``ScreenFrame/minimumSize``).
    init(_ state: SessionState, width: Int, height: Int) {
        frame = ScreenFrame(keys: state.keyMap.table(for: state.keyContext), width: width, height: height)
        self.state = state
        self.width = width
    }

    /// The body document of the current screen, across the whole width.
    var body: BodyDocument { Self.document(for: state, width: width - 2) }

    /// The body rows.
    var bodyRows: Int { max(0, frame.bodyBottom - frame.bodyTop) }

    /// The largest useful page scroll (beyond the focus, when the body has one).
    var maxScroll: Int {
        var body = self.body
        body.scroll = 0
        return max(0, body.lines.count - bodyRows - ScreenRenderer.scrollOffset(body, rows: bodyRows))
    }

    /// The largest useful page scroll of a state at the size the runtime last reported
    /// (0 below the minimum size, where nothing scrolls).
    static func maxScroll(_ state: SessionState) -> Int {
        guard ScreenFrame.fits(state.size) else { return 0 }
        return ScreenLayout(state, width: state.size.width, height: state.size.height).maxScroll
    }

    private static func document(for state: SessionState, width: Int) -> BodyDocument {
        switch state.screen {
        case .resume: ResumeView.document(state, width: width)
        case .welcome: WelcomeView.document(state, width: width)
        case .question: QuestionView.document(state, width: width)
        case .review: ReviewView.document(state, width: width)
        case .results: ResultsView.document(state, width: width)
        case .whatIf: WhatIfView.document(state, width: width)
        }
    }
}
