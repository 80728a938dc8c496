#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import VerdictEngine

/// An unfinished session or meeting the user may resume: one line saying what was saved,
/// and (for a session) what resuming restores. Full screen, it is a screen of the state
/// machine (``Screen/resume``, the meeting's ``MeetingState/resumeOffer``); in plain mode
/// ``plainQuestion`` is asked and the reply read with ``choice(forLine:)``.
public struct ResumeOffer: Sendable, Equatable {
    /// "An unfinished session by Ada from 2026-11-25 10:40 UTC (7 answers)."
    public let summary: String
    /// The answers resuming restores (already reconciled with the worksheet).
    public let responses: Responses
    /// The question resuming opens on.
    public let questionID: String?
    /// What changed since it was saved (dropped answers), shown once resumed.
    public let notice: String?
    /// A meeting's saved progress (nil for a session).
    public let meeting: MeetingProgress?

    /// An offer with its summary and what resuming restores.
    public init(
        summary: String, responses: Responses = Responses(), questionID: String? = nil, notice: String? = nil,
        meeting: MeetingProgress? = nil
    ) {
        self.summary = summary
        self.responses = responses
        self.questionID = questionID
        self.notice = notice
        self.meeting = meeting
    }

    /// The offer of a saved session, reconciled with the worksheet as it is now; a
    /// `respondent` given on the command line replaces the saved one.
    public init(snapshot: SessionSnapshot, worksheet: Worksheet, respondent: String?) {
        let count = snapshot.answers.count
        let who = snapshot.respondent.isEmpty ? "" : " by \(TextSanitizer.sanitize(snapshot.respondent))"
        let reconciled = SessionResume(snapshot: snapshot, worksheet: worksheet)
        var responses = reconciled.responses
        if let respondent { responses.respondent = respondent }
        self.init(
            summary: "An unfinished session\(who) from \(UTCText.minutes(snapshot.updatedAt)) (\(Self.answers(count))).",
            responses: responses, questionID: reconciled.questionID, notice: reconciled.notice)
    }

    /// The offer of a saved meeting: "An unfinished meeting of Ana, Ben, Cy from … (7 answers)."
    /// `notice` is shown once resumed (answers dropped since it was saved).
    public static func meeting(_ progress: MeetingProgress, updated: Date?, notice: String? = nil) -> ResumeOffer {
        let when = updated.map { " from " + UTCText.minutes($0) } ?? ""
        let names = progress.members.map { TextSanitizer.sanitize($0) }.joined(separator: ", ")
        return ResumeOffer(summary: "An unfinished meeting of \(names)\(when) (\(answers(progress.answerCount))).",
                           notice: notice, meeting: progress)
    }

    private static func answers(_ count: Int) -> String { "\(count) \(count == 1 ? "answer" : "answers")" }

    // MARK: - Plain mode

    /// What the user decided.
    public enum Choice: Sendable, Equatable {
        case resume, fresh, quit(QuitReason)
    }

    /// The plain-mode question line.
    public var plainQuestion: String { "\(summary) Resume it? [Y/n] " }

    /// The choice a plain-mode line means (nil: ask again; end of input aborts).
    public static func choice(forLine line: String?) -> Choice? {
        guard let line else { return .quit(.aborted) }
        switch line.trimmingSpaces().lowercased() {
        case "", "y", "yes": return .resume
        case "n", "no": return .fresh
        default: return nil
        }
    }
}
