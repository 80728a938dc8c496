#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The team result as a MADR-style architecture decision record (Markdown), for
/// `verdict team --format markdown` and `--adr FILE`.
public enum TeamDecisionRecord {
    /// How many of the heaviest questions are listed as decision drivers.
    public static let driverCount = 5

    /// Renders the record; `date` is written as `YYYY-MM-DD` (UTC).
    public static func render(_ report: TeamReport, date: Date = Date()) -> String {
        var parts: [String] = []
        let sheet = report.worksheet
        parts.append("# \(inline(sheet.title))")
        parts.append([
            "- Status: " + (report.meeting?.accepted == true ? "accepted" : "proposed"),
            "- Date: \(day(date))",
            "- Deciders: \(inline(report.members.map(\.name).joined(separator: ", ")))",
        ].joined(separator: "\n"))
        parts += discussFirst(report)
        parts.append("## Context and Problem Statement\n\n**\(inline(sheet.title))** \(inline(sheet.description))\n\n"
            + (report.members.count == 1 ? "The 1 decider" : "Each of the \(report.members.count) deciders")
            + " answered the worksheet `\(sheet.id)` (version \(inline(sheet.version))) privately; this record "
            + (report.members.count == 1 ? "holds their answers." : "merges their answers."))
        parts.append(drivers(report))
        parts.append(options(report))
        parts.append(outcome(report))
        if let meeting = report.meeting, !meeting.isEmpty { parts.append(meetingSteps(meeting, report.worksheet)) }
        parts.append(consequences(report))
        parts.append(openDisagreements(report))
        return parts.joined(separator: "\n\n") + "\n"
    }

    // MARK: - Sections

    /// "Discuss First" and, when any, "Vetoes": what the meeting should start with.
    private static func discussFirst(_ report: TeamReport) -> [String] {
        var lines = ["## Discuss First", ""]
        let first = report.discussFirst
        lines += first.isEmpty ? ["Nothing: no disagreement moves the scores."]
            : ["Where the team split most evenly, and the answers move the scores most:", ""]
        for (index, tally) in first.enumerated() { lines.append("\(index + 1). \(inline(TeamText.sides(tally)))") }
        guard !report.vetoes.isEmpty else { return [lines.joined(separator: "\n")] }
        var vetoes = ["## Vetoes", "", "Must-have answers that rule an option out for a member:", ""]
        vetoes += TeamVeto.sentences(report.vetoes, worksheet: report.worksheet, clean: inline).map { "- " + $0 }
        return [lines.joined(separator: "\n"), vetoes.joined(separator: "\n")]
    }

    /// A reason as the team's when most members gave its answer, else attributed to the
    /// members who did (a minority's answer is not the team's fact).
    private static func reason(_ reason: TeamReason, _ report: TeamReport, counting option: String? = nil) -> String {
        let share = "\(reason.members) of \(report.members.count)"
        let counts = option.map { "counts for \(inline(TeamText.optionName($0, in: report.worksheet)))" }
        // An answer the meeting agreed on is the team's, not what each member answered.
        if report.meeting?.agreed[reason.question] == reason.answer {
            return "\(inline(reason.text)) (\(counts.map { $0 + "; " } ?? "")agreed by the team in the meeting)"
        }
        if reason.members * 2 > report.members.count {
            return "\(inline(reason.text)) (\(counts.map { $0 + "; " } ?? "")\(share) answered so)"
        }
        let who = reason.names.isEmpty ? share : "\(inline(TeamText.names(reason.names))) (\(share))"
        return "\(who) answered so: \(inline(reason.text))" + (counts.map { " (\($0))" } ?? "")
    }

    private static func drivers(_ report: TeamReport) -> String {
        let heaviest = report.tallies.enumerated().sorted { lhs, rhs in
            lhs.element.weight != rhs.element.weight ? lhs.element.weight > rhs.element.weight : lhs.offset < rhs.offset
        }.prefix(driverCount).map(\.element)
        var lines = ["## Decision Drivers", ""]
        if heaviest.isEmpty { lines.append("- No question was answered.") }
        for tally in heaviest {
            let agreed = report.meeting?.agreed[tally.question] != nil
            let answers = tally.groups.map {
                "\(inline($0.label)) (" + (agreed ? "agreed by the team" : inline($0.members.joined(separator: ", "))) + ")"
            }
            lines.append("- \(inline(tally.prompt)) (weight \(TeamText.number(tally.weight))): \(answers.joined(separator: "; "))")
        }
        return lines.joined(separator: "\n")
    }

    private static func options(_ report: TeamReport) -> String {
        var lines = [
            "## Considered Options", "",
            "| Option | Mean points | Median | Spread | Percent | Picked by |",
            "|---|---:|---:|---:|---:|---:|",
        ]
        for score in report.scores {
            let picks = report.members.filter { $0.pick == score.option }.count
            let name = cell(score.name) + (score.ruledOut ? " (ruled out)" : "")
            lines.append("| \(name) | \(TeamText.number(score.mean)) | \(TeamText.number(score.median)) | "
                + "\(TeamText.number(score.spread)) | \(Int(score.percent.rounded()))% | \(picks) |")
        }
        return lines.joined(separator: "\n")
    }

