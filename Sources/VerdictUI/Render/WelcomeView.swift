import VerdictEngine

/// The welcome screen: title, description, options, size of the worksheet, a short guide
/// to the keys (generated from the key map).
enum WelcomeView {
    static func document(_ state: SessionState, width: Int) -> BodyDocument {
        let worksheet = state.worksheet
        var body = BodyDocument()
        body.scroll = state.scroll
        body.addWrapped(UIText.sanitize(worksheet.title), width: width, slot: .title)
        body.add(StyledLine("Worksheet \(UIText.line(worksheet.id)), version \(UIText.line(worksheet.version))", .muted))
        body.add(.blank)
        // The status row says "Press Enter to start." here (ScreenRenderer); with a box open it shows the notice.
        if let notice = state.notice, state.overlay == nil {
            body.addWrapped(UIText.sanitize(notice), width: width, slot: state.noticeIsError ? .error : .accent)
            body.add(.blank)
        }
        body.addWrapped(UIText.sanitize(worksheet.description), width: width)
        body.add(.blank)
        body.add(StyledLine("Options", .title))
        for option in worksheet.options {
            let summary = UIText.line(option.summary)
            let text = "• " + UIText.line(option.name) + (summary.isEmpty ? "" : " — " + summary)
            for (index, line) in WordWrapper.wrap(text, width: width - 2).enumerated() {
                body.add(StyledLine((index == 0 ? "" : "  ") + line))
            }
        }
        body.add(.blank)
        let sections = worksheet.sections.count
        let total = worksheet.questions.count
        let visible = state.report.visibleQuestions.count
        var count = "\(total) question\(total == 1 ? "" : "s") in \(sections) section\(sections == 1 ? "" : "s")"
        if visible < total { count += " (\(visible) shown now; others appear depending on your answers)" }
        if let reason = state.unsavedReason {
            body.addWrapped(count + ".", width: width)
            body.addWrapped("Answers cannot be saved (" + UIText.line(reason) + "); they are kept only until you quit.",
                            width: width, slot: .error)
        } else {
            body.addWrapped(count + ". Answers are saved as you go.", width: width)
        }
        ResultsView.addName(state, width: width, to: &body)
        body.add(.blank)
        body.add(StyledLine("Keys on each question", .title))
        // Joined by hand: `joined(separator:)` looks up its element's conformances by
        // scanning the binary's records on first use, before the first frame (DESIGN §2b).
        var guide = ""
        for binding in state.keyMap.footer(for: .question) {
            if !guide.isEmpty { guide += " · " }
            guide += binding.label + " " + binding.short
        }
        body.addWrapped(Charset.text(guide), width: width, slot: .muted)
        body.add(.blank)
        var start = StyledLine("Press ", .normal)
        start.add("Enter", .key)
        start.add(" to start, ", .normal)
        start.add("F1", .key)
        start.add(" for every key, ", .normal)
        start.add("q", .key)
        start.add(" to quit.", .normal)
        body.add(start)
        return body
    }
}
