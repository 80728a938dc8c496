/// The team result as plain text, readable at 80 columns (`verdict team`, default format).
public enum TeamTextReport {
    /// Renders the report for a terminal of `width` columns.
    public static func render(_ report: TeamReport, width: Int = 80) -> String {
        var lines: [String] = []
        let sheet = report.worksheet
        lines.append("Team result: \(TeamText.clean(sheet.title))")
        lines.append("\(sheet.id) \(TeamText.clean(sheet.version)), \(report.members.count) member\(report.members.count == 1 ? "" : "s")")
        lines.append("")
        lines += discussFirst(report, width: width)
        lines.append("")
        lines += membersTable(report, width: width)
        lines.append("")
        lines += bars(report, width: width)
        lines.append("")
        lines += verdict(report, width: width)
        lines.append("")
        lines += disagreements(report, width: width)
        lines.append("")
        if let meeting = report.meeting, !meeting.isEmpty {
            lines += meetingSteps(meeting, report.worksheet, width: width)
            lines.append("")
        }
        lines += agreed(report, width: width)
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Discuss first, vetoes

    private static func discussFirst(_ report: TeamReport, width: Int) -> [String] {
        var lines: [String]
        let first = report.discussFirst
        if first.isEmpty {
            lines = TeamText.wrap("Discuss first: nothing — no disagreement moves the scores.", width: width, indent: 0)
        } else {
            lines = TeamText.wrap("Discuss first (the team split most evenly, and the answers move the scores most)",
                                  width: width, indent: 0)
            for (index, tally) in first.enumerated() {
                lines += TeamText.hang(TeamText.sides(tally), first: "  \(index + 1). ", rest: "     ", width: width)
            }
        }
        guard !report.vetoes.isEmpty else { return lines }
        lines += TeamText.wrap("Vetoes (a must-have answer that rules an option out for a member)", width: width, indent: 0)
        for text in TeamVeto.sentences(report.vetoes, worksheet: report.worksheet, clean: TeamText.clean) {
            lines += TeamText.hang(text, first: "  • ", rest: "    ", width: width)
        }
        return lines
    }

    // MARK: - Members

    private static func membersTable(_ report: TeamReport, width: Int) -> [String] {
        let options = report.worksheet.options
        let column = 9
        let nameWidth = Swift.max(8, Swift.min(20, width - 2 - 14 - column * options.count))
        var header = "  " + TeamText.pad("Member", nameWidth) + " " + TeamText.pad("Pick", 13)
        for option in options { header += TeamText.padLeft(TeamText.pad(TeamText.clean(option.name), column - 1).trimmingWhitespace(), column) }
        var lines = ["Members", header]
        for member in report.members {
            var line = "  " + TeamText.pad(TeamText.clean(member.name), nameWidth) + " "
            let pick = TeamText.optionName(member.pick, in: report.worksheet)
            let suffix = member.recommendation.kind == .clear ? "" : member.recommendation.kind == .lean ? " ~" : " ?"
            line += TeamText.pad(pick + suffix, 13)
            for option in options {
                let percent = member.score(of: option.id)?.percent ?? 0
                line += TeamText.padLeft("\(Int(percent.rounded()))%", column)
            }
            lines.append(line)
        }
        lines.append("  (~ lean, ? too close to call)")
        return lines
    }

    // MARK: - Team scores

    private static func bars(_ report: TeamReport, width: Int) -> [String] {
        let nameWidth = 12
        let barWidth = Swift.max(10, width - 2 - nameWidth - 1 - 36)
        var lines = ["Team scores (mean of members' points)"]
        for score in report.scores {
            let filled = Int((Double(barWidth) * Swift.min(score.percent, 100) / 100).rounded())
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled)
            var line = "  " + TeamText.pad(TeamText.clean(score.name), nameWidth) + " " + bar
            line += " " + TeamText.padLeft("\(Int(score.percent.rounded()))%", 4)
            line += "  mean \(TeamText.number(score.mean, digits: 1)) median \(TeamText.number(score.median, digits: 1))"
            line += " spread \(TeamText.number(score.spread, digits: 1))"
            if score.ruledOut { line += " (ruled out)" }
            lines.append(line)
        }
        return lines
    }

    // MARK: - Verdict and consensus

