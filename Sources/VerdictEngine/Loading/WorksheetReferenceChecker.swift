/// Checks what needs the whole worksheet: `showWhen` targets and answers, self-conditions
/// and cycles of conditions.
struct WorksheetReferenceChecker {
    /// Where problems go.
    let sink: DiagnosticCollector

    /// Checks every condition recorded in `marks` against the built worksheet.
    func check(_ worksheet: Worksheet, marks: WorksheetMarks) {
        var parent = [String: String](minimumCapacity: marks.conditions.count)
        for condition in marks.conditions {
            // Built only for a message: a worksheet may hold 20,000 conditions.
            var context: String { "question '\(condition.owner)': showWhen" }
            if condition.target == condition.owner {
                sink.add(condition.targetPosition, "\(context): the question is conditioned on itself; "
                    + "expected another question's id")
                continue
            }
            guard let target = worksheet.question(condition.target) else {
                if marks.questionIDs[condition.target] == nil {
                    sink.add(condition.targetPosition, "\(context): unknown question '\(condition.target)'")
                }
                continue
            }
            parent[condition.owner] = condition.target
            for answer in condition.answers where target.answer(answer.id) == nil {
                let valid = target.answers.map(\.id)
                sink.add(answer.position, "\(context): question '\(target.id)' has no answer '\(answer.id)' "
                    + "(answers are \(valid.joined(separator: ", ")))")
            }
        }
        reportCycles(parent: parent, marks: marks)
    }

    // MARK: - Cycles

    /// Every question has at most one parent, so cycles are found by following chains.
    private func reportCycles(parent: [String: String], marks: WorksheetMarks) {
        var state = [String: Bool](minimumCapacity: parent.count)  // false: on the current path, true: finished
        let positions = Dictionary(marks.conditions.map { ($0.owner, $0.position) }, uniquingKeysWith: { a, _ in a })
        // The conditions are in file order: each chain is followed from its first condition.
        for start in marks.conditions.lazy.map(\.owner) where parent[start] != nil && state[start] == nil {
            var path: [String] = []
            var current: String? = start
            while let node = current, state[node] == nil {
                state[node] = false
                path.append(node)
                current = parent[node]
            }
            if let node = current, state[node] == false, let index = path.firstIndex(of: node) {
                let cycle = Array(path[index...])
                let first = cycle.min { (positions[$0] ?? .init(line: 0, column: 0)) < (positions[$1] ?? .init(line: 0, column: 0)) } ?? node
                let rotated = rotate(cycle, toStartAt: first)
                if let position = positions[first] {
                    let steps = rotated.count <= DiagnosticCap.ids
                        ? (rotated + [first]).joined(separator: " → ")
                        : (rotated.prefix(DiagnosticCap.ids / 2) + ["…", first]).joined(separator: " → ")
                    sink.add(position, "question '\(first)': showWhen forms a cycle of \(DiagnosticCap.grouped(rotated.count)) "
                        + "question\(rotated.count == 1 ? "" : "s") starting here: " + steps
                        + "; expected every chain of conditions to end at an unconditioned question")
                }
            }
            for node in path { state[node] = true }
        }
    }

    private func rotate(_ cycle: [String], toStartAt first: String) -> [String] {
        guard let index = cycle.firstIndex(of: first) else { return cycle }
        return Array(cycle[index...] + cycle[..<index])
    }
}
