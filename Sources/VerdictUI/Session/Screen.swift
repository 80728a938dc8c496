/// The main screens of an interactive session.
public enum Screen: String, Sendable, Hashable, CaseIterable {
    /// Whether to resume an unfinished session (``SessionState/resumeOffer``).
    case resume
    /// Title, description, options and a guide to the keys.
    case welcome
    /// One question at a time.
    case question
    /// Every visible question with its answer.
    case review
    /// The verdict, scores, reasons and robustness.
    case results
    /// Results with one answer tried differently.
    case whatIf
}
