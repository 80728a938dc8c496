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

extension TeamVeto {
    /// One sentence per option, question and answer, in first-seen order, so ten members
    /// with the same veto are one line: "FastAPI ruled out by Ana, Ben: Prompt — Answer",
    /// or "by 5 members" above three. Every name and text goes through `clean` (the
    /// terminal's or Markdown's escaping); the team text, decision.md and screen share it.
    public static func sentences(_ vetoes: [TeamVeto], worksheet: Worksheet, clean: (String) -> String) -> [String] {
        var groups: [(veto: TeamVeto, members: [String])] = []
        var group: [[String]: Int] = [:]  // option, question, answer → index in `groups`
        for veto in vetoes {
            let key = [veto.option, veto.question, veto.answer]
            if let index = group[key] {
                groups[index].members.append(clean(veto.member))
            } else {
                group[key] = groups.count
                groups.append((veto, [clean(veto.member)]))
            }
        }
        return groups.map { veto, members in
            let who = members.count > 3 ? "\(members.count) members" : members.joined(separator: ", ")
            return "\(clean(worksheet.option(veto.option)?.name ?? veto.option)) ruled out by \(who): "
                + "\(clean(veto.prompt)) — \(clean(veto.answer))"
        }
    }
}
