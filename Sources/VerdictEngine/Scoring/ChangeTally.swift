/// Tallies of one-answer changes without re-scoring the worksheet: what the sensitivity
/// analysis asks for every alternative answer of every question.
///
/// For each question it keeps what the question and everything its current answer shows
/// beneath it add up to (points, reachable maxima, options ruled out), built once from the
/// deepest conditions up. A changed answer then moves the tally by the question's own
/// difference plus the subtrees of the children it shows or hides: O(options × children),
/// so a whole analysis costs O(questions × answers × options) instead of a full re-score
/// per alternative (probe D5: 44 s on a 20,000-question chain of conditions).
struct ChangeTally {
    let compiled: CompiledWorksheet
    let choices: [Int]
    let importance: [Double]
    /// The tally of the answers as given.
    let base: CompiledWorksheet.Tally
    /// Per question and option (`q * optionCount + o`): the question's subtree, visible.
    private var subtreePoints: [Double]
    private var subtreeMaxima: [Double]
    private var subtreeRuled: [Int]
    /// Options ruled out in the base tally, counted.
    private let baseRuled: [Int]

    init(compiled: CompiledWorksheet, choices: [Int], importance: [Double], base: CompiledWorksheet.Tally) {
        self.compiled = compiled
        self.choices = choices
        self.importance = importance
        self.base = base
        baseRuled = base.ruledOutBy.map(\.count)
        let count = compiled.optionCount
        subtreePoints = [Double](repeating: 0, count: compiled.questions.count * count)
        subtreeMaxima = subtreePoints
        subtreeRuled = [Int](repeating: 0, count: subtreePoints.count)
        // Deepest first, so every child's subtree is complete before its parent adds it.
        for index in compiled.visibilityOrder.reversed() {
            let row = index * count
            Self.add(own: index, answer: choices[index], sign: 1, compiled: compiled, importance: importance,
                     points: &subtreePoints, maxima: &subtreeMaxima, ruled: &subtreeRuled, at: row)
            for child in compiled.children[index] where compiled.shows(child, answer: choices[index]) {
                let childRow = child * count
                for option in 0..<count {
                    subtreePoints[row + option] += subtreePoints[childRow + option]
                    subtreeMaxima[row + option] += subtreeMaxima[childRow + option]
                    subtreeRuled[row + option] += subtreeRuled[childRow + option]
                }
            }
        }
    }

    /// The tally with question `index` (visible) answered `answer` instead.
    func changing(_ index: Int, to answer: Int) -> CompiledWorksheet.Tally {
        var points = base.points
        var maxima = base.maxima
        var ruled = baseRuled
        let old = choices[index]
        // The question stays visible, so its own maxima do not move; only its answer does.
        for (change, sign) in [(old, -1.0), (answer, 1.0)] {
            Self.add(own: index, answer: change, sign: sign, compiled: compiled, importance: importance,
                     points: &points, maxima: &maxima, ruled: &ruled, at: 0, withMaxima: false)
        }
        let count = compiled.optionCount
        for child in compiled.children[index] {
            let before = compiled.shows(child, answer: old)
            guard before != compiled.shows(child, answer: answer) else { continue }
            let sign: Double = before ? -1 : 1
            let row = child * count
            for option in 0..<count {
                points[option] += sign * subtreePoints[row + option]
                maxima[option] += sign * subtreeMaxima[row + option]
                ruled[option] += Int(sign) * subtreeRuled[row + option]
            }
        }
        return tally(points, maxima, ruled)
    }

    /// The tally with question `index`'s importance multiplied by `scale`.
    func scaling(_ index: Int, by scale: Double) -> CompiledWorksheet.Tally {
        var points = base.points
        var maxima = base.maxima
        let answer = choices[index]
        let extra = compiled.weights[index] * importance[index] * (scale - 1)
        let count = compiled.optionCount
        for option in 0..<count {
            maxima[option] += extra * compiled.best[index * count + option]
            if answer >= 0 { points[option] += extra * compiled.answerPoints[(compiled.answerBase[index] + answer) * count + option] }
        }
        return tally(points, maxima, baseRuled)
    }

    // MARK: - Helpers

    /// What one visible question adds with this answer (`sign` -1 takes it away), added to
    /// the per-option values starting at `offset`.
    private static func add(
        own index: Int, answer: Int, sign: Double, compiled: CompiledWorksheet, importance: [Double],
        points: inout [Double], maxima: inout [Double], ruled: inout [Int], at offset: Int, withMaxima: Bool = true
    ) {
        let count = compiled.optionCount
        let factor = sign * compiled.weights[index] * importance[index]
        if withMaxima {
            for option in 0..<count { maxima[offset + option] += factor * compiled.best[index * count + option] }
        }
        guard answer >= 0 else { return }
        let flat = compiled.answerBase[index] + answer
        for option in 0..<count { points[offset + option] += factor * compiled.answerPoints[flat * count + option] }
        if compiled.rulesAnyOut[flat] {
            for option in compiled.questions[index].rulesOut[answer] { ruled[offset + option] += Int(sign) }
        }
    }

    /// A tally for the verdict rule, which reads points, maxima and whether an option is
    /// ruled out (not by which questions, nor visibility).
    private func tally(_ points: [Double], _ maxima: [Double], _ ruled: [Int]) -> CompiledWorksheet.Tally {
        CompiledWorksheet.Tally(points: points, maxima: maxima, ruledOutBy: ruled.map { $0 > 0 ? [-1] : [] }, visible: base.visible)
    }
}
