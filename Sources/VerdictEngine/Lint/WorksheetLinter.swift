/// Finds the patterns that bias a worksheet (`verdict validate --lint`, docs/worksheets.md
/// "Lint"): absence counted as evidence and unbalanced reachable maxima from the worksheet
/// alone; base-rate and redundant questions from documented cases. A question (or the
/// worksheet, for worksheet-wide rules) can allow a rule with a reason: `lint: {allow, reason}`.
public struct WorksheetLinter: Sendable {
    /// Largest accepted gap between the options' reachable maxima, as a share of the largest.
    public static let maximaTolerance = 0.15
    /// Share of the cases answering a question the same way that makes it a base rate.
    public static let baseRateShare = 0.9
    /// Smallest weight a base-rate question must have to be reported.
    public static let baseRateWeight = 2.0
    /// Correlation at which two questions count as moving together.
    public static let redundantCorrelation = 0.9
    /// Fewest cases a case rule needs before it says anything.
    public static let minimumCases = 5

    /// The loader used.
    public let loader: WorksheetLoader

    /// Creates a linter.
    public init(loader: WorksheetLoader = WorksheetLoader()) { self.loader = loader }

    /// Loads a worksheet file and lints it, with `cases` (nil: no case rules) checked against
    /// it first. Throws ``DiagnosticList`` for an invalid worksheet or case.
    public func lint(contentsOf path: String, cases: [DocumentedCase]?) throws -> (worksheet: Worksheet, warnings: [LintWarning]) {
        let (worksheet, marks) = try loader.loadWithMarks(bytes: loader.readFile(path), file: path, origin: path)
        var answering: [DocumentedCase]?
        if let cases {
            let tester = CaseTester(worksheet: worksheet)
            answering = try tester.applicable(cases)
        }
        return (worksheet, lint(worksheet, marks: marks, file: path, cases: answering))
    }

    // MARK: - Rules

    func lint(_ worksheet: Worksheet, marks: WorksheetMarks, file: String, cases: [DocumentedCase]?) -> [LintWarning] {
        var found: [(question: String, warning: LintWarning)] = []
        let at = { (position: SourcePosition?) in (position ?? SourcePosition(line: 1, column: 1)).location(in: file) }
        let options = worksheet.options.map(\.id)
        for question in worksheet.questions {
            for answer in question.answers where Self.isAbsence(answer) {
                let points = options.map { answer.points(for: $0) }
                guard points.contains(where: { $0 != points[0] }) else { continue }
                let given = options.filter { answer.points(for: $0) > 0 }
                    .map { "\($0) \(Self.number(answer.points(for: $0)))" }.joined(separator: ", ")
                found.append((question.id, LintWarning(
                    at(marks.answerPositions[question.id]?.first { $0.id == answer.id }?.position),
                    "question '\(question.id)': answer '\(answer.id)' says something is absent yet gives points "
                        + "(\(given)); not needing something is not evidence for the other side — score it 0, or allow "
                        + "the rule with a reason", rule: .absenceAsEvidence)))
            }
        }
        let maxima = options.map { option in
            worksheet.questions.reduce(0.0) { total, question in
                total + question.weight * (question.answers.map { $0.points(for: option) }.max() ?? 0)
            }
        }
        if let top = maxima.max(), top > 0, let low = maxima.min(), (top - low) / top > Self.maximaTolerance,
           let weakest = maxima.firstIndex(of: low), let strongest = maxima.firstIndex(of: top) {
            let share = Int(((top - low) / top * 100).rounded())
            found.append(("", LintWarning(
                at(marks.optionPositions[options[weakest]]),
                "option '\(options[weakest])' can reach at most \(Self.number(low)) points, \(share)% less than "
                    + "'\(options[strongest])' (\(Self.number(top))); more than \(Int(Self.maximaTolerance * 100))% "
                    + "apart tilts every result", rule: .unbalancedMaxima)))
        }
        if let cases {
            found += baseRate(worksheet, marks: marks, cases: cases, at: at)
            found += redundant(worksheet, marks: marks, cases: cases, at: at)
        }
        return allowed(found, marks: marks, file: file, checkedCases: cases != nil)
    }

    /// Drops allowed findings and reports allowances that allow nothing.
    private func allowed(_ found: [(question: String, warning: LintWarning)], marks: WorksheetMarks, file: String,
                         checkedCases: Bool) -> [LintWarning] {
        var used: Set<String> = []
        var kept: [LintWarning] = []
        for (question, warning) in found {
            let owners = warning.rule == .redundant ? question.split(separator: " ").map(String.init) : [question]
            let allowing = owners.filter { marks.lint[$0]?.rules.contains(warning.rule.rawValue) == true }
            for owner in allowing { used.insert(owner + " " + warning.rule.rawValue) }
            if allowing.isEmpty { kept.append(warning) }
        }
        for (owner, allowance) in marks.lint {
            for rule in allowance.rules where !used.contains(owner + " " + rule) {
                let needsCases = rule == LintRule.baseRate.rawValue || rule == LintRule.redundant.rawValue
                if needsCases && !checkedCases { continue }
                let place = owner.isEmpty ? "the worksheet" : "question '\(owner)'"
                kept.append(LintWarning(allowance.position.location(in: file),
                                        "\(place) allows '\(rule)' but the rule finds nothing here; remove the allowance",
                                        rule: .unusedAllowance))
            }
        }
        return kept.sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
    }

