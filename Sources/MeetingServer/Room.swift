import Foundation
import NIOCore
import VerdictEngine
import VerdictUI

/// A connected member's screen, as the room sees it.
protocol MemberLink: AnyObject {
    /// Something the member's screen shows changed (the reveal, the ready count).
    func roomChanged()
    /// The member was admitted (`--admit`) with this slot.
    func admitted(slot: Int)
    /// The facilitator refused the member, or removed them, or the meeting ended.
    func dismiss(_ reason: String)
    /// The remote address and identity, for the facilitator's admit question.
    var summary: String { get }
}

/// The meeting: every member's slot and answers, the reveal, saving and exports.
///
/// Confined to the server's one event loop (every call happens on it; the facilitator's
/// screen reaches it with `submit`), which is why it can be a plain class.
final class Room: @unchecked Sendable {
    let worksheet: Worksheet
    let roster: [String]
    let admit: Bool
    let statePath: String
    let log: MeetingLog
    let loop: EventLoop
    private(set) var record: MeetingRecord
    /// The live connection of each slot, by slot index.
    private var links: [Int: MemberLink] = [:]
    /// Connections still choosing a name (no slot yet): told when names are taken or freed.
    private var naming: [MemberLink] = []
    /// Members waiting for the facilitator (`--admit`): link and the slot they asked for.
    private(set) var waiting: [(link: MemberLink, name: String)] = []
    /// The team's results once revealed.
    private(set) var results: TeamResultsState?
    /// The last failure to save or export, shown on the facilitator's screen.
    private(set) var problem: String?
    /// The clock that says when a member finished (tests set it).
    var now: () -> Date = Date.init

    init(worksheet: Worksheet, roster: [String], admit: Bool, record: MeetingRecord, statePath: String, log: MeetingLog, loop: EventLoop) {
        self.worksheet = worksheet
        // A resumed meeting keeps the roster it was started with unless --members gives one.
        self.roster = roster.isEmpty ? record.roster ?? [] : roster
        self.admit = admit
        self.record = record
        self.record.roster = self.roster
        self.statePath = statePath
        self.log = log
        self.loop = loop
        // A resumed meeting is saved at once: its new --export-folder holds for the next --resume.
        if !record.slots.isEmpty { save() }
        // A meeting resumed after its reveal writes its exports again at once (into another
        // --export-folder too), so the results screens can say where they are.
        if record.revealed {
            results = makeResults()
            exportTeam()
        }
    }

    // MARK: - Joining

    /// The seat a member who connects with a key the meeting knows goes straight back to:
    /// the key's only seat, while no other connection holds it. Otherwise (two people behind
    /// one key, a second terminal) the name list decides, ``keyNotice(for:)`` saying why, so
    /// nobody takes a connected member's seat without choosing to.
    func slot(forFingerprint fingerprint: String?) -> Int? {
        let seats = seats(of: fingerprint)
        guard seats.count == 1, let seat = seats.first, links[seat] == nil else { return nil }
        return seat
    }

    /// The seats held by a key.
    private func seats(of fingerprint: String?) -> [Int] {
        guard let fingerprint else { return [] }
        return record.slots.indices.filter { record.slots[$0].fingerprint == fingerprint && !record.slots[$0].removed }
    }

    /// Why a connection whose key holds seats is on the name list, and how to go on (nil
    /// when its key holds none).
    func keyNotice(for fingerprint: String?) -> String? {
        let seats = seats(of: fingerprint)
        let connected = seats.filter { links[$0] != nil }.map { record.slots[$0].name }
        guard let first = connected.first else {
            return seats.isEmpty ? nil
                : "This key joined as \(seats.map { record.slots[$0].name }.joined(separator: ", ")): pick which one you are."
        }
        return "\(connected.joined(separator: ", ")) is connected with this key from another terminal: pick your own name, "
            + "or \(first) to take that seat over (the other terminal is closed)."
    }