    private static func outcome(_ report: TeamReport) -> String {
        var lines = ["## Decision Outcome", ""]
        let recommendation = report.recommendation
        if let option = recommendation.option, recommendation.kind != .tooClose {
            let name = inline(TeamText.optionName(option, in: report.worksheet))
            lines.append("Chosen option: \"\(name)\" — a \(TeamText.kind(recommendation.kind)) result "
                + "(margin \(TextReport.marginText(recommendation.margin, thresholds: report.worksheet.thresholds))), because:")
            lines.append("")
            let reasons = report.reasons.filter { $0.side == .winner }
            if reasons.isEmpty { lines.append("- No answer gave it more points than the runner-up.") }
            for item in reasons { lines.append("- " + reason(item, report)) }
        } else {
            let topics = report.discussFirst.map { inline($0.prompt) }
            let leader = recommendation.option.map { " \(inline(TeamText.optionName($0, in: report.worksheet))) leads by a hair." } ?? ""
            // No disagreement moves the scores: the discuss-first list is empty, so say so.
            lines.append(topics.isEmpty
                ? "Too close to call — a genuine tie on these answers: no disagreement moves the scores, "
                    + "so discussing them will not settle it.\(leader)"
                : "Too close to call — discuss first: \(topics.joined(separator: "; "))\(leader)")
        }
        let consensus = report.consensus
        if let share = consensus.pickShare {
            lines.append("")
            lines.append("Consensus: \(consensus.membersWithTeamPick) of \(report.members.count) "
                + "decider\(report.members.count == 1 ? "" : "s") "
                + "(\(TeamText.percent(share))) "
                + (recommendation.kind == .tooClose
                    ? "picked the leader, \(inline(TeamText.optionName(recommendation.option ?? "", in: report.worksheet))), "
                    : "reached this pick ")
                + (report.meeting?.replacesAnswers == true ? "with the team's agreed answers." : "on their own."))
        }
        return lines.joined(separator: "\n")
    }

    /// What the meeting did after the reveal: the acceptance and its note, the answers the
    /// team agreed on (they count for every member above), and the re-vote rounds.
    private static func meetingSteps(_ meeting: MeetingDecision, _ sheet: Worksheet) -> String {
        var lines = ["### In the Meeting", ""]
        if meeting.accepted {
            lines.append("The team accepted this decision" + (meeting.note.map { ": \(inline($0))" } ?? "."))
            lines.append("")
        }
        let document = TeamDocument.Meeting(meeting, worksheet: sheet)
        let votes = { (votes: [TeamDocument.Vote]) in
            votes.map { "\(inline($0.member)) \(inline($0.label))" }.joined(separator: ", ")
        }
        for agreed in document.agreed {
            let before = agreed.before.isEmpty ? "" : "; before: \(votes(agreed.before))"
            lines.append("- Agreed team answer: \(inline(agreed.prompt)) — \(inline(agreed.label)) (counted for every decider\(before))")
        }
        for round in document.rounds {
            // A member who did not vote kept their answer: "Cy kept Yes".
            let voted = Set(round.votes.map(\.member))
            let kept = round.before.filter { !voted.contains($0.member) }.map { TeamDocument.Vote(
                member: $0.member, answer: $0.answer, label: "kept " + $0.label) }
            let all = (round.votes + kept).sorted { $0.member < $1.member }
            let after = round.revealed ? ": \(votes(all))" : " not revealed"
            lines.append("- Re-vote on \(inline(round.prompt)): before \(votes(round.before)); re-vote \(round.round - 1)\(after)")
        }
        if lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    private static func consequences(_ report: TeamReport) -> String {
        var lines = ["### Consequences", ""]
        let against = report.reasons.filter { $0.side == .runnerUp }
        if against.isEmpty { lines.append("- No answer spoke for the alternatives.") }
        for item in against { lines.append("- Bad: " + reason(item, report, counting: item.option)) }
        return lines.joined(separator: "\n")
    }

    private static func openDisagreements(_ report: TeamReport) -> String {
        var lines = ["## Open Disagreements", ""]
        if report.disagreements.isEmpty {
            lines.append("None: everyone who answered a question answered it the same way.")
        } else {
            lines += [TeamText.orderExplained, ""]
        }
        for (index, tally) in report.disagreements.enumerated() {
            lines.append("\(index + 1). \(inline(tally.prompt)) (split \(TeamText.number(tally.split)), "
                + "impact \(TeamText.number(tally.impact)))")
            for group in tally.groups {
                lines.append("   - \(inline(group.label)) — \(inline(group.members.joined(separator: ", "))): \(inline(group.reason))")
            }
        }
        // One member's answer is neither agreed nor disputed: said apart, with who gave it.
        if report.members.count > 1, !report.answeredByOne.isEmpty {
            lines += ["", "Answered by one member only (not agreed):", ""]
            for tally in report.answeredByOne {
                guard let group = tally.groups.first else { continue }
                lines.append("- \(inline(tally.prompt)) — \(inline(group.label)) (\(inline(group.members.joined(separator: ", "))))")
            }
        }
        return lines.joined(separator: "\n")
    }

    // MARK: - Markdown text

    /// Text safe inside a Markdown line or table cell (``MarkdownText``).
    private static func inline(_ text: String) -> String { MarkdownText.inline(text) }

    /// Text safe inside a table cell.
    private static func cell(_ text: String) -> String { MarkdownText.inline(text) }

    private static func day(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        let month = parts.month ?? 1
        let dayOfMonth = parts.day ?? 1
        return "\(parts.year ?? 1970)-\(month < 10 ? "0" : "")\(month)-\(dayOfMonth < 10 ? "0" : "")\(dayOfMonth)"
    }
}
