#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// An unfinished run saved to disk so it can be resumed: whose answers, to which
/// worksheet (id and the sha256 of its source), and where the respondent was.
public struct SessionSnapshot: Sendable, Hashable, Codable {
    /// The worksheet's id.
    public var worksheetID: String
    /// Lower-case hex SHA-256 of the worksheet source the answers were given to.
    public var worksheetSHA256: String
    /// Who is answering.
    public var respondent: String
    /// Answer id per question id.
    public var answers: [String: String]
    /// Importance multiplier per question id (absent means 1).
    public var importance: [String: Double]
    /// The question the respondent was on, if any.
    public var questionID: String?
    /// When the snapshot was taken (whole seconds are kept).
    public var updatedAt: Date
    /// A meeting's decision (``MeetingSnapshot``); absent for `verdict run`'s sessions.
    public var meeting: MeetingDecision?

    /// Creates a snapshot.
    public init(
        worksheetID: String, worksheetSHA256: String, respondent: String = "",
        answers: [String: String] = [:], importance: [String: Double] = [:],
        questionID: String? = nil, updatedAt: Date = Date(), meeting: MeetingDecision? = nil
    ) {
        self.worksheetID = worksheetID
        self.worksheetSHA256 = worksheetSHA256
        self.respondent = respondent
        self.answers = answers
        self.importance = importance
        self.questionID = questionID
        self.updatedAt = Date(timeIntervalSince1970: updatedAt.timeIntervalSince1970.rounded(.down))
        self.meeting = meeting
    }

    /// A snapshot of responses to a worksheet.
    public init(worksheet: Worksheet, responses: Responses, questionID: String?, updatedAt: Date = Date()) {
        self.init(
            worksheetID: worksheet.id, worksheetSHA256: worksheet.sha256, respondent: responses.respondent,
            answers: responses.answers, importance: responses.importance, questionID: questionID,
            updatedAt: updatedAt)
    }

    /// The saved answers as ``Responses`` (not checked against any worksheet).
    public var responses: Responses {
        Responses(respondent: respondent, answers: answers, importance: importance)
    }

    // MARK: - Coding

    private enum CodingKeys: String, CodingKey {
        case worksheetID = "worksheet", worksheetSHA256 = "sha256", respondent, answers, importance
        case questionID = "question", updatedAt = "updated", meeting
    }
}
