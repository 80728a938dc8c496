/// A worksheet flattened into index-based arrays so that scoring is a tight loop with no
/// string hashing. The scorer, the sensitivity analyzer and the what-if engine all score
/// through this one model, so they can never disagree.
struct CompiledWorksheet: Sendable {
    // MARK: - Types

    /// One question, with every id replaced by an index.
    struct CompiledQuestion: Sendable {
        /// Question id.
        var id: String
        /// Weight from the worksheet.
        var weight: Double
        /// Index of the question whose answer decides visibility, if any.
        var parent: Int?
        /// True when the question's condition names a question the worksheet lacks.
        var danglingParent: Bool
        /// For the parent's answers (by index): whether that answer shows this question.
        var shownByParentAnswer: [Bool]
        /// Answer ids in display order.
        var answerIDs: [String]
        /// Points: `points[answer][option]`.
        var points: [[Double]]
        /// The most each option can get from this question (before weight and importance).
        var best: [Double]
        /// Options each answer rules out (already expanded for `requires`).
        var rulesOut: [[Int]]
    }

    /// Points, reachable maxima and must-have exclusions for one set of answers.
    struct Tally: Sendable {
        /// Points per option, in worksheet option order.
        var points: [Double]
        /// Reachable maximum per option on the visible questions.
        var maxima: [Double]
        /// For each option, the indices of the visible questions whose answers rule it out.
        var ruledOutBy: [[Int]]
        /// Visibility per question.
        var visible: [Bool]
    }

    // MARK: - Data

    /// Option ids in worksheet order.
    let optionIDs: [String]
    /// Questions in worksheet order.
    let questions: [CompiledQuestion]
    /// Question index by id.
    let indexByID: [String: Int]
    /// Whether some question's visibility depends on this question's answer.
    let isParent: [Bool]

    // MARK: - Building

    /// Compiles a worksheet.
    init(_ worksheet: Worksheet) {
        let optionIDs = worksheet.options.map(\.id)
        let optionIndex = Dictionary(optionIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let all = worksheet.questions
        var indexByID: [String: Int] = [:]
        for (index, question) in all.enumerated() where indexByID[question.id] == nil {
            indexByID[question.id] = index
        }
        self.optionIDs = optionIDs
        self.indexByID = indexByID
        var isParent = [Bool](repeating: false, count: all.count)
        for question in all {
            if let parent = question.showWhen.flatMap({ indexByID[$0.question] }) { isParent[parent] = true }
        }
        self.isParent = isParent
        self.questions = all.map { question in
            let parent = question.showWhen.flatMap { indexByID[$0.question] }
            let shown: [Bool]
            if let condition = question.showWhen, let parent {
                shown = all[parent].answers.map { condition.answers.contains($0.id) }
            } else {
                shown = []
            }
            let points = question.answers.map { answer in optionIDs.map { answer.points(for: $0) } }
            let best = optionIDs.indices.map { option in points.map { $0[option] }.max() ?? 0 }
            let rulesOut = question.answers.map { answer -> [Int] in
                var out = Set(answer.excludes.compactMap { optionIndex[$0] })
                if let required = answer.requires, optionIndex[required] != nil {
                    out.formUnion(optionIDs.indices.filter { optionIDs[$0] != required })
                }
                return out.sorted()
            }
            return CompiledQuestion(
                id: question.id, weight: question.weight, parent: parent,
                danglingParent: question.showWhen != nil && parent == nil, shownByParentAnswer: shown,
                answerIDs: question.answers.map(\.id), points: points, best: best, rulesOut: rulesOut)
        }
    }

    // MARK: - Responses as indices

    /// The chosen answer index per question (-1 when unanswered or unknown).
    func choices(_ responses: Responses) -> [Int] {
        questions.map { question in
            guard let given = responses.answers[question.id] else { return -1 }
            return question.answerIDs.firstIndex(of: given) ?? -1
        }
    }

    /// The importance multiplier per question.
    func importances(_ responses: Responses) -> [Double] {
        questions.map { responses.importance(of: $0.id) }
    }

    // MARK: - Scoring

    /// Which questions are shown: a question is visible when it has no condition, or its
    /// parent is visible and answered with one of the listed answers.
    func visibility(_ choices: [Int]) -> [Bool] {
        var state = [UInt8](repeating: 0, count: questions.count)  // 0 unknown, 1 visiting, 2 no, 3 yes
        func resolve(_ index: Int) -> Bool {
            switch state[index] {
            case 2: return false
            case 3: return true
            case 1: return false  // a cycle: validation forbids it; never show such a question
            default: break
            }
            state[index] = 1
            let question = questions[index]
            var shown = !question.danglingParent
            if let parent = question.parent {
                let answer = choices[parent]
                shown = answer >= 0 && answer < question.shownByParentAnswer.count
                    && question.shownByParentAnswer[answer] && resolve(parent)
            }
            state[index] = shown ? 3 : 2
            return shown
        }
        return questions.indices.map(resolve)
    }

    /// Scores one set of answers (indices) with importance multipliers. Pass `visible` when
    /// it is already known (a change to a question no other question depends on).
    func tally(choices: [Int], importance: [Double], visible known: [Bool]? = nil) -> Tally {
        let visible = known ?? visibility(choices)
        let count = optionIDs.count
        var points = [Double](repeating: 0, count: count)
        var maxima = [Double](repeating: 0, count: count)
        var ruledOutBy = [[Int]](repeating: [], count: count)
        for (index, question) in questions.enumerated() where visible[index] {
            let factor = question.weight * importance[index]
            for option in 0..<count { maxima[option] += factor * question.best[option] }
            let answer = choices[index]
            guard answer >= 0 else { continue }
            let row = question.points[answer]
            for option in 0..<count { points[option] += factor * row[option] }
            for option in question.rulesOut[answer] { ruledOutBy[option].append(index) }
        }
        return Tally(points: points, maxima: maxima, ruledOutBy: ruledOutBy, visible: visible)
    }
}
