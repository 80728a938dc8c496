/// A member after re-scoring: the answers that count (visible ones) and the report.
struct ScoredMember: Sendable {
    let name: String
    let file: String
    let responses: Responses
    let report: ScoreReport
    /// Question id → answer id, visible questions only.
    let answers: [String: String]
}
