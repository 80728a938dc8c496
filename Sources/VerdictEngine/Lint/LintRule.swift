/// The patterns `verdict validate --lint` warns about (docs/worksheets.md, "Lint").
public enum LintRule: String, Sendable, Hashable, CaseIterable {
    /// A "we don't need X" answer whose points differ between options.
    case absenceAsEvidence = "absence-as-evidence"
    /// Options whose reachable maxima differ by more than 15% of the largest.
    case unbalancedMaxima = "unbalanced-maxima"
    /// A weighty question nearly every case answers the same way (needs cases).
    case baseRate = "base-rate"
    /// Two questions whose contributions move together across cases (needs cases).
    case redundant
    /// An allowance for a rule that does not fire there.
    case unusedAllowance = "unused-allowance"
}