    /// Roster names a connected member holds right now, but for the seats of `fingerprint`
    /// (which its connection may take over).
    func namesHere(except fingerprint: String? = nil) -> Set<String> {
        Set(roster.filter { name in
            record.slots.indices.contains { index in
                let slot = record.slots[index]
                return PersonName.same(slot.name, name) && !slot.removed && links[index] != nil
                    && (fingerprint == nil || slot.fingerprint != fingerprint)
            }
        })
    }

    /// What happened to a claim.
    enum Claim: Equatable {
        case joined(slot: Int)
        case waitForAdmission
        case refused(String)
    }

    /// A member asks for a name.
    func claim(_ rawName: String, fingerprint: String?, link: MemberLink) -> Claim {
        let name = TextSanitizer.sanitize(rawName).trimmingSpaces()
        guard !name.isEmpty else { return .refused("Type your name, then press Enter.") }
        if let problem = PersonName.invisibleProblem(name) { return .refused("That name \(problem).") }
        if !roster.isEmpty, !roster.contains(where: { PersonName.same($0, name) }) {
            return .refused("That name is not on this meeting's list.")
        }
        if PersonName.same(name, "team") { return .refused("\"team\" names the team's own file (team.json): choose another name.") }
        // Names are compared as `verdict team` compares them (case, widths, invisibles), so
        // `Ana` and `Ａｎａ` are one slot and a meeting can never reach a reveal it cannot export.
        if let index = record.slots.firstIndex(where: { PersonName.same($0.name, name) && !$0.removed }) {
            let slot = record.slots[index]
            // A name held by a key is that key's. A keyless name can be taken back with name
            // and code only while nobody holds it (the member's laptop dropped off): a member
            // who knows the code must not read or change a connected member's answers.
            guard slot.fingerprint == nil || slot.fingerprint == fingerprint else {
                return .refused(Self.heldByKey(slot.name))
            }
            guard slot.fingerprint != nil || links[index] == nil || links[index] === link else {
                return .refused("\(slot.name) is connected already; if that is you, close the other connection first.")
            }
            attach(link, to: index)
            log.say("rejoined slot \(index + 1) (\(fingerprint ?? "password"))")
            return .joined(slot: index)
        }
        if admit {
            // Two newcomers asking for one name would both be let in and the reveal could not export.
            if let other = waiting.first(where: { PersonName.same($0.name, name) }), other.link !== link {
                return .refused("\(other.name) is waiting to be let in already.")
            }
            waiting.append((link, name))
            log.say("waiting for admission: \(link.summary)")
            return .waitForAdmission
        }
        return .joined(slot: add(name, fingerprint: fingerprint, link: link))
    }

    /// Why a name held by a key is refused, and the two ways on, in one line at 80 columns.
    static func heldByKey(_ name: String) -> String {
        "\(name) joined with a key: use that key, or ask the facilitator to free \(name) (x)."
    }

    private func add(_ name: String, fingerprint: String?, link: MemberLink) -> Int {
        record.slots.append(MeetingSlot(name: name, fingerprint: fingerprint))
        let index = record.slots.count - 1
        attach(link, to: index)
        log.say("member \(index + 1) joined (\(fingerprint ?? "password"))")
        save()
        return index
    }

    /// A connection reached the name screen.
    func arrived(_ link: MemberLink) {
        naming.append(link)
    }

    /// Binds a connection to a slot; an older connection of the slot is closed.
    func attach(_ link: MemberLink, to index: Int) {
        // Only a connection with the seat's key, which chose the name, gets here.
        if let old = links[index], old !== link {
            old.dismiss("A new connection with the same key took over \(record.slots[index].name)'s seat.")
        }
        naming.removeAll { $0 === link }
        links[index] = link
        changed()
    }

    /// The facilitator's answer for the first waiting member.
    func decideAdmission(_ accept: Bool, fingerprint: (MemberLink) -> String?) {
        guard !waiting.isEmpty else { return }
        let (link, name) = waiting.removeFirst()
        if accept {
            link.admitted(slot: add(name, fingerprint: fingerprint(link), link: link))
        } else {
            log.say("refused: \(link.summary)")
            link.dismiss("The facilitator did not let you in.")
        }
    }

    /// A connection was refused over the per-address limit: the member only sees ssh's
    /// "Connection reset", so the facilitator's screen says why.
    func refusedConnection(from host: String, limit: Int) {
        problem = "Refused \(host): \(limit) connections from that address already (docs/team.md)."
    }

