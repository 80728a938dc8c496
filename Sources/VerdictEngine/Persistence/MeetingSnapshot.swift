#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A meeting's progress stored through ``SessionStore`` under its own session key,
/// `meeting-<worksheet-id>`, so it shares the autosave's atomic writes, checksum, backup
/// and lock:
///
/// - `respondent`: the members, comma-separated (names cannot contain commas);
/// - `answers`: `"<member index>:<question>"` → answer for each member's answers, and
///   `"team:<question>"` → answer for the agreed ones;
/// - `importance`: `"<member index>:<question>"` → each member's importance;
/// - `question`: the question on screen (absent on the results screen);
/// - `meeting`: the whole ``MeetingDecision`` (re-vote rounds, the members' own answers under
///   agreed ones, acceptance and note); the `team:` answers stay for older readers.
public enum MeetingSnapshot {
    /// The session key of a worksheet's meeting.
    public static func key(worksheetID: String) -> String { "meeting-\(worksheetID)" }

    /// The snapshot of some progress.
    public static func snapshot(_ progress: MeetingProgress, worksheet: Worksheet) -> SessionSnapshot {
        // Every answer given is saved: while a re-vote is open, a member who has not voted
        // again keeps their earlier answer, and the votes given in the round so far are saved
        // as the open round's votes (``progress(_:worksheet:)`` takes them back out).
        var answers: [String: String] = [:]
        for (index, given) in progress.recordedAnswers.enumerated() {
            for (question, answer) in given { answers["\(index):\(question)"] = answer }
        }
        var decision = progress.decision
        if let round = decision.openRound {
            for (member, given) in zip(progress.members, progress.answers) {
                if let vote = given[round.question] { decision.vote(member, answer: vote) }
            }
        }
        for (question, answer) in progress.agreed { answers["team:\(question)"] = answer }
        var importance: [String: Double] = [:]
        for (index, given) in progress.importance.enumerated() {
            for (question, value) in given { importance["\(index):\(question)"] = value }
        }
        return SessionSnapshot(
            worksheetID: key(worksheetID: worksheet.id), worksheetSHA256: worksheet.sha256,
            respondent: progress.members.joined(separator: ","), answers: answers, importance: importance,
            questionID: progress.questionID, meeting: decision.isEmpty ? nil : decision)
    }

    /// The progress in a snapshot, keeping only answers that still fit the worksheet;
    /// `dropped` counts the others.
    public static func progress(_ snapshot: SessionSnapshot, worksheet: Worksheet) -> (progress: MeetingProgress, dropped: Int) {
        let members = snapshot.respondent.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        var answers = Array(repeating: [String: String](), count: members.count)
        var agreed: [String: String] = [:]
        var dropped = 0
        for (key, answer) in snapshot.answers {
            let parts = key.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2, worksheet.question(parts[1])?.answer(answer) != nil else {
                dropped += 1
                continue
            }
            if parts[0] == "team" {
                agreed[parts[1]] = answer
            } else if let index = Int(parts[0]), index >= 0, index < members.count {
                answers[index][parts[1]] = answer
            } else {
                dropped += 1
            }
        }
        var importance = Array(repeating: [String: Double](), count: members.count)
        for (key, value) in snapshot.importance {
            let parts = key.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2, let index = Int(parts[0]), importance.indices.contains(index),
                  worksheet.question(parts[1]) != nil, value.isFinite else { continue }
            importance[index][parts[1]] = Swift.min(Swift.max(value, worksheet.importance.min), worksheet.importance.max)
        }
        let question = snapshot.questionID.flatMap { worksheet.question($0) == nil ? nil : $0 }
        // The saved decision when it fits the worksheet; otherwise (saved before decisions
        // were, or by another worksheet version) the agreed answers alone, each keeping the
        // members' own answers it replaced.
        var decision = snapshot.meeting?.fitting(worksheet, members: members) ?? MeetingDecision()
        if decision.agreed != agreed {
            decision = MeetingDecision()
            let responses = members.indices.map { Responses(respondent: members[$0], answers: answers[$0]) }
            for (question, answer) in agreed.sorted(by: { $0.key < $1.key }) {
                decision.agree(question, answer: answer, members: responses)
            }
        }
        // An open round: each member's answer to its question is their vote in it so far
        // (none: still to vote); their earlier answers stay in the round's `before`.
        if let round = decision.openRound {
            for (index, member) in members.enumerated() { answers[index][round.question] = round.votes[member] }
            decision.rounds[decision.rounds.count - 1].votes = [:]
        }
        return (MeetingProgress(members: members, answers: answers, decision: decision, questionID: question,
                                importance: importance), dropped)
    }

    /// Whether two member lists name the same people in the same order (``PersonName/key(_:)``).
    public static func sameMembers(_ lhs: [String], _ rhs: [String]) -> Bool {
        lhs.map(PersonName.key) == rhs.map(PersonName.key)
    }
}
