import VerdictEngine

/// The meeting's parts of the team results screen (pure): vetoes, the decision's state
/// (accepted, an open round), the agreed answers, a question's rounds, and a member's vote.
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
            text += ": \(round.votes.count) of \(state.responses.count) voted — r reveals the round"
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
        for veto in report.vetoes {
            let option = report.worksheet.option(veto.option)?.name ?? veto.option
            body.addWrapped("\(UIText.line(option)) ruled out by \(UIText.line(veto.member)): "
                + "\(UIText.line(veto.prompt)) — \(UIText.line(veto.answer))", width: width, indent: 2, slot: .warning)
        }
        body.add(.blank)
    }

    /// The answers the team agreed on in the meeting (they count for everyone).
    static func addAgreedAnswers(_ decision: MeetingDecision, _ worksheet: Worksheet, width: Int, to body: inout BodyDocument) {
        let agreed = worksheet.questions.filter { decision.agreed[$0.id] != nil }
        guard !agreed.isEmpty else { return }
        body.add(.blank)
        body.add(StyledLine("Agreed team answers (they count for everyone)", .title))
        for question in agreed {
            let label = decision.agreed[question.id].flatMap { question.answer($0)?.label } ?? ""
            body.addWrapped("✓ \(UIText.line(question.prompt)) — \(UIText.line(label))", width: width, indent: 2, slot: .accent)
        }
    }

    /// The revealed rounds of one question, oldest first.
    static func addRounds(of questionID: String, _ state: TeamResultsState, width: Int, to body: inout BodyDocument) {
        guard let question = state.report.worksheet.question(questionID) else { return }
        let rounds = state.decision.rounds.filter { $0.question == questionID && $0.revealed }
        guard !rounds.isEmpty else { return }
        body.add(.blank)
        func said(_ answers: [String: String]) -> String {
            answers.sorted { $0.key < $1.key }.map { name, answer in
                UIText.line(name) + " " + UIText.line(question.answer(answer)?.label ?? answer)
            }.joined(separator: ", ")
        }
        for (index, round) in rounds.enumerated() {
            if index == 0 { body.addWrapped("Round 1: " + said(round.before), width: width, slot: .muted) }
            body.addWrapped("Round \(index + 2): " + said(round.votes), width: width, slot: .muted)
        }
    }

    /// A member's vote in the open round: the question, its help, and its answers with
    /// the member's highlight and vote — nothing of anyone else's.
    static func vote(_ state: TeamResultsState, width: Int) -> BodyDocument {
        var body = BodyDocument()
        guard let question = state.openQuestion else { return body }
        let mine = state.memberName.flatMap { state.decision.openRound?.votes[$0] }
        body.addWrapped("Re-vote: answer again, privately; nothing is shown until the facilitator reveals the round.",
                        width: width, slot: .warning)
        body.add(.blank)
        body.addWrapped(UIText.line(question.prompt), width: width, slot: .title)
        if !question.help.isEmpty { body.addWrapped(UIText.line(question.help), width: width, indent: 2, slot: .muted) }
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
        body.focus = focus
        return body
    }
}