    /// A connection closed.
    func disconnected(_ link: MemberLink) {
        waiting.removeAll { $0.link === link }
        naming.removeAll { $0 === link }
        for (index, current) in links where current === link {
            links[index] = nil
            log.say("member \(index + 1) disconnected")
        }
        changed()
    }

    // MARK: - Answers

    /// Keeps a member's answers (saved at once).
    func save(slot index: Int, _ responses: Responses, questionID: String?) {
        guard record.slots.indices.contains(index) else { return }
        record.slots[index].answers = responses.answers
        record.slots[index].importance = responses.importance
        record.slots[index].questionID = questionID
        save()
        if record.slots[index].ready { exportMember(index) }
        changed()
    }

    /// A member left their results for the review or a question: not ready until they are back.
    func notReady(slot index: Int) {
        guard record.slots.indices.contains(index), !record.revealed, record.slots[index].ready else { return }
        record.slots[index].ready = false
        save()
        changed()
    }

    /// A member reached their results: export their file; reveal when everyone is ready.
    func ready(slot index: Int, _ responses: Responses) {
        guard record.slots.indices.contains(index) else { return }
        // Finished now unless already on their results (back after a dropped connection).
        if !record.slots[index].ready || record.slots[index].finishedAt == nil { record.slots[index].finishedAt = now() }
        record.slots[index].answers = responses.answers
        record.slots[index].importance = responses.importance
        record.slots[index].ready = true
        log.say("member \(index + 1) is ready")
        save()
        exportMember(index)
        if !record.revealed, revealsByItself { reveal() } else { changed() }
    }

    /// Everyone who answers (not observers, not removed) is ready, and there is someone.
    var allReady: Bool {
        let voters = record.slots.filter { !$0.observer && !$0.removed }
        return !voters.isEmpty && voters.allSatisfy(\.ready)
    }

    /// The reveal comes by itself only with a roster, once every name on it that is not an
    /// observer's has joined and is ready; without a roster nobody knows who is still to
    /// come, so the facilitator reveals.
    var revealsByItself: Bool {
        guard !roster.isEmpty, allReady else { return false }
        return roster.allSatisfy { name in
            record.slots.contains { PersonName.same($0.name, name) && ($0.ready || $0.observer || $0.removed) }
        }
    }

    /// Roster names nobody has joined as (the facilitator's "not joined").
    var absent: [String] {
        roster.filter { name in !record.slots.contains { PersonName.same($0.name, name) } }
    }

    // MARK: - Facilitator

    /// Shows everyone the combined answers (when all are ready, or forced).
    func reveal() {
        guard !record.slots.filter({ !$0.observer && !$0.removed && !$0.answers.isEmpty }).isEmpty else {
            problem = "Nobody has answered yet: nothing to reveal."
            changed()
            return
        }
        record.revealed = true
        results = makeResults()
        // Revealed only once the team's files are written: a failed export leaves the meeting
        // unrevealed (and resumable), with the reason on the facilitator's screen.
        guard exportTeam() else {
            record.revealed = false
            results = nil
            problem = "Not revealed: " + (problem ?? "the exports failed")
            changed()
            return
        }
        log.say("revealed")
        save()
        changed()
    }

    /// The facilitator's step after the reveal (agreed answer, round opened or revealed,
    /// accepted): kept, exported, and shown on every screen.
    func decide(_ decision: MeetingDecision) {
        guard record.revealed else { return }
        let before = record.decision
        record.decision = decision
        // Taken only once its files are written, as the reveal: a failed export leaves the
        // step undone (the facilitator's key retries it), with the reason on their screen.
        guard exportTeam() else {
            record.decision = before
            problem = "Not saved: " + (problem ?? "the exports failed")
            changed()
            return
        }
        results?.adopt(decision)
        log.say("decision: \(decision.agreed.count) agreed, \(decision.rounds.count) rounds, accepted \(decision.accepted)")
        save()
        changed()
    }