    // MARK: - Case rules

    private func baseRate(_ worksheet: Worksheet, marks: WorksheetMarks, cases: [DocumentedCase],
                          at: (SourcePosition?) -> SourceLocation) -> [(question: String, warning: LintWarning)] {
        let options = worksheet.options.map(\.id)
        return worksheet.questions.compactMap { question in
            guard question.weight >= Self.baseRateWeight else { return nil }
            let given = cases.compactMap { $0.responses(for: worksheet.id).answers[question.id] }
            guard given.count >= Self.minimumCases else { return nil }
            var counts: [String: Int] = [:]
            for answer in given { counts[answer, default: 0] += 1 }
            guard let (common, count) = counts.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }),
                  Double(count) / Double(given.count) >= Self.baseRateShare,
                  let answer = question.answer(common) else { return nil }
            let points = options.map { answer.points(for: $0) }
            guard points.contains(where: { $0 != points[0] }) else { return nil }
            return (question.id, LintWarning(
                at(marks.questionIDs[question.id]),
                "question '\(question.id)' (weight \(Self.number(question.weight))): \(count) of \(given.count) cases "
                    + "answer '\(common)'; a question nearly every project answers alike decides without telling "
                    + "them apart — reword it to discriminate or weigh it less", rule: .baseRate))
        }
    }

    private func redundant(_ worksheet: Worksheet, marks: WorksheetMarks, cases: [DocumentedCase],
                           at: (SourcePosition?) -> SourceLocation) -> [(question: String, warning: LintWarning)] {
        let options = worksheet.options.map(\.id)
        let questions = worksheet.questions
        let answers = cases.map { $0.responses(for: worksheet.id).answers }
        // Each answered question's contribution per option (weight × points).
        let contributions: [[[Double]?]] = questions.map { question in
            answers.map { given in
                guard let id = given[question.id], let answer = question.answer(id) else { return nil }
                return options.map { question.weight * answer.points(for: $0) }
            }
        }
        var result: [(question: String, warning: LintWarning)] = []
        for second in questions.indices {
            for first in 0..<second {
                var xs: [[Double]] = []
                var ys: [[Double]] = []
                for index in answers.indices {
                    guard let x = contributions[first][index], let y = contributions[second][index] else { continue }
                    xs.append(x)
                    ys.append(y)
                }
                let shared = xs.count
                guard shared >= Self.minimumCases, let r = Self.correlationAcrossCases(xs, ys),
                      r >= Self.redundantCorrelation
                else { continue }
                let one = questions[first].id
                let other = questions[second].id
                result.append(("\(one) \(other)", LintWarning(
                    at(marks.questionIDs[other]),
                    "questions '\(one)' and '\(other)' move together across \(shared) cases (r = "
                        + "\(Self.number(r))); they count one preference twice — ask it once or cap the pair",
                    rule: .redundant)))
            }
        }
        return result
    }

    // MARK: - Helpers

    /// Whether an answer says something is absent or not needed: the `no` of a yes/no
    /// question, or an id that is `no`, `none`, `never` or starts with `no-`, `none-`,
    /// `not-` or `without-`.
    public static func isAbsence(_ answer: Answer) -> Bool {
        let id = answer.id
        if ["no", "none", "never"].contains(id) { return true }
        return ["no-", "none-", "not-", "without-"].contains { id.hasPrefix($0) }
    }

    /// Pearson's r between two questions' per-option contributions across cases: each option's
    /// contribution is centred on its mean over the cases, so only what changes from case to case
    /// counts. Nil when either question is answered the same way by every case (that is the
    /// base-rate rule's concern, not redundancy).
    static func correlationAcrossCases(_ xs: [[Double]], _ ys: [[Double]]) -> Double? {
        guard xs.count == ys.count, xs.count > 1, let width = xs.first?.count else { return nil }
        let count = Double(xs.count)
        let meanX = (0..<width).map { option in xs.reduce(0) { $0 + $1[option] } / count }
        let meanY = (0..<width).map { option in ys.reduce(0) { $0 + $1[option] } / count }
        var covariance = 0.0
        var varianceX = 0.0
        var varianceY = 0.0
        for (x, y) in zip(xs, ys) {
            for option in 0..<width {
                let dx = x[option] - meanX[option]
                let dy = y[option] - meanY[option]
                covariance += dx * dy
                varianceX += dx * dx
                varianceY += dy * dy
            }
        }
        guard varianceX > 1e-12, varianceY > 1e-12 else { return nil }
        return covariance / (varianceX * varianceY).squareRoot()
    }

    /// "3", "1.5", "0.95".
    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String((value * 100).rounded() / 100)
    }
}
