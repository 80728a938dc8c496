/// A must-have answer that ruled an option out for one member (a worksheet answer's
/// `requires` or `excludes`).
public struct TeamVeto: Sendable, Hashable {
    /// The member whose answer ruled the option out.
    public var member: String
    /// The option ruled out.
    public var option: String
    /// The question answered.
    public var question: String
    /// The question as asked.
    public var prompt: String
    /// The label of the member's answer.
    public var answer: String

    /// Creates a veto.
    public init(member: String, option: String, question: String, prompt: String, answer: String) {
        self.member = member
        self.option = option
        self.question = question
        self.prompt = prompt
        self.answer = answer
    }
}