    private static func verdict(_ report: TeamReport, width: Int) -> [String] {
        let recommendation = report.recommendation
        var text: String
        if let option = recommendation.option {
            text = "Team recommendation: \(TeamText.optionName(option, in: report.worksheet)) — "
                + "\(TeamText.kind(recommendation.kind)) (margin \(TextReport.marginText(recommendation.margin, thresholds: report.worksheet.thresholds)))"
        } else {
            text = "Team recommendation: none — too close to call (a tie)"
        }
        var lines = TeamText.wrap(text, width: width, indent: 0)
        let consensus = report.consensus
        var agree = "Consensus: "
        if let share = consensus.pickShare, let option = recommendation.option {
            agree += "\(consensus.membersWithTeamPick) of \(report.members.count) member\(report.members.count == 1 ? "" : "s") "
                + "(\(TeamText.percent(share))) "
                + "picked \(TeamText.optionName(option, in: report.worksheet)) "
                + (report.meeting?.replacesAnswers == true ? "with the team's agreed answers" : "themselves")
        } else {
            agree += "no team pick"
        }
        if let pairwise = consensus.pairwiseAgreement {
            agree += "; pairs of members answered alike on \(TeamText.percent(pairwise)) of shared questions"
                + " (\(consensus.comparedPairs) pair\(consensus.comparedPairs == 1 ? "" : "s"))"
        }
        lines += TeamText.wrap(agree + ".", width: width, indent: 0)
        return lines
    }

    // MARK: - Questions

    private static func disagreements(_ report: TeamReport, width: Int) -> [String] {
        guard !report.disagreements.isEmpty else {
            return ["Disagreements: none — every question was answered alike by all who answered it."]
        }
        var lines = ["Disagreements, most important first"]
        lines += TeamText.wrap(TeamText.orderExplained, width: width, indent: 2)
        for (index, tally) in report.disagreements.enumerated() {
            let head = "\(TeamText.clean(tally.prompt)) [\(tally.question)]"
                + " split \(TeamText.number(tally.split)) × impact \(TeamText.number(tally.impact))"
            let number = "\(index + 1). "
            lines += TeamText.hang(head, first: "  " + number,
                                   rest: String(repeating: " ", count: 2 + number.count), width: width)
            for group in tally.groups {
                let side = "\(TeamText.clean(group.label)) — \(TeamText.names(group.members)): \(TeamText.clean(group.reason))"
                lines += TeamText.hang(side, first: "     • ", rest: "       ", width: width)
            }
        }
        return lines
    }

    /// What the meeting settled, question by question (agreed answers, re-votes with who
    /// kept their answer), and whether the decision was accepted.
    private static func meetingSteps(_ meeting: MeetingDecision, _ sheet: Worksheet, width: Int) -> [String] {
        var lines = ["Settled in this meeting"]
        for history in MeetingHistory.all(meeting, worksheet: sheet) {
            lines += TeamText.hang("\(TeamText.clean(history.question.prompt)) — \(TeamText.clean(history.outcome))",
                                   first: "  • ", rest: "    ", width: width)
            for line in history.lines { lines += TeamText.hang(TeamText.clean(line), first: "      ", rest: "        ", width: width) }
        }
        if lines.count == 1 { lines.append("  nothing yet") }
        if meeting.accepted {
            lines += TeamText.wrap("Decision accepted" + (meeting.note.map { ": " + TeamText.clean($0) } ?? "."), width: width, indent: 0)
        }
        return lines
    }

    private static func agreed(_ report: TeamReport, width: Int) -> [String] {
        var lines = report.agreed.isEmpty ? ["Agreed questions: none."] : ["Agreed by everyone who answered"]
        for tally in report.agreed {
            guard let group = tally.groups.first else { continue }
            let text = "\(TeamText.clean(tally.prompt)) \(TeamText.clean(group.label)) (\(tally.answering))"
            lines += TeamText.hang(text, first: "  • ", rest: "    ", width: width)
        }
        // One member's answer is not the team's agreement: listed apart, with who gave it.
        guard report.members.count > 1, !report.answeredByOne.isEmpty else { return lines }
        lines.append("")
        lines.append("Answered by one member only (not agreed)")
        for tally in report.answeredByOne {
            guard let group = tally.groups.first else { continue }
            let text = "\(TeamText.clean(tally.prompt)) \(TeamText.clean(group.label)) (\(TeamText.names(group.members)))"
            lines += TeamText.hang(text, first: "  • ", rest: "    ", width: width)
        }
        return lines
    }
}
