/// Sentences every result format shares (text, Markdown, the results screen), so they can
/// never say different things.
public enum ResultSentences {
    /// "Based on 6 of 25 questions."
    public static func basis(answered: Int, visible: Int) -> String {
        "Based on \(answered) of \(visible) question\(visible == 1 ? "" : "s")."
    }

    /// The way out, in one sentence: which alternative the answers point to, why, and the
    /// worksheet to run for it. Names are used as given (sanitize before).
    public static func wayOut(name: String, percent: Double, signalled: Int, worksheet: String?) -> String {
        let why = "\(signalled) of your answers point to \(name) (\(Int(percent.rounded()))% of what it could reach), "
            + "which this worksheet cannot recommend"
        guard let worksheet else { return why + "; weigh it too." }
        return why + ": try `verdict run \(worksheet)`."
    }

    /// How a too-close result can be settled: "settle it with: a, b" (the unanswered
    /// questions whose answer alone would decide it) or, when none would, whether it is a
    /// genuine near-tie on these answers and how many questions' pivotal answers, changed,
    /// would decide it (ids as given: sanitize before).
    public static func settle(_ questions: [String], allAnswered: Bool, deciding: Int) -> String {
        if !questions.isEmpty { return "settle it with: " + questions.joined(separator: ", ") }
        let head = allAnswered ? "a genuine near-tie on these answers" : "no unanswered question settles it alone"
        switch deciding {
        case 0: return head + "; no single changed answer decides it"
        case 1: return head + "; changing the answer to 1 question would decide it (see below)"
        default: return head + "; changing the answer to one of \(deciding) questions would decide it (see below)"
        }
    }

    /// What the percent beside each option means (neutral answers score 0 in the 2.0.0
    /// worksheets, so a clear pick can read low): said once wherever the percents are shown.
    public static let percentMeaning =
        "Percent: the share of the points this worksheet could give the option on these questions "
        + "(an answer that favours no option adds none)."

    /// A clause as a sentence: capital first letter, full stop.
    public static func sentence(_ clause: String) -> String {
        clause.prefix(1).uppercased() + clause.dropFirst() + "."
    }

    /// " (points beyond Django)": what a side's reason figures count, after its heading
    /// (empty when the option stands alone).
    public static func beyond(_ compared: String?) -> String {
        compared.map { " (points beyond \($0))" } ?? ""
    }

    /// "  … and 3 more (all in --format json or markdown)": the line under a cut list.
    static func more(_ count: Int) -> String {
        "  … and \(count) more (all in --format json or markdown)"
    }

    /// Whether a flip factor on a question asked at `current` importance needs more than the
    /// worksheet lets a person set.
    public static func beyondImportance(factor: Double, current: Double, bounds: ImportanceBounds) -> Bool {
        factor * current > bounds.max + 1e-9
    }

    /// " — beyond the importance you can set (at most 2×)".
    public static func beyondImportanceNote(_ bounds: ImportanceBounds) -> String {
        let most = bounds.max == bounds.max.rounded() ? String(Int(bounds.max)) : TextReport.factorText(bounds.max)
        return " — beyond the importance you can set (at most \(most)×)"
    }
}
