/// The figures behind a team report: answer tallies with split and impact, pairwise
/// agreement, and the team's reasons. Definitions are in docs/team.md.
struct TeamStatistics {
    let worksheet: Worksheet
    let members: [ScoredMember]

    /// How many reasons to give per side.
    static let reasonsPerSide = 5

    // MARK: - Tallies

    /// One tally per question answered by at least one member, in worksheet order.
    func tallies() -> [QuestionTally] {
        worksheet.questions.compactMap { question -> QuestionTally? in
            var byAnswer: [String: [String]] = [:]
            for member in members {
                if let answer = member.answers[question.id] { byAnswer[answer, default: []].append(member.name) }
            }
            guard !byAnswer.isEmpty else { return nil }
            let answerOrder = Dictionary(uniqueKeysWithValues: question.answers.enumerated().map { ($1.id, $0) })
            let groups = byAnswer.map { answerID, names -> AnswerGroup in
                let answer = question.answer(answerID)
                return AnswerGroup(
                    answer: answerID, label: answer?.label ?? answerID, reason: answer?.reason ?? "", members: names)
            }.sorted { lhs, rhs in
                if lhs.members.count != rhs.members.count { return lhs.members.count > rhs.members.count }
                return (answerOrder[lhs.answer] ?? 0) < (answerOrder[rhs.answer] ?? 0)
            }
            let answering = groups.reduce(0) { $0 + $1.members.count }
            return QuestionTally(
                question: question.id, prompt: question.prompt, weight: question.weight, answering: answering,
                groups: groups,
                split: Self.split(largest: groups[0].members.count, answering: answering, answers: question.answers.count),
                impact: impact(question, chosen: groups.map(\.answer)))
        }
    }

    /// Normalised split: (1 − largest ÷ answering) ÷ (1 − ⌈answering ÷ answers⌉ ÷ answering),
    /// so all alike is 0 and the most even split the answers allow is 1; 0 when no split is possible.
    static func split(largest: Int, answering: Int, answers: Int) -> Double {
        guard answering > 0, answers > 0 else { return 0 }
        let total = Double(answering)
        let evenLargest = Double((answering + answers - 1) / answers)
        let most = 1 - evenLargest / total
        guard most > 0 else { return 0 }
        return (1 - Double(largest) / total) / most
    }

    /// weight × max over options of (max − min of that option's points among the answers given).
    func impact(_ question: Question, chosen: [String]) -> Double {
        let answers = chosen.compactMap { question.answer($0) }
        let swing = worksheet.options.map { option -> Double in
            let points = answers.map { $0.points(for: option.id) }
            return (points.max() ?? 0) - (points.min() ?? 0)
        }.max() ?? 0
        return question.weight * swing
    }

    // MARK: - Pairwise agreement

    /// Mean over pairs of members (with at least one commonly answered question) of the share
    /// of commonly answered questions answered alike, and how many pairs counted.
    ///
    /// Members are grouped by the set of questions they answered; within such a pair of groups
    /// every pair has the same denominator, so the sum of shares is computed from answer counts
    /// in O(groups² × answers) rather than O(members² × questions).
    func pairwiseAgreement() -> (mean: Double?, pairs: Int) {
        let questions = worksheet.questions
        var offsets: [Int] = []
        var total = 0
        for question in questions {
            offsets.append(total)
            total += question.answers.count
        }
        let questionIndex = Dictionary(uniqueKeysWithValues: questions.enumerated().map { ($1.id, $0) })
        var groupOf: [[Int]: Int] = [:]
        var groups: [(questions: [Int], size: Int, counts: [Int])] = []
        for member in members {
            var slots: [(question: Int, slot: Int)] = []
            for (questionID, answerID) in member.answers {
                guard let index = questionIndex[questionID],
                      let answer = questions[index].answers.firstIndex(where: { $0.id == answerID }) else { continue }
                slots.append((index, offsets[index] + answer))
            }
            slots.sort { $0.question < $1.question }
            let key = slots.map(\.question)
            let group: Int
            if let found = groupOf[key] {
                group = found
            } else {
                group = groups.count
                groupOf[key] = group
                groups.append((key, 0, [Int](repeating: 0, count: total)))
            }
            groups[group].size += 1
            for slot in slots { groups[group].counts[slot.slot] += 1 }
        }
        var sumOfShares = 0.0
        var pairs = 0
        for first in groups.indices {
            for second in first..<groups.count {
                let lhs = groups[first]
                let rhs = groups[second]
                let common = Self.intersection(lhs.questions, rhs.questions)
                guard !common.isEmpty else { continue }
                let pairCount = first == second ? lhs.size * (lhs.size - 1) / 2 : lhs.size * rhs.size
                guard pairCount > 0 else { continue }
                var alike = 0
                for question in common {
                    for slot in offsets[question]..<(offsets[question] + questions[question].answers.count) {
                        let count = lhs.counts[slot]
                        alike += first == second ? count * (count - 1) / 2 : count * rhs.counts[slot]
                    }
                }
                sumOfShares += Double(alike) / Double(common.count)
                pairs += pairCount
            }
        }
        return (pairs > 0 ? sumOfShares / Double(pairs) : nil, pairs)
    }

