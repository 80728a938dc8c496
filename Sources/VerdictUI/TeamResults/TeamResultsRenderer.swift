import VerdictEngine

/// Draws the team results screen into a grid. Pure.
///
/// Layout as in `verdict run`: a header and a rule, the scrolling body, a rule, a status
/// row, and footer rows generated from ``TeamResultsKeys``. The export prompt is a box
/// over the body.
public enum TeamResultsRenderer {
    /// Renders one frame.
    public static func render(_ state: TeamResultsState, width: Int, height: Int) -> CellGrid {
        guard ScreenFrame.fits((width, height)) else { return ScreenFrame.tooSmall(width: width, height: height) }
        var grid = CellGrid(width: width, height: height)
        let frame = ScreenFrame(keys: TeamResultsKeys.table(for: state), width: width, height: height)
        let bodyBottom = frame.bodyBottom
        let members = state.report.members.count
        let right = "\(members) member\(members == 1 ? "" : "s") · " + (state.exportedTo == nil ? "not exported" : "exported")
        frame.draw(title: "Verdict · Team result · " + state.report.worksheet.title, status: StyledLine(right, .muted),
                   notice: state.notice, noticeIsError: state.noticeIsError, into: &grid)
        ScreenRenderer.drawBody(document(state, width: width - 2), into: &grid, top: frame.bodyTop, bottom: bodyBottom,
                                width: width)
        if let prompt = state.prompt { drawPrompt(prompt, into: &grid, top: 2, bottom: bodyBottom) }
        if let note = state.note {
            OverlayView.drawPathPrompt(note, title: "Accept the decision", intro: [
                StyledLine("An optional note for the decision record (Enter: accept).", .normal),
                StyledLine("It is written into decision.md and team.json.", .muted),
            ], into: &grid, top: 2, bottom: bodyBottom)
        }
        if state.showingKeys {
            OverlayView.drawKeys(TeamResultsKeys.table(for: state), title: "Keys · any key closes", into: &grid, top: 2,
                                 bottom: bodyBottom)
        }
        return grid
    }

    /// The first body row on screen, the one it would be with the highlighted row followed
    /// (`scroll` -1), and the last a scroll can reach, at the size last reported: where the
    /// arrows and page keys scroll from (``TeamResults``).
    static func scrollRows(_ state: TeamResultsState) -> (shown: Int, following: Int, last: Int) {
        guard ScreenFrame.fits(state.size) else { return (0, 0, 0) }
        let (width, height) = state.size
        let frame = ScreenFrame(keys: TeamResultsKeys.table(for: state), width: width, height: height)
        let rows = max(0, frame.bodyBottom - frame.bodyTop)
        var following = state
        following.scroll = -1
        let body = document(state, width: width - 2)
        return (ScreenRenderer.scrollOffset(body, rows: rows), ScreenRenderer.scrollOffset(document(following, width: width - 2), rows: rows),
                max(0, body.lines.count - rows))
    }

    // MARK: - Bodies

    /// The body of the current view.
    static func document(_ state: TeamResultsState, width: Int) -> BodyDocument {
        if state.voting { return TeamMeetingView.vote(state, width: width) }
        return switch state.view {
        case .overview: overview(state, width: width)
        case let .disagreement(index): detail(state, index: index, width: width)
        }
    }

    private static func overview(_ state: TeamResultsState, width: Int) -> BodyDocument {
        let report = state.report
        var body = BodyDocument()
        body.add(verdictLine(report))
        if let headline = state.headline { body.add(StyledLine(UIText.line(headline), .accent)) }
        TeamMeetingView.addSteps(state, width: width, to: &body)
        TeamMeetingView.addVetoes(report, width: width, to: &body)
        if report.disagreements.isEmpty {
            body.addWrapped("No disagreements: everyone who answered a question answered it alike.", width: width, slot: .accent)
        } else {
            body.addWrapped("Disagreements, most important first (Enter: who answered what)", width: width, slot: .title)
        }
        // Then what the meeting settled (an agreed answer or a re-vote), with its outcome,
        // so a question that stopped being a disagreement stays in sight; a re-voted
        // question still split shows its outcome in its row too.
        let outcomes = Dictionary(uniqueKeysWithValues: state.histories.map { ($0.question.id, UIText.line($0.outcome)) })
        for (index, tally) in state.listed.enumerated() {
            if index == report.disagreements.count {
                body.add(.blank)
                body.add(StyledLine("Settled in this meeting (Enter: each round)", .title))
            }
            let detail = outcomes[tally.question]
                ?? tally.groups.map { "\(UIText.line($0.label)) \($0.members.count)" }.joined(separator: " · ")
            if index == state.selection, state.scroll < 0 { body.focus = body.lines.count..<(body.lines.count + 1) }
            body.add(row(index: index, prompt: tally.prompt, detail: detail, selected: index == state.selection, width: width))
        }
        body.add(.blank)
        body.addWrapped(consensusText(report), width: width, slot: .normal)
        body.add(StyledLine("Scores: the team's mean, then each member", .title))
        body.lines += scoreLines(report, width: width)
        body.add(.blank)
        let agreed = report.agreed.count
        body.add(StyledLine("Agreed on \(agreed) question\(agreed == 1 ? "" : "s").", .muted))
        body.scroll = max(0, state.scroll)
        return body
    }

