/// The cross-file checks of a team merge: named and unique members, one worksheet
/// version, answers that exist in the worksheet scored against. Every failure names the
/// file (and place) at fault; nothing is merged until all inputs pass.
struct TeamInputCheck {
    let worksheet: Worksheet
    let allowMixedVersions: Bool

    /// Runs every check, throwing the first problem found.
    func run(_ inputs: [TeamInput]) throws {
        guard let first = inputs.first else {
            throw InputError(.missing, path: "verdict team", "no result files to merge")
        }
        try checkNames(inputs)
        try checkWorksheet(inputs, first: first)
        let questions = Dictionary(worksheet.questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for input in inputs { try checkAnswers(input, questions: questions) }
    }

    // MARK: - Members

    private func checkNames(_ inputs: [TeamInput]) throws {
        var seen: [String: String] = [:]
        for input in inputs {
            let name = input.respondent.trimmingWhitespace()
            if name.isEmpty {
                throw Diagnostic(
                    input.respondentLocation,
                    "respondent is empty; every member's result needs a name: to add one, run "
                        + "verdict score \(worksheet.id) --answers \(ShellWord.quote(input.file)) --name NAME "
                        + "--output \(ShellWord.quote(input.file))")
            }
            if let problem = PersonName.invisibleProblem(name) {
                throw Diagnostic(input.respondentLocation, "respondent: \(problem)")
            }
            let key = PersonName.key(name)
            if let earlier = seen[key] {
                throw Diagnostic(
                    input.respondentLocation,
                    "respondent '\(TextSanitizer.sanitize(name))' also answered in \(TextSanitizer.sanitize(earlier)); each member may take part once")
            }
            seen[key] = input.file
        }
    }

    // MARK: - Worksheet version

    private func checkWorksheet(_ inputs: [TeamInput], first: TeamInput) throws {
        if let odd = inputs.first(where: { $0.worksheetID != worksheet.id }) {
            throw Diagnostic(
                odd.worksheetLocation,
                "answered worksheet '\(TextSanitizer.sanitize(odd.worksheetID))', but the team is merged on '\(worksheet.id)'; "
                    + "all results must answer the same worksheet")
        }
        if allowMixedVersions { return }
        let common = TeamInputCheck.commonest(inputs.map(\.worksheetSHA256))
        if let odd = inputs.first(where: { $0.worksheetSHA256 != common }),
           let norm = inputs.first(where: { $0.worksheetSHA256 == common }) {
            let count = inputs.filter { $0.worksheetSHA256 == common }.count
            throw Diagnostic(
                odd.worksheetLocation,
                "answered \(worksheet.id) version \(TextSanitizer.sanitize(odd.worksheetVersion)) (sha256 \(short(odd.worksheetSHA256))), "
                    + "but \(count) of \(inputs.count) results answered version \(norm.worksheetVersion) "
                    + "(sha256 \(short(common))); re-answer that version or pass --allow-mixed-versions")
        }
        if common != worksheet.sha256 {
            throw InputError(
                .badData, path: worksheet.origin.isEmpty ? worksheet.id : worksheet.origin,
                "worksheet \(worksheet.id) found here is version \(worksheet.version) (sha256 \(short(worksheet.sha256))), "
                    + "but the results answered version \(TextSanitizer.sanitize(first.worksheetVersion)) (sha256 \(short(common))); "
                    + "pass --allow-mixed-versions to score them against this version")
        }
    }

    // MARK: - Answers

    private func checkAnswers(_ input: TeamInput, questions: [String: Question]) throws {
        let suffix = allowMixedVersions
            ? "; --allow-mixed-versions needs every answered question and answer to exist in the newest version"
            : ""
        var seen: Set<String> = []
        for entry in input.answers {
            guard let question = questions[entry.question] else {
                throw Diagnostic(
                    entry.location,
                    "question '\(TextSanitizer.sanitize(entry.question))' does not exist in \(worksheet.id) version \(worksheet.version)\(suffix)")
            }
            guard question.answer(entry.answer) != nil else {
                let valid = question.answers.map(\.id).joined(separator: ", ")
                throw Diagnostic(
                    entry.location,
                    "answer '\(TextSanitizer.sanitize(entry.answer))' to '\(TextSanitizer.sanitize(entry.question))' does not exist in \(worksheet.id) version "
                        + "\(worksheet.version) (valid: \(valid))\(suffix)")
            }
            guard seen.insert(entry.question).inserted else {
                throw Diagnostic(entry.location, "question '\(TextSanitizer.sanitize(entry.question))' is answered twice")
            }
            let bounds = worksheet.importance
            guard entry.importance >= bounds.min, entry.importance <= bounds.max else {
                throw Diagnostic(
                    entry.location,
                    "importance \(entry.importance) of '\(TextSanitizer.sanitize(entry.question))' is outside \(bounds.min)…\(bounds.max)")
            }
        }
    }

    // MARK: - Helpers

    /// The most frequent value; ties go to the one seen first.
    static func commonest(_ values: [String]) -> String {
        var counts: [String: Int] = [:]
        for value in values { counts[value, default: 0] += 1 }
        var best = values.first ?? ""
        for value in values where (counts[value] ?? 0) > (counts[best] ?? 0) { best = value }
        return best
    }

    private func short(_ sha: String) -> String { String(sha.prefix(12)) }
}

extension String {
    /// The string without leading and trailing spaces and newlines.
    func trimmingWhitespace() -> String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice = slice.dropFirst() }
        while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
        return String(slice)
    }
}
