import VerdictEngine

/// The meeting's parts of the team results screen (pure): vetoes, the decision's state
/// (accepted, an open round), a question's history in the meeting, and a member's vote.
enum TeamMeetingView {
    /// The decision's state under the verdict: accepted (with the note) and the open round.
    /// Of an open round everyone but the facilitator sees only that it is open; the
    /// facilitator sees how many voted, never what.
    static func addSteps(_ state: TeamResultsState, width: Int, to body: inout BodyDocument) {
        let decision = state.decision
        if decision.accepted {
            body.addWrapped("Decision accepted" + (decision.note.map { ": " + UIText.line($0) } ?? "."), width: width,
                            slot: .accent)
        }
        guard let round = decision.openRound, let question = state.report.worksheet.question(round.question) else { return }
        var text = "Re-vote open on “\(UIText.line(question.prompt))”"
        if state.role == .facilitator {
            text += ": \(round.votes.count) of \(round.before.count) voted — r reveals the round"
        } else if let name = state.memberName, !round.includes(name) {
            text += ": those who answered it vote again; you did not, so you watch"
        } else {
            text += ": members answer again, privately"
        }
        body.addWrapped(text, width: width, slot: .warning)
    }

    /// Vetoes first: must-have answers that rule an option out for someone.
    static func addVetoes(_ report: TeamReport, width: Int, to body: inout BodyDocument) {
        guard !report.vetoes.isEmpty else { return }
        body.add(.blank)
        body.add(StyledLine("Vetoes: must-have answers that rule an option out for someone", .title))
        for sentence in TeamVeto.sentences(report.vetoes, worksheet: report.worksheet, clean: UIText.line) {
            body.addWrapped(sentence, width: width, indent: 2, slot: .warning)
        }
        body.add(.blank)
    }

    /// How the meeting dealt with one question: the answers first given, each revealed
    /// re-vote (who did not vote kept their answer), and the agreed answer.
    static func addHistory(of questionID: String, _ state: TeamResultsState, width: Int, to body: inout BodyDocument) {
        guard let history = state.histories.first(where: { $0.question.id == questionID }) else { return }
        body.add(.blank)
        body.add(StyledLine("In this meeting", .title))
        for line in history.lines { body.addWrapped(UIText.line(line), width: width, indent: 2, slot: .muted) }
        if let agreed = history.agreed {
            body.addWrapped("Agreed: " + UIText.line(history.label(agreed)) + " (counts for everyone)", width: width,
                            indent: 2, slot: .accent)
        }
    }

    /// A member's vote in the open round: the question, its answers with the member's
    /// highlight and vote, then its help (below, so the answers stay on a small screen) —
    /// nothing of anyone else's.
    static func vote(_ state: TeamResultsState, width: Int) -> BodyDocument {
        var body = BodyDocument()
        guard let question = state.openQuestion else { return body }
        let mine = state.memberName.flatMap { state.decision.openRound?.votes[$0] }
        body.addWrapped("Re-vote: answer again, privately; nothing is shown until the facilitator reveals the round.",
                        width: width, slot: .warning)
        body.add(.blank)
        body.addWrapped(UIText.line(question.prompt), width: width, slot: .title)
        body.add(.blank)
        var focus: Range<Int>?
        for (index, answer) in question.answers.enumerated() {
            let highlighted = index == state.voteCursor
            if highlighted { focus = body.lines.count..<(body.lines.count + 1) }
            let text = (highlighted ? "› " : "  ") + "\(index + 1). " + UIText.line(answer.label)
            var line = StyledLine(text, highlighted ? .selected : .normal, rowSlot: highlighted ? .selected : nil)
            if answer.id == mine { line.add("  ✓ your vote", .accent) }
            body.add(line)
        }
        if !question.help.isEmpty {
            body.add(.blank)
            body.addWrapped(UIText.line(question.help), width: width, indent: 2, slot: .muted)
        }
        body.focus = focus
        return body
    }
}