    /// One row of the overview's lists: the prompt gets at least a third of the row; the
    /// detail the rest, ending in "…" when it does not fit (Enter shows it whole).
    private static func row(index: Int, prompt: String, detail: String, selected: Bool, width: Int) -> StyledLine {
        let prefix = (selected ? "› " : "  ") + "\(index + 1). "
        let fullPrompt = UIText.line(prompt)
        let third = (width - DisplayWidth.of(prefix)) / 3
        let room = max(min(DisplayWidth.of(fullPrompt), third), width - DisplayWidth.of(prefix) - DisplayWidth.of(detail) - 3)
        let shown = WordWrapper.truncate(fullPrompt, width: room)
        let pad = String(repeating: " ", count: max(1, room - DisplayWidth.of(shown) + 2))
        var line = StyledLine(prefix + shown + pad, selected ? .selected : .normal, rowSlot: selected ? .selected : nil)
        line.add(WordWrapper.truncate(detail, width: width - DisplayWidth.of(prefix + shown + pad)), selected ? .selected : .muted)
        return line
    }

    private static func detail(_ state: TeamResultsState, index: Int, width: Int) -> BodyDocument {
        var body = BodyDocument()
        let list = state.listed
        guard index >= 0, index < list.count else { return body }
        let tally = list[index]
        let open = state.report.disagreements.count
        let place = index < open
            ? "Disagreement \(index + 1) of \(open) · split \(twoDecimals(tally.split)) · impact \(Format.points(tally.impact))"
            : "Settled in this meeting"
        body.add(StyledLine(place + " · \(tally.answering) answered", .muted))
        body.addWrapped(UIText.line(tally.prompt), width: width, slot: .title)
        body.add(.blank)
        let answers = state.report.worksheet.question(tally.question)?.answers ?? []
        let numbered = state.role == .facilitator
        for (position, group) in tally.groups.enumerated() {
            let names = group.members.map(UIText.line).joined(separator: ", ")
            let number = numbered ? (answers.firstIndex { $0.id == group.answer }).map { "\($0 + 1). " } ?? "" : ""
            var line = StyledLine(number + UIText.line(group.label), position == 0 ? .accent : .normal)
            line.add(" — \(group.members.count): ", .muted)
            line.add(names, .normal)
            body.add(line)
            if !group.reason.isEmpty {
                body.addWrapped("Why: " + UIText.line(group.reason), width: width, indent: 4, slot: .muted)
            }
        }
        if numbered {
            for (index, answer) in answers.enumerated() where !tally.groups.contains(where: { $0.answer == answer.id }) {
                body.add(StyledLine("\(index + 1). \(UIText.line(answer.label)) — nobody", .muted))
            }
        }
        TeamMeetingView.addHistory(of: tally.question, state, width: width, to: &body)
        body.scroll = max(0, state.scroll)
        return body
    }

    // MARK: - Parts

    private static func verdictLine(_ report: TeamReport) -> StyledLine {
        let recommendation = report.recommendation
        guard let option = recommendation.option, let name = report.worksheet.option(option)?.name else {
            let names = report.scores.prefix(2).map { UIText.line($0.name) }.joined(separator: " and ")
            return StyledLine("Team: too close to call between \(names)", .warning)
        }
        let margin = TextReport.marginText(recommendation.margin, thresholds: report.worksheet.thresholds)
        switch recommendation.kind {
        case .clear: return StyledLine("Team pick: \(UIText.line(name)) (clear, margin \(margin))", .accent)
        case .lean: return StyledLine("Team pick: \(UIText.line(name)) (lean, margin \(margin))", .accent)
        case .tooClose: return StyledLine("Team: too close to call, \(UIText.line(name)) just ahead (margin \(margin))", .warning)
        }
    }

