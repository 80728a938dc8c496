import VerdictTestSupport
@testable import VerdictEngine

/// Worksheets built in code for the scoring and export tests.
enum ScoringFixtures {
    // MARK: - wakatime-2015 (DESIGN §7)

    /// (question id, option for "yes", option for "no").
    static let wakatimeTable: [(String, String, String)] = [
        ("coding-5-years", "flask", "django"),
        ("python-3-years", "django", "flask"),
        ("dynamic-html", "django", "flask"),
        ("api", "flask", "django"),
        ("soa", "flask", "django"),
        ("conventions", "django", "flask"),
        ("multiple-databases", "flask", "django"),
        ("reads-code", "flask", "django"),
    ]

    /// The original one-page worksheet: each answer gives one point to one framework.
    static func wakatime() -> Worksheet {
        let questions = wakatimeTable.map { id, yes, no in
            Question(id: id, prompt: "Question \(id)?", kind: .yesno, answers: [
                Answer(id: "yes", label: "Yes", points: [yes: 1], reason: "Yes to \(id) points to \(yes)."),
                Answer(id: "no", label: "No", points: [no: 1], reason: "No to \(id) points to \(no)."),
            ])
        }
        return Worksheet(
            id: "wakatime-2015", title: "Django or Flask? (2015)", version: "1.0.0", description: "The original.",
            options: [WorksheetOption(id: "django", name: "Django"), WorksheetOption(id: "flask", name: "Flask")],
            sections: [WorksheetSection(id: "all", title: "All", questions: questions)])
    }

    // MARK: - Small hand-made worksheets

    /// Options named `a`, `b`, … with names "Alpha", "Bravo", ….
    static func options(_ count: Int) -> [WorksheetOption] {
        let names = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel"]
        return (0..<count).map { WorksheetOption(id: String(UnicodeScalar(UInt8(97 + $0))), name: names[$0]) }
    }

    /// A worksheet of the given questions with `count` options.
    static func sheet(_ questions: [Question], options count: Int = 2, thresholds: Thresholds = Thresholds()) -> Worksheet {
        Worksheet(
            id: "test-sheet", title: "Test", version: "1", description: "A test worksheet.",
            options: options(count), sections: [WorksheetSection(id: "main", title: "Main", questions: questions)],
            thresholds: thresholds)
    }

    /// A yes/no question whose yes gives `yes` points and no gives `no` points.
    static func yesno(
        _ id: String, weight: Double = 1, yes: [String: Double], no: [String: Double],
        showWhen: Condition? = nil, yesExcludes: [String] = [], yesRequires: String? = nil
    ) -> Question {
        Question(id: id, prompt: "Is \(id) true?", kind: .yesno, weight: weight, showWhen: showWhen, answers: [
            Answer(id: "yes", label: "Yes", points: yes, reason: "\(id) yes.", excludes: yesExcludes, requires: yesRequires),
            Answer(id: "no", label: "No", points: no, reason: "\(id) no."),
        ])
    }

    // MARK: - Generated worksheets

    /// A random valid worksheet: weights, fractional points, conditions on earlier
    /// questions and a few must-haves.
    static func generated(seed: UInt64, questions count: Int, options optionCount: Int) -> Worksheet {
        var random = SplitMix64(seed: seed)
        let opts = options(optionCount)
        var questions: [Question] = []
        for index in 0..<count {
            let answerCount = Int.random(in: 2...4, using: &random)
            let answers = (0..<answerCount).map { answer -> Answer in
                var points: [String: Double] = [:]
                for option in opts where Bool.random(using: &random) {
                    points[option.id] = Double(Int.random(in: 0...30, using: &random)) / 10
                }
                let excludes = Int.random(in: 0..<40, using: &random) == 0
                    ? [opts[Int.random(in: 0..<optionCount, using: &random)].id] : []
                let requires = Int.random(in: 0..<60, using: &random) == 0
                    ? opts[Int.random(in: 0..<optionCount, using: &random)].id : nil
                return Answer(id: "a\(answer)", label: "Answer \(answer)", points: points,
                              reason: "Reason \(index)-\(answer).", excludes: excludes, requires: requires)
            }
            var condition: Condition?
            if index > 0 && Int.random(in: 0..<4, using: &random) == 0 {
                let parent = questions[Int.random(in: 0..<index, using: &random)]
                condition = Condition(question: parent.id, answers: [parent.answers[0].id])
            }
            questions.append(Question(
                id: "q\(index)", prompt: "Question \(index)?", kind: .choice,
                weight: Double(Int.random(in: 1...6, using: &random)) / 2, showWhen: condition, answers: answers))
        }
        return Worksheet(
            id: "generated", title: "Generated", version: "1", description: "Random.", options: opts,
            sections: [WorksheetSection(id: "main", title: "Main", questions: questions)])
    }

    /// Random responses: each visible-or-not question answered with probability 0.8,
    /// importance from the default bounds.
    static func randomResponses(_ worksheet: Worksheet, using random: inout SplitMix64) -> Responses {
        var responses = Responses(respondent: "Tester")
        for question in worksheet.questions where Int.random(in: 0..<5, using: &random) != 0 {
            responses.answers[question.id] = question.answers[Int.random(in: 0..<question.answers.count, using: &random)].id
            if Int.random(in: 0..<3, using: &random) == 0 {
                responses.importance[question.id] = [0.5, 1.5, 2][Int.random(in: 0..<3, using: &random)]
            }
        }
        return responses
    }
}
