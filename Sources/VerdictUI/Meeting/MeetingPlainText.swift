import VerdictEngine

/// The meeting as plain lines, for plain mode (pipes, TERM=dumb, screen readers): no
/// bars, no rules. Like the full screen, nothing tells what a member chose before the reveal.
public enum MeetingPlainText {
    /// The text of the current question phase (empty on the results screen).
    public static func render(_ state: MeetingState) -> String {
        guard let question = state.question else { return "" }
        let count = state.questionIDs.count
        var lines = ["", "Question \(state.questionIndex + 1) of \(count): " + UIText.line(question.prompt)]
        switch state.phase {
        case .collecting:
            let nameWidth = state.members.map { DisplayWidth.of(UIText.line($0)) }.max() ?? 0
            for (index, name) in state.members.enumerated() {
                let shown = UIText.line(name)
                let pad = String(repeating: " ", count: max(0, nameWidth - DisplayWidth.of(shown)))
                let mark = state.hasAnswered(index) ? "✓ answered" : index == state.memberIndex ? "▶ answering" : "· waiting"
                lines.append("  \(shown)  \(pad)\(mark)")
            }
            for (index, answer) in question.answers.enumerated() {
                lines.append("  \(index + 1). " + UIText.line(answer.label))
            }
        case .revealed:
            lines.append("Everyone has answered:")
            for (index, answer) in question.answers.enumerated() {
                let names = state.members.enumerated().filter { state.answers[$0.offset][question.id] == answer.id }
                    .map { UIText.line($0.element) }
                let mark = index == state.cursor ? "› " : "  "
                lines.append(mark + "\(index + 1). " + UIText.line(answer.label) + " (\(names.count))"
                    + (names.isEmpty ? "" : ": " + names.joined(separator: ", ")))
                if !names.isEmpty {
                    lines += WordWrapper.wrap(UIText.line(answer.reason), width: 72).map { "      " + $0 }
                }
            }
            if let history = MeetingHistory(question, decision: state.decision), history.steps.count > 1 {
                lines += history.lines.dropLast().map { UIText.line($0) }
            }
        case .results:
            return ""
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
