import VerdictEngine

/// The what-if mode's state: the answers being tried and the selected question.
public struct WhatIfTrial: Sendable, Hashable {
    /// The answers with the tried changes applied.
    public var responses: Responses
    /// Index into the visible questions of `responses`.
    public var cursor: Int
    /// Question ids whose answer differs from the real answers.
    public var changed: Set<String>

    /// Starts a trial from the real answers.
    public init(responses: Responses) {
        self.responses = responses
        self.cursor = 0
        self.changed = []
    }
}
