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
