/// Merges members' results into a ``TeamReport`` (DESIGN §6, definitions in docs/team.md).
///
/// Every input is checked first (names, one worksheet version, answers that exist);
/// then each member is re-scored from their answers with the ``Scorer`` — the numbers
/// stored in the files are not trusted.
public struct TeamMerger: Sendable {
    /// The worksheet every member is scored against.
    public let worksheet: Worksheet
    /// Accept results of other versions of the worksheet when every answered question and
    /// answer still exists in ``worksheet`` (the newest version).
    public var allowMixedVersions: Bool

    /// Creates a merger for one worksheet.
    public init(worksheet: Worksheet, allowMixedVersions: Bool = false) {
        self.worksheet = worksheet
        self.allowMixedVersions = allowMixedVersions
    }

    /// The worksheet id most inputs answered: the one to look up before merging.
    public static func worksheetID(of inputs: [TeamInput]) -> String? {
        inputs.isEmpty ? nil : TeamInputCheck.commonest(inputs.map(\.worksheetID))
    }

    /// Checks and merges the inputs. Throws ``Diagnostic`` or ``InputError`` naming the
    /// file at fault; returns nothing partial.
    public func merge(_ inputs: [TeamInput]) throws -> TeamReport {
        try TeamInputCheck(worksheet: worksheet, allowMixedVersions: allowMixedVersions).run(inputs)
        let scorer = Scorer(worksheet: worksheet)
        let scored = inputs.map { input -> ScoredMember in
            let responses = input.responses
            let report = scorer.score(responses)
            let visible = Set(report.visibleQuestions)
            let given = responses.answers.filter { visible.contains($0.key) }
            return ScoredMember(name: input.respondent.trimmingWhitespace(), file: input.file,
                                responses: responses, report: report, answers: given)
        }
        let members = scored.map { member in
            TeamMember(
                name: member.name, file: member.file, recommendation: member.report.recommendation,
                scores: worksheet.options.compactMap { member.report.score(of: $0.id) },
                answered: member.answers.count)
        }
        let (combined, recommendation) = combinedScores(scored)
        let statistics = TeamStatistics(worksheet: worksheet, members: scored)
        let tallies = statistics.tallies()
        let order = Dictionary(uniqueKeysWithValues: worksheet.questions.enumerated().map { ($1.id, $0) })
        // Priorities equal up to rounding (a 2–1 split on a yes/no and a 3-answer question
        // can both come to 3) are ordered by impact: what moves the scores more comes first.
        let disagreements = tallies.filter { $0.groups.count > 1 }.sorted { lhs, rhs in
            if abs(lhs.priority - rhs.priority) > 1e-9 { return lhs.priority > rhs.priority }
            if lhs.impact != rhs.impact { return lhs.impact > rhs.impact }
            if lhs.split != rhs.split { return lhs.split > rhs.split }
            return (order[lhs.question] ?? 0) < (order[rhs.question] ?? 0)
        }
        let withPick = recommendation.option.map { pick in members.filter { $0.pick == pick }.count } ?? 0
        let agreement = statistics.pairwiseAgreement()
        let consensus = Consensus(
            membersWithTeamPick: withPick,
            pickShare: recommendation.option == nil ? nil : Double(withPick) / Double(members.count),
            pairwiseAgreement: agreement.mean, comparedPairs: agreement.pairs)
        return TeamReport(
            worksheet: worksheet, members: members, scores: combined, recommendation: recommendation,
            consensus: consensus, tallies: tallies, disagreements: disagreements,
            agreed: tallies.filter { $0.groups.count == 1 && $0.answering > 1 },
            reasons: statistics.reasons(leader: combined.first?.option, runnerUp: combined.dropFirst().first?.option),
            vetoes: vetoes(scored))
    }

    /// Every member's must-have answers that ruled an option out.
    private func vetoes(_ members: [ScoredMember]) -> [TeamVeto] {
        worksheet.options.flatMap { option in
            members.flatMap { member in
                (member.report.ruledOut[option.id] ?? []).compactMap { questionID -> TeamVeto? in
                    guard let question = worksheet.question(questionID), let answerID = member.answers[questionID] else { return nil }
                    return TeamVeto(
                        member: member.name, option: option.id, question: questionID, prompt: question.prompt,
                        answer: question.answer(answerID)?.label ?? answerID)
                }
            }
        }
    }

    /// Merges a meeting's members (their own answers) with what the meeting decided: the
    /// answers that count (``MeetingDecision/applied(to:)``) are merged, and the report
    /// carries the decision. `file` names each member's result file.
    public func merge(meeting members: [Responses], decision: MeetingDecision, file: (Int) -> String) throws -> TeamReport {
        let counted = decision.applied(to: members)
        var report = try merge(counted.indices.map { TeamInput(responses: counted[$0], file: file($0), worksheet: worksheet) })
        report.meeting = decision
        return report
    }

    // MARK: - Combined scores

    private func combinedScores(_ members: [ScoredMember]) -> (scores: [CombinedScore], recommendation: Recommendation) {
        let count = Double(members.count)
        let scores = worksheet.options.map { option -> CombinedScore in
            let points = members.map { $0.report.score(of: option.id)?.points ?? 0 }
            let reachable = members.map { $0.report.score(of: option.id)?.max ?? 0 }.reduce(0, +) / count
            let mean = points.reduce(0, +) / count
            let ruledOutBy = members.filter { $0.report.ruledOut[option.id] != nil }.map(\.name)
            return CombinedScore(
                option: option.id, name: option.name, mean: mean, median: TeamStatistics.median(points),
                min: points.min() ?? 0, max: points.max() ?? 0, reachable: reachable,
                percent: reachable > 0 ? mean / reachable * 100 : 0, ruledOutBy: ruledOutBy,
                ruledOut: ruledOutBy.count == members.count)
        }
        // The Scorer's own rule, applied to the means: same order, tie and threshold logic.
        let tally = CompiledWorksheet.Tally(
            points: scores.map(\.mean), maxima: scores.map(\.reachable),
            ruledOutBy: scores.map { $0.ruledOut ? [0] : [] }, visible: [])
        let rule = VerdictRule(thresholds: worksheet.thresholds)
        let order = rule.order(tally)
        let decided = rule.decide(tally, order: order)
        let recommendation = Recommendation(
            option: decided.option.map { scores[$0].option }, kind: decided.kind, margin: decided.margin)
        return (order.map { scores[$0] }, recommendation)
    }
}