    /// A member's vote in the open round: kept on the host, shown to nobody until the
    /// facilitator reveals the round.
    func vote(slot index: Int, question: String, answer: String) {
        // Only the members in the result vote (not observers, the removed, or one who joined
        // without answering), and of them those who had answered the question.
        guard voters.contains(index), var decision = record.decision, decision.openRound?.question == question,
              decision.openRound?.includes(record.slots[index].name) == true,
              worksheet.question(question)?.answer(answer) != nil else { return }
        decision.vote(record.slots[index].name, answer: answer)
        record.decision = decision
        results?.adopt(decision)
        save()
    }

    /// What one member's screen shows of the results: their own vote only.
    func results(for index: Int?) -> TeamResultsState? {
        guard let index, let slot = slotContents(index) else { return nil }
        return results?.seen(by: .member(slot.name))
    }

    /// Takes a member out of the meeting (their answers no longer count).
    func remove(slot index: Int) {
        guard record.slots.indices.contains(index) else { return }
        record.slots[index].removed = true
        links[index]?.dismiss("The facilitator took you out of the meeting.")
        links[index] = nil
        unlink(PathText.join(record.exportFolder, memberFile(index)))
        log.say("member \(index + 1) removed")
        save()
        if record.revealed { results = makeResults(); exportTeam() }
        changed()
    }

    /// A member who answered nothing went back to choosing a name: it is free again. The
    /// slot stays (other slots keep their file names), emptied and out of the meeting.
    func release(slot index: Int, link: MemberLink) {
        guard record.slots.indices.contains(index), links[index] === link, record.slots[index].answers.isEmpty else { return }
        record.slots[index].name = ""
        record.slots[index].fingerprint = nil
        record.slots[index].removed = true
        links[index] = nil
        naming.append(link)
        log.say("member \(index + 1) went back to choosing a name")
        save()
        changed()
    }

    /// Makes a member an observer, or a voter again.
    func toggleObserver(slot index: Int) {
        guard record.slots.indices.contains(index) else { return }
        record.slots[index].observer.toggle()
        save()
        if record.slots[index].ready || record.revealed { exportMember(index) }
        if record.revealed { results = makeResults(); exportTeam() }
        if !record.revealed, revealsByItself { reveal() } else { changed() }
    }

    /// Ends the meeting: final exports, everyone's screen closed. Ended before the reveal,
    /// with a re-vote open (its votes are in the save), or after it with its files not
    /// written, it stays resumable (`--resume`), unless nobody answered anything: then it is
    /// not kept.
    @discardableResult
    func end() -> MeetingServer.Ending {
        let ending: MeetingServer.Ending
        if record.revealed {
            // Ended only once the final files are written and no round is open; otherwise kept for --resume.
            let written = exportTeam()
            record.ended = written && record.decision?.openRound == nil
            ending = record.ended ? .finished : written ? .kept : .unsaved(problem ?? "the exports failed")
            save()
        } else if record.slots.contains(where: { !$0.answers.isEmpty && !$0.removed }) {
            ending = .kept
            save()
        } else {
            ending = .empty
            unlink(statePath)
        }
        for link in links.values { link.dismiss("The meeting has ended. Thank you!") }
        for link in waiting.map(\.link) + naming { link.dismiss("The meeting has ended.") }
        links = [:]
        waiting = []
        naming = []
        log.say("ended (\(ending))")
        return ending
    }

    // MARK: - What screens show

    /// The facilitator's view of one member: never their answers.
    struct MemberStatus: Equatable, Sendable {
        var name: String
        var identity: String
        var answered: Int
        var questions: Int
        var ready: Bool
        var observer: Bool
        var connected: Bool
    }

    /// Every member still in the meeting, as the facilitator sees them.
    var statuses: [(slot: Int, status: MemberStatus)] {
        let scorer = Scorer(worksheet: worksheet)
        return record.slots.enumerated().filter { !$0.element.removed }.map { index, slot in
            let visible = scorer.visibleQuestions(slot.responses)
            let answered = visible.filter { slot.answers[$0.id] != nil }.count
            return (index, MemberStatus(
                name: slot.name, identity: slot.fingerprint ?? "password", answered: answered, questions: visible.count,
                ready: slot.ready, observer: slot.observer, connected: links[index] != nil))
        }
    }