    /// "Consensus: 2 of 3 members' own pick is the team's (67%); answers alike 71% over 3 pairs."
    /// On a too-close result the team has no pick: "… own pick is the leader, Django (67%)".
    static func consensusText(_ report: TeamReport) -> String {
        let consensus = report.consensus
        var text = "Consensus: "
        if let share = consensus.pickShare {
            let members = report.members.count == 1 ? "member's" : "members'"
            let leader = report.recommendation.kind == .tooClose
                ? report.recommendation.option.flatMap { report.worksheet.option($0) }.map { "the leader, " + UIText.line($0.name) }
                : nil
            // After agreed answers or a revealed round a member's pick is not theirs alone.
            let pick = report.meeting?.replacesAnswers == true ? "pick with the team's agreed answers" : "own pick"
            text += "\(consensus.membersWithTeamPick) of \(report.members.count) \(members) \(pick) is \(leader ?? "the team's")"
                + " (\(Format.percent(share * 100)))"
        } else {
            text += "no team pick"
        }
        if let alike = consensus.pairwiseAgreement {
            text += "; answers alike \(Format.percent(alike * 100)) over \(consensus.comparedPairs) "
                + (consensus.comparedPairs == 1 ? "pair" : "pairs")
        }
        return text + "."
    }

    /// A bar per option for the team, then one per member.
    private static func scoreLines(_ report: TeamReport, width: Int) -> [StyledLine] {
        let optionWidth = min(18, report.scores.map { DisplayWidth.of(UIText.line($0.name)) }.max() ?? 4)
        let whoWidth = min(14, max(4, report.members.map { DisplayWidth.of(UIText.line($0.name)) }.max() ?? 4))
        let barWidth = max(6, min(40, width - optionWidth - whoWidth - 4 - 20))
        // Names that the column would cut alike ("Member Number…") get a row of their own.
        let names = report.members.map { UIText.line($0.name) }
        let ownRows = Set(names.map { WordWrapper.truncate($0, width: whoWidth) }).count < Set(names).count
        let indent = String(repeating: " ", count: optionWidth + 2)
        var lines: [StyledLine] = []
        for score in report.scores {
            let leader = score.option == report.recommendation.option
            var team = StyledLine(pad(UIText.line(score.name), optionWidth) + "  ", leader ? .accent : .normal)
            team.add(pad("Team", whoWidth) + " ", .title)
            team.runs += BarView.bar(fraction: score.percent / 100, width: barWidth).runs
            team.add(" \(Format.pointsLabel(score.mean)) \(Format.percent(score.percent))", .normal)
            if score.ruledOut { team.add(" ruled out", .warning) }
            lines.append(team)
            for member in report.members {
                guard let own = member.score(of: score.option) else { continue }
                let slot: ThemeSlot = member.pick == score.option ? .chosen : .normal
                if ownRows { lines.append(StyledLine(indent + WordWrapper.truncate(UIText.line(member.name), width: width - indent.count), slot)) }
                var line = StyledLine(indent)
                line.add(pad(ownRows ? "" : UIText.line(member.name), whoWidth) + " ", slot)
                line.runs += BarView.bar(fraction: own.percent / 100, width: barWidth).runs
                line.add(" \(Format.pointsLabel(own.points)) \(Format.percent(own.percent))", .muted)
                if own.ruledOut { line.add(" ruled out", .warning) }
                lines.append(line)
            }
        }
        return lines
    }

    /// `0.67`, `1.00`.
    static func twoDecimals(_ value: Double) -> String {
        guard value.isFinite else { return "0.00" }
        let hundredths = Int((abs(value) * 100).rounded())
        let fraction = hundredths % 100
        return (value < 0 ? "-" : "") + "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        let shown = WordWrapper.truncate(text, width: width)
        return shown + String(repeating: " ", count: max(0, width - DisplayWidth.of(shown)))
    }

    // MARK: - Export prompt

    private static func drawPrompt(_ prompt: PathPrompt, into grid: inout CellGrid, top: Int, bottom: Int) {
        OverlayView.drawPathPrompt(prompt, title: "Export the team's results", intro: [
            StyledLine("Folder for each member's result JSON (edit it if you like).", .normal),
            StyledLine("team.json and decision.md are written into it too.", .muted),
        ], into: &grid, top: top, bottom: bottom)
    }
}