    /// Common elements of two ascending lists.
    static func intersection(_ lhs: [Int], _ rhs: [Int]) -> [Int] {
        var result: [Int] = []
        var left = 0
        var right = 0
        while left < lhs.count, right < rhs.count {
            if lhs[left] == rhs[right] {
                result.append(lhs[left])
                left += 1
                right += 1
            } else if lhs[left] < rhs[right] {
                left += 1
            } else {
                right += 1
            }
        }
        return result
    }

    // MARK: - Reasons

    /// The answers that gave the leader most points beyond the runner-up across the team,
    /// then those that gave the runner-up most beyond the leader (the rule of the members'
    /// own reasons: an answer is a reason for a side only by what it gives that side beyond
    /// the other).
    func reasons(leader: String?, runnerUp: String?) -> [TeamReason] {
        var result: [TeamReason] = []
        if let leader { result += strongest(for: leader, over: runnerUp, side: .winner) }
        if let runnerUp, let leader { result += strongest(for: runnerUp, over: leader, side: .runnerUp) }
        return result
    }

    private func strongest(for option: String, over other: String?, side: ReasonSide) -> [TeamReason] {
        // On the compiled worksheet's indices: no question copied or id hashed per answer
        // (a team of 3 × 20,000 answers spent a fifth of its time here).
        let compiled = worksheet.compiled
        guard let mine = compiled.optionIDs.firstIndex(of: option) else { return [] }
        let rival = other.map { compiled.optionIDs.firstIndex(of: $0) }
        struct Key: Hashable { let question: Int; let answer: Int }
        var sums: [Key: (points: Double, names: [String])] = [:]
        for member in members {
            for (questionID, answerID) in member.answers {
                guard let index = compiled.indexByID[questionID],
                      let answer = compiled.questions[index].answerIDs.firstIndex(of: answerID) else { continue }
                let points = { compiled.points(index, answer: answer, option: $0) }
                // Alone (no runner-up), the leader is compared with the least any option got.
                let compared = rival.map { $0.map(points) ?? 0 } ?? ((0..<compiled.optionCount).lazy.map(points).min() ?? 0)
                let beyond = compiled.weights[index] * member.responses.importance(of: questionID) * (points(mine) - compared)
                guard VerdictRule.key(beyond) > 0 else { continue }
                // In place: copying the names for every member made 10,000 members quadratic.
                let key = Key(question: index, answer: answer)
                sums[key, default: (0, [])].points += beyond
                sums[key, default: (0, [])].names.append(member.name)
            }
        }
        let count = Double(max(members.count, 1))
        let ranked = sums.filter { $0.value.points > 0 }
            .map { (key: $0.key, sum: $0.value, points: $0.value.points / count) }
            .sorted { lhs, rhs in
                if lhs.points != rhs.points { return lhs.points > rhs.points }
                if lhs.key.question != rhs.key.question { return lhs.key.question < rhs.key.question }
                return compiled.questions[lhs.key.question].answerIDs[lhs.key.answer]
                    < compiled.questions[rhs.key.question].answerIDs[rhs.key.answer]
            }
        return ranked.prefix(Self.reasonsPerSide).map { key, sum, points in
            let question = worksheet.questions[key.question]
            return TeamReason(
                question: question.id, answer: question.answers[key.answer].id, option: option, points: points,
                members: sum.names.count, names: sum.names, text: question.answers[key.answer].reason, side: side)
        }
    }

    // MARK: - Numbers

    /// The median (mean of the middle two for an even count; 0 for none).
    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
