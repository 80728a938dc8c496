import VerdictEngine
import VerdictUI

/// A small worksheet built in code: yes/no, choice, scale and a conditional question.
enum SampleWorksheet {
    static func make(title: String = "Django or Flask?") -> Worksheet {
        Worksheet(
            id: "sample", title: title, version: "1.0.0",
            description: "Decide between two Python web frameworks by answering a few questions about your team and project.",
            options: [
                WorksheetOption(id: "django", name: "Django", summary: "Batteries included: ORM, admin, auth."),
                WorksheetOption(id: "flask", name: "Flask", summary: "A small core; you pick the parts."),
            ],
            sections: [
                WorksheetSection(id: "team", title: "Team and experience", questions: [
                    Question(id: "years", prompt: "Have you written code for more than five years?",
                             help: "Experienced developers often like choosing their own parts.", kind: .yesno,
                             answers: [
                                Answer(id: "yes", label: "Yes", points: ["flask": 1], reason: "You know how to pick parts."),
                                Answer(id: "no", label: "No", points: ["django": 1], reason: "Conventions help newer developers."),
                             ]),
                    Question(id: "team-size", prompt: "How many people will work on the code?",
                             help: "Shared conventions matter more as teams grow.", kind: .choice, weight: 2,
                             answers: [
                                Answer(id: "solo", label: "Just me", points: ["flask": 2], reason: "A solo developer can keep a small app in their head."),
                                Answer(id: "small", label: "Two to five", points: ["django": 1, "flask": 1], reason: "A small team works with either."),
                                Answer(id: "large", label: "More than five", points: ["django": 2], reason: "A large team gains from Django's conventions."),
                             ]),
                ]),
                WorksheetSection(id: "project", title: "The project", questions: [
                    Question(id: "api", prompt: "Will the project mainly serve an API?",
                             help: "Flask keeps API-only services small.", kind: .yesno,
                             answers: [
                                Answer(id: "yes", label: "Yes", points: ["flask": 1], reason: "An API-first service suits a small core."),
                                Answer(id: "no", label: "No", points: ["django": 1], reason: "Server-rendered pages suit Django's templates."),
                             ]),
                    Question(id: "api-style", prompt: "What kind of API?", help: "GraphQL stacks are often assembled by hand.",
                             kind: .choice, showWhen: Condition(question: "api", answers: ["yes"]),
                             answers: [
                                Answer(id: "rest", label: "REST", points: ["django": 1, "flask": 1], reason: "REST works well with either."),
                                Answer(id: "graphql", label: "GraphQL", points: ["flask": 2], reason: "GraphQL servers are easy to add to Flask."),
                             ]),
                    Question(id: "admin", prompt: "How much do you need a ready-made admin interface?",
                             help: "Django ships an admin site; Flask needs an extension.", kind: .scale,
                             answers: [
                                Answer(id: "none", label: "Not at all", points: ["flask": 2], reason: "No admin needed."),
                                Answer(id: "little", label: "A little", points: ["flask": 1], reason: "A little admin is easy to build."),
                                Answer(id: "some", label: "Somewhat", points: ["django": 1, "flask": 1], reason: "Some admin either way."),
                                Answer(id: "much", label: "A lot", points: ["django": 2], reason: "Django's admin saves weeks."),
                                Answer(id: "essential", label: "Essential", points: ["django": 3], reason: "The admin is essential, and Django has one built in."),
                             ]),
                ]),
            ])
    }
}

/// Drives a session with keys and collects the effects.
struct Driver {
    var state: SessionState
    var effects: [SessionEffect] = []

    init(worksheet: Worksheet = SampleWorksheet.make(), responses: Responses = Responses(),
         resumeAt: String? = nil, offering offer: ResumeOffer? = nil, keys: KeyStyle = .standard) {
        state = SessionState(worksheet: worksheet, responses: responses, resumeAt: resumeAt, offering: offer, keys: keys)
    }

    /// Feeds keys; characters of a string become `.character` keys.
    @discardableResult
    mutating func press(_ keys: Key...) -> [SessionEffect] {
        var out: [SessionEffect] = []
        for key in keys { out += Session.update(&state, .key(key)) }
        effects += out
        return out
    }

    /// Types each character as a key.
    @discardableResult
    mutating func type(_ text: String) -> [SessionEffect] {
        var out: [SessionEffect] = []
        for character in text { out += Session.update(&state, .key(.character(character))) }
        effects += out
        return out
    }

    @discardableResult
    mutating func send(_ event: SessionEvent) -> [SessionEffect] {
        let out = Session.update(&state, event)
        effects += out
        return out
    }

    func screen(width: Int = 80, height: Int = 24) -> String {
        ScreenRenderer.render(state, width: width, height: height).text
    }
}
