/// `verdict test` as text: the table, the confusion matrix, accuracy, balanced accuracy
/// and recall, the disagreements with the answers that moved them, and the cases outside
/// the options. All text from files is sanitized.
public enum CaseTestText {
    /// Renders a report; `worksheet` supplies option names and answer labels.
    public static func render(_ report: CaseTestReport, worksheet: Worksheet) -> String {
        let clean = { (text: String) in TextSanitizer.sanitize(text) }
        var lines = ["\(clean(worksheet.title)) (\(clean(report.worksheet.id)) \(clean(report.worksheet.version))): "
            + "\(report.cases.count) case\(report.cases.count == 1 ? "" : "s")"]
        if report.cases.isEmpty && report.outside.isEmpty && report.unopposed.isEmpty {
            lines.append("No case answers this worksheet.")
            return lines.joined(separator: "\n") + "\n"
        }
        if !report.cases.isEmpty {
            // Rows scored without some options also say what every option competing gives.
            let amongAll = report.cases.contains { !$0.leftOut.isEmpty }
            let header = ["CASE", "CHOSEN", "RECOMMENDED", "KIND", "MARGIN", "ANSWERED", "AGREES"]
                + (amongAll ? ["ALL OPTIONS"] : [])
            let body = report.cases.map { row in
                [clean(row.id) + (row.retrospective ? " *" : ""), row.chosen, row.recommended ?? "(none)", row.kind,
                 percent(row.margin), "\(row.answered)/\(row.visible)", row.agrees ? "yes" : "NO"]
                    + (amongAll ? [row.leftOut.isEmpty ? "" : row.amongAll ?? "(none)"] : [])
            }
            lines += table([header] + body, rightAligned: [4, 5])
            if report.cases.contains(where: \.retrospective) {
                lines.append("* retrospective: scored among the options that existed when the project chose")
                var groups: [(leftOut: [String], cases: [String])] = []
                for row in report.cases where !row.leftOut.isEmpty {
                    if let index = groups.firstIndex(where: { $0.leftOut == row.leftOut }) {
                        groups[index].cases.append(clean(row.id))
                    } else {
                        groups.append((row.leftOut, [clean(row.id)]))
                    }
                }
                for group in groups {
                    lines.append("  without \(group.leftOut.joined(separator: ", ")): \(group.cases.joined(separator: ", "))")
                }
                if amongAll {
                    lines.append("  ALL OPTIONS: what the worksheet recommends with every option competing (not in the figures)")
                }
            }
            lines.append("")
            lines.append("Confusion (rows: chosen, columns: recommended; (none): too close to call):")
            let columns = report.options + ["(none)"]
            let matrix = zip(report.options, report.confusion).map { option, counts in
                [option] + counts.map(String.init)
            }
            lines += table([[""] + columns] + matrix, rightAligned: Array(1...columns.count)).map { "  " + $0 }
            lines.append("")
            let agreeing = report.cases.filter(\.agrees).count
            lines.append("Accuracy: \(agreeing)/\(report.cases.count) (\(percent(report.accuracy)))   "
                + "Balanced accuracy: \(percent(report.balancedAccuracy))")
            lines.append("Recall: " + report.recall.map { entry in
                "\(entry.option) " + (entry.recall.map { "\(percent($0)) (\(entry.agreed)/\(entry.cases))" } ?? "n/a (no cases)")
            }.joined(separator: ", "))
            let close = report.cases.filter { $0.kind == VerdictKind.tooClose.rawValue }
            if !close.isEmpty {
                let decided = report.cases.count - close.count
                lines.append("Too close to call, so counted as misses: " + close.map { clean($0.id) }.joined(separator: ", ")
                    + (decided > 0 ? "; of the \(decided) other case\(decided == 1 ? "" : "s") \(agreeing) agree "
                        + "(\(percent(Double(agreeing) / Double(decided))))" : ""))
            }
        }
        let disagreements = report.cases.filter { !$0.agrees }
        if !disagreements.isEmpty {
            lines.append("")
            lines.append("Disagreements, and the answers that moved them most:")
            for row in disagreements {
                let moved = row.movedBy.map { mover -> String in
                    let label = worksheet.question(mover.question)?.answer(mover.answer)?.label ?? mover.answer
                    let effect = mover.rulesOut ? "rules \(row.chosen) out" : "+\(number(mover.points)) \(mover.toward)"
                    return "\(clean(mover.question)) = \(clean(label)) (\(effect))"
                }
                lines.append("  \(clean(row.id)) (chose \(row.chosen), \(outcome(row))): "
                    + (moved.isEmpty ? "no single answer favours another option" : moved.joined(separator: "; ")))
            }
        }
        if !report.outside.isEmpty {
            lines.append("")
            lines.append("Outside the options (checks the way out; not in the accuracy):")
            let header = ["CASE", "CHOSEN", "RECOMMENDED", "WAY OUT SUGGESTED"]
            lines += table([header] + report.outside.map {
                [clean($0.id), $0.chosen, $0.recommended ?? "(none)", $0.wayOutSuggested ? "yes" : "NO"]
            }, rightAligned: []).map { "  " + $0 }
        }
        if !report.unopposed.isEmpty {
            lines.append("")
            lines.append("Not scored (only one of the options existed when they chose): "
                + report.unopposed.map(clean).joined(separator: ", "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Helpers

    /// "got django", "too close to call, flask ahead by 2.8%" (one decimal, so a lead under
    /// the threshold never reads as 3%) or "too close to call, a tie" (a tie, or every option
    /// ruled out): the same words as the table's `too-close`.
    static func outcome(_ row: CaseTestReport.Row) -> String {
        row.recommended.map { "got \($0)" }
            ?? row.ahead.map { "too close to call, \($0) ahead by \(Double((row.margin * 1000).rounded()) / 10)%" }
            ?? "too close to call, a tie"
    }

    /// Columns padded to their widest cell, two spaces apart.
    static func table(_ rows: [[String]], rightAligned: [Int]) -> [String] {
        let count = rows.map(\.count).max() ?? 0
        let widths = (0..<count).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        return rows.map { row in
            var line = ""
            for (column, cell) in row.enumerated() {
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                line += (column == 0 ? "" : "  ") + (rightAligned.contains(column) ? padding + cell : cell + padding)
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }

    /// "86%" for 0.857.
    public static func percent(_ fraction: Double) -> String { "\(Int((fraction * 100).rounded()))%" }

    /// "6", "1.5".
    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String((value * 100).rounded() / 100)
    }
}
