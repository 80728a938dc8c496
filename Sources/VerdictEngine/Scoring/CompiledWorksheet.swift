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
    /// The questions whose visibility depends directly on each question's answer.
    let children: [[Int]]

    // MARK: - Flat data for the hot loop

    /// Number of options.
    let optionCount: Int
    /// Weight per question.
    let weights: [Double]
    /// Index of each question's first answer in the flat answer arrays.
    let answerBase: [Int]
    /// Points per flat answer and option: `(answerBase[q] + a) * optionCount + o`.
    let answerPoints: [Double]
    /// Best points per question and option: `q * optionCount + o`.
    let best: [Double]
    /// Whether a flat answer rules any option out.
    let rulesAnyOut: [Bool]
    /// Questions in an order that puts every parent before its dependents; questions
    /// whose condition is dangling or cyclic are left out and so never visible.
    let visibilityOrder: [Int]

    // MARK: - Building

    /// Compiles a worksheet's options and questions (``Worksheet/compiled`` holds the result).
    init(options: [WorksheetOption], questions all: [Question]) {
        let optionIDs = options.map(\.id)
        let optionIndex = Dictionary(optionIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var indexByID = [String: Int](minimumCapacity: all.count)
        for (index, question) in all.enumerated() where indexByID[question.id] == nil {
            indexByID[question.id] = index
        }
        self.optionIDs = optionIDs
        self.indexByID = indexByID
        let count = optionIDs.count
        var bases: [Int] = []
        var flatPoints: [Double] = []
        var flatRules: [Bool] = []
        var best: [Double] = []
        bases.reserveCapacity(all.count)
        best.reserveCapacity(all.count * count)
        // Points go straight into the flat arrays (an array per answer cost 10 MB and a
        // hundred thousand allocations on a 10 MiB worksheet).
        let questions = all.map { question in
            let parent = question.showWhen.flatMap { indexByID[$0.question] }
            let shown: [Bool]
            if let condition = question.showWhen, let parent {
                shown = all[parent].answers.map { condition.answers.contains($0.id) }
            } else {
                shown = []
            }
            bases.append(flatRules.count)
            let first = flatPoints.count
            for answer in question.answers {
                // Each answer's few points placed by a scan of the few option ids: no hashing.
                let row = flatPoints.count
                flatPoints.append(contentsOf: repeatElement(0, count: count))
                for (option, value) in answer.points {
                    if let index = optionIDs.firstIndex(of: option) { flatPoints[row + index] = value }
                }
            }
            // The highest points per option (0 without answers).
            for option in 0..<count {
                best.append(stride(from: first + option, to: flatPoints.count, by: count).lazy.map { flatPoints[$0] }.max() ?? 0)
            }
            let rulesOut = question.answers.map { answer -> [Int] in
                // Most answers rule nothing out: no set to build and sort for them.
                if answer.excludes.isEmpty, answer.requires == nil { return [] }
                var out = Set(answer.excludes.compactMap { optionIndex[$0] })
                if let required = answer.requires, optionIndex[required] != nil {
                    out.formUnion(optionIDs.indices.filter { optionIDs[$0] != required })
                }
                return out.sorted()
            }
            flatRules += rulesOut.lazy.map { !$0.isEmpty }
            return CompiledQuestion(
                id: question.id, weight: question.weight, parent: parent,
                danglingParent: question.showWhen != nil && parent == nil, shownByParentAnswer: shown,
                answerIDs: question.answers.map(\.id), rulesOut: rulesOut)
        }
        self.questions = questions
        var isParent = [Bool](repeating: false, count: all.count)
        var children = [[Int]](repeating: [], count: all.count)
        for (index, question) in questions.enumerated() {
            guard let parent = question.parent else { continue }
            isParent[parent] = true
            children[parent].append(index)
        }
        self.isParent = isParent
        self.children = children
        optionCount = count
        weights = questions.map(\.weight)
        answerBase = bases
        answerPoints = flatPoints
        rulesAnyOut = flatRules
        self.best = best
        visibilityOrder = Self.order(questions)
    }

    /// Parents before dependents, by depth in the condition chain; questions on or below a
    /// cycle, or below a dangling condition, are left out.
    private static func order(_ questions: [CompiledQuestion]) -> [Int] {
        var depth = [Int](repeating: -1, count: questions.count)  // -1 unknown, -2 never visible, -3 on the path
        var path: [Int] = []
        for start in questions.indices where depth[start] == -1 {
            path.removeAll(keepingCapacity: true)
            var current = start
            var base = 0
            while true {
                if depth[current] == -3 { base = -2; break }
                if depth[current] != -1 { base = depth[current]; break }
                if questions[current].danglingParent { path.append(current); base = -2; break }
                path.append(current)
                depth[current] = -3
                guard let parent = questions[current].parent else { base = -1; break }
                current = parent
            }
            // Walk back down the path, assigning depths below the resolved base.
            var next = base
            for index in path.reversed() {
                next = next == -2 ? -2 : next + 1
                depth[index] = next
            }
        }
        return questions.indices.filter { depth[$0] >= 0 }.sorted { depth[$0] != depth[$1] ? depth[$0] < depth[$1] : $0 < $1 }
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

    /// The points answer `answer` of question `question` gives option `option`.
    func points(_ question: Int, answer: Int, option: Int) -> Double {
        answerPoints[(answerBase[question] + answer) * optionCount + option]
    }

    /// Whether `child` is shown when its (visible) parent has answer index `answer`.
    func shows(_ child: Int, answer: Int) -> Bool {
        let shown = questions[child].shownByParentAnswer
        return answer >= 0 && answer < shown.count && shown[answer]
    }

    /// Which questions are shown: a question is visible when it has no condition, or its
    /// parent is visible and answered with one of the listed answers.
    func visibility(_ choices: [Int]) -> [Bool] {
        var visible = [Bool](repeating: false, count: questions.count)
        for index in visibilityOrder {
            guard let parent = questions[index].parent else {
                visible[index] = true
                continue
            }
            let answer = choices[parent]
            let shown = questions[index].shownByParentAnswer
            visible[index] = visible[parent] && answer >= 0 && answer < shown.count && shown[answer]
        }
        return visible
    }

    /// Scores one set of answers (indices) with importance multipliers. Pass `visible` when
    /// it is already known (a change to a question no other question depends on).
    func tally(choices: [Int], importance: [Double], visible known: [Bool]? = nil) -> Tally {
        let visible = known ?? visibility(choices)
        let count = optionCount
        var points = [Double](repeating: 0, count: count)
        var maxima = [Double](repeating: 0, count: count)
        var ruledOutBy = [[Int]](repeating: [], count: count)
        for index in 0..<weights.count where visible[index] {
            let factor = weights[index] * importance[index]
            let bestRow = index * count
            for option in 0..<count { maxima[option] += factor * best[bestRow + option] }
            let answer = choices[index]
            guard answer >= 0 else { continue }
            let flat = answerBase[index] + answer
            let row = flat * count
            for option in 0..<count { points[option] += factor * answerPoints[row + option] }
            if rulesAnyOut[flat] {
                for option in questions[index].rulesOut[answer] { ruledOutBy[option].append(index) }
            }
        }
        return Tally(points: points, maxima: maxima, ruledOutBy: ruledOutBy, visible: visible)
    }
}
