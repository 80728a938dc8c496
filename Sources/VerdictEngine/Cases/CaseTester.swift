/// Scores documented cases through a worksheet and compares each recommendation with what
/// the project chose (`verdict test`): accuracy, balanced accuracy, recall per option, the
/// confusion matrix, and for each disagreement the answers that moved it most. One scorer,
/// in process: no subprocess per case.
public struct CaseTester: Sendable {
    /// The worksheet tested.
    public let worksheet: Worksheet
    /// How many moving answers to name per disagreement.
    public var moversPerCase = 3
    private let scorer: Scorer

    /// Creates a tester.
    public init(worksheet: Worksheet) {
        self.worksheet = worksheet
        self.scorer = Scorer(worksheet: worksheet, reasonsPerSide: 0)
    }

    /// Checks every case that has a block for the worksheet (``CaseLoader/check(_:against:)``)
    /// and throws all problems found; cases without a block are left out.
    public func applicable(_ cases: [DocumentedCase]) throws -> [DocumentedCase] {
        let chosen = cases.filter { $0.block(for: worksheet.id) != nil }
        let problems = chosen.flatMap { CaseLoader.check($0, against: worksheet) }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        return chosen
    }

    /// The report for these cases (those without a block for the worksheet are skipped).
    /// A block marked retrospective is scored among the options that existed when the
    /// choice was made (an option's `since` after the case's `decided` is left out).
    public func run(_ cases: [DocumentedCase]) -> CaseTestReport {
        var scorers: [[String]: Scorer] = [[]: scorer]
        let options = worksheet.options.map(\.id)
        var rows: [CaseTestReport.Row] = []
        var outside: [CaseTestReport.Outside] = []
        var unopposed: [String] = []
        var confusion = Array(repeating: Array(repeating: 0, count: options.count + 1), count: options.count)
        for item in cases {
            guard let block = item.block(for: worksheet.id) else { continue }
            let responses = item.responses(for: worksheet.id)
            let leftOut = block.retrospective
                ? worksheet.options.filter { $0.id != item.chosen && !$0.existed(at: item.decided) }.map(\.id) : []
            // A choice made when only one of the options existed chose nothing among them:
            // it is no evidence for this worksheet, so it is named but not scored.
            if options.count - leftOut.count < 2 {
                unopposed.append(item.id)
                continue
            }
            if scorers[leftOut] == nil {
                var reduced = worksheet
                reduced.options.removeAll { leftOut.contains($0.id) }
                scorers[leftOut] = Scorer(worksheet: reduced, reasonsPerSide: 0)
            }
            let report = (scorers[leftOut] ?? scorer).score(responses)
            let tooClose = report.recommendation.kind == .tooClose
            let recommended = Self.recommended(report)
            guard let row = options.firstIndex(of: item.chosen) else {
                let suggested = report.alternatives.contains { $0.alternative == item.chosen && $0.suggested }
                outside.append(.init(id: item.id, chosen: item.chosen, recommended: recommended,
                                     wayOutSuggested: suggested))
                continue
            }
            confusion[row][recommended.flatMap { options.firstIndex(of: $0) } ?? options.count] += 1
            let agrees = recommended == item.chosen
            rows.append(.init(
                id: item.id, chosen: item.chosen, recommended: recommended,
                ahead: tooClose ? report.recommendation.option : nil, kind: report.recommendation.kind.rawValue,
                margin: ResultBuilder.rounded(report.recommendation.margin), agrees: agrees,
                retrospective: block.retrospective, leftOut: leftOut,
                amongAll: leftOut.isEmpty ? nil : Self.recommended(scorer.score(responses)),
                answered: report.answeredCount,
                visible: report.visibleQuestions.count,
                movedBy: agrees ? [] : movers(report: report, responses: responses, chosen: item.chosen)))
        }
        let recall = options.enumerated().map { index, option -> CaseTestReport.Recall in
            let total = confusion[index].reduce(0, +)
            let agreed = confusion[index][index]
            return .init(option: option, cases: total, agreed: agreed,
                         recall: total > 0 ? ResultBuilder.rounded(Double(agreed) / Double(total)) : nil)
        }
        let recalls = recall.compactMap(\.recall)
        let agreeing = rows.filter(\.agrees).count
        return CaseTestReport(
            worksheet: .init(id: worksheet.id, version: worksheet.version), options: options, cases: rows,
            confusion: confusion,
            accuracy: rows.isEmpty ? 0 : ResultBuilder.rounded(Double(agreeing) / Double(rows.count)),
            balancedAccuracy: recalls.isEmpty ? 0 : ResultBuilder.rounded(recalls.reduce(0, +) / Double(recalls.count)),
            recall: recall, outside: outside, unopposed: unopposed)
    }

    /// The recommended option; too close to call is no recommendation, whether an option is
    /// ahead or it is a tie.
    static func recommended(_ report: ScoreReport) -> String? {
        report.recommendation.kind == .tooClose ? nil : report.recommendation.option
    }

    /// The answers that favoured the strongest other option over the chosen one most (weight ×
    /// the difference in points), after any answer that ruled the chosen option out.
    private func movers(report: ScoreReport, responses: Responses, chosen: String) -> [CaseTestReport.Mover] {
        let leader = report.scores.first { $0.option != chosen && !$0.ruledOut }?.option
        var found: [CaseTestReport.Mover] = (report.ruledOut[chosen] ?? []).map { question in
            CaseTestReport.Mover(question: question, answer: responses.answers[question] ?? "",
                                 toward: leader ?? "", points: 0, rulesOut: true)
        }
        guard let leader else { return found }
        var moved: [CaseTestReport.Mover] = []
        for id in report.visibleQuestions {
            guard let question = worksheet.question(id), let given = responses.answers[id],
                  let answer = question.answer(given) else { continue }
            let points = question.weight * (answer.points(for: leader) - answer.points(for: chosen))
            if points > 0 {
                moved.append(.init(question: id, answer: given, toward: leader,
                                   points: ResultBuilder.rounded(points), rulesOut: false))
            }
        }
        let ranked = moved.enumerated().sorted {
            $0.element.points != $1.element.points ? $0.element.points > $1.element.points : $0.offset < $1.offset
        }
        found += ranked.prefix(moversPerCase).map(\.element)
        return found
    }
}
