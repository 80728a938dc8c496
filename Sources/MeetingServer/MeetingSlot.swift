import Foundation
import VerdictEngine

/// One member's place in the meeting: their name, how they are recognised when they
/// come back, and their answers (kept on the host only).
struct MeetingSlot: Codable, Sendable, Equatable {
    /// The name the member chose.
    var name: String
    /// The SHA256 fingerprint of the member's key; nil for a member who typed the code.
    var fingerprint: String?
    /// Question id → answer id.
    var answers: [String: String] = [:]
    /// Question id → importance.
    var importance: [String: Double] = [:]
    /// The question the member was on.
    var questionID: String?
    /// True once the member reached their results.
    var ready = false
    /// When the member last reached their results: their file's `completedAt`, kept by
    /// every later export (nil in a save from before it was kept).
    var finishedAt: Date?
    /// Observers watch and do not hold up the reveal.
    var observer = false
    /// Taken out of the meeting by the facilitator, or given up by its member before their
    /// first answer (then its name is emptied: free for anyone).
    var removed = false

    /// The answers as ``Responses``.
    var responses: Responses { Responses(respondent: name, answers: answers, importance: importance) }
}

/// What the meeting saves after every member's key (mode 0600), and `--resume` reads.
struct MeetingRecord: Codable, Sendable, Equatable {
    /// The worksheet's id and the SHA-256 of its source: a resume checks both.
    var worksheetID: String
    var worksheetSHA256: String
    /// Where the exports go.
    var exportFolder: String
    /// The members, in the order they joined.
    var slots: [MeetingSlot]
    /// True once the answers were revealed.
    var revealed = false
    /// True once the facilitator ended the meeting (a finished meeting is not resumed).
    var ended = false
    /// What the meeting decided after the reveal (nil before anything was decided).
    var decision: MeetingDecision?
    /// The roster (`--members`) it was started with; nil in meetings saved before it was kept.
    var roster: [String]?
}