    /// The line a member sees at the bottom of their screen: how many of those who answer
    /// (roster names not joined yet included) are ready, and for an observer that they are one.
    func banner(for slot: Int?) -> String {
        let voters = record.slots.filter { !$0.observer && !$0.removed }
        let ready = "\(voters.filter(\.ready).count) of \(voters.count + absent.count) ready"
        guard let slot, record.slots.indices.contains(slot), record.slots[slot].observer else { return ready }
        return ready + " · you are observing: your answers are not counted"
    }

    /// What a member's slot holds, for (re)joining.
    func slotContents(_ index: Int) -> MeetingSlot? {
        record.slots.indices.contains(index) ? record.slots[index] : nil
    }

    private func changed() {
        for link in Array(links.values) + naming { link.roomChanged() }
    }

    // MARK: - Saving and exporting

    private func save() {
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            try PrivateFile.write(try encoder.encode(record), to: statePath)
            problem = nil
        } catch {
            problem = "Cannot save the meeting: \(error)"
            log.say(problem ?? "")
        }
    }

    /// The slots of the members who count.
    private var voters: [Int] {
        record.slots.indices.filter { !record.slots[$0].observer && !record.slots[$0].removed && !record.slots[$0].answers.isEmpty }
    }

    /// The members who count, as ``Responses``.
    var voterResponses: [Responses] { voters.map { record.slots[$0].responses } }

    private func makeResults() -> TeamResultsState? {
        let responses = voterResponses
        guard !responses.isEmpty else { return nil }
        guard var results = try? TeamResultsState.meeting(
            worksheet: worksheet, members: responses, decision: record.decision ?? MeetingDecision(), role: .facilitator,
            defaultFolder: record.exportFolder) else { return nil }
        results.hostKeys = false  // the meeting exports by itself
        return results
    }

    /// A slot's file name in the export folder (stable: slots are only ever appended).
    private func memberFile(_ index: Int) -> String {
        TeamExport.memberFiles(record.slots.map(\.name))[index]
    }

    /// A member's file: after the reveal, the answers that count for the team. True when written.
    @discardableResult
    private func exportMember(_ index: Int) -> Bool {
        // An observer's answers do not count: no file, so the folder reproduces team.json.
        guard !record.slots[index].observer else {
            unlink(PathText.join(record.exportFolder, memberFile(index)))
            return true
        }
        let own = record.slots[index].responses
        let counted = record.revealed ? (record.decision ?? MeetingDecision()).applied(to: [own])[0] : own
        return export { try TeamExport.writeMember(worksheet: worksheet, responses: counted, folder: record.exportFolder,
                                                   file: memberFile(index), completedAt: record.slots[index].finishedAt ?? now()) }
    }

    /// `team.json` and `decision.md`, with every voter's file beside them (and no file of a
    /// member who does not count), so `verdict team FOLDER` finds the same combined scores.
    /// True when every file was written.
    @discardableResult
    private func exportTeam() -> Bool {
        let decision = record.decision ?? MeetingDecision()
        var written = true
        for (index, slot) in record.slots.enumerated() where !slot.removed {
            if slot.observer || slot.answers.isEmpty {
                unlink(PathText.join(record.exportFolder, memberFile(index)))
            } else {
                written = exportMember(index) && written
            }
        }
        // team.json names the files written (a removed member's name keeps its file name).
        written = written && export { try TeamExport.writeTeam(worksheet: worksheet, responses: voterResponses, decision: decision,
                                                               folder: record.exportFolder, files: voters.map(memberFile)) }
        // The results screens say where the meeting wrote them (nobody presses `e` here), or
        // after a failure that they are not written.
        results?.exportedTo = written ? record.exportFolder : nil
        return written
    }

    /// Runs a write; a failure becomes the facilitator's problem line. True when it wrote.
    @discardableResult
    private func export(_ write: () throws -> Void) -> Bool {
        do {
            try write()
            return true
        } catch {
            problem = "Cannot export to \(record.exportFolder): \(error)"
            log.say("export failed")
            return false
        }
    }
}
