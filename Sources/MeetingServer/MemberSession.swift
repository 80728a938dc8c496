import VerdictEngine
import VerdictUI

/// A member's screen as a ``Program``, so it runs on the same ``Runtime`` as `verdict run`:
/// keys and sizes come from the member's SSH channel (``ChannelTerminal``), and the requests
/// a member makes of the room are effects, answered with events.
///
/// The room cannot send a program events of its own, so it nudges: the terminal reports
/// its size again, the program asks for the room's view (``MemberProgram/Request/sync``),
/// and the answer comes back as ``MemberEvent/room(_:)``.
enum MemberSession: Program {
    static func keyEvent(_ key: Key) -> MemberEvent { .key(key) }
    static func sizeEvent(width: Int, height: Int) -> MemberEvent { .size(width: width, height: height) }

    static func update(_ state: inout MemberProgram, _ event: MemberEvent) -> [MemberProgram.Request] {
        switch event {
        case let .key(key):
            return state.handle(key)
        case let .size(width, height):
            state.resize(width: width, height: height)
            return [.sync]
        case let .joined(name, responses, questionID, ready):
            state.joined(name: name, responses: responses, questionID: questionID, ready: ready)
            return [.sync]
        case let .refused(reason, roster, taken):
            state.refused(reason, roster: roster, taken: taken)
        case let .waiting(name):
            state.awaitAdmission(name: name)
        case let .room(view):
            state.banner = view.banner
            state.namesTaken(view.taken)
            if let reason = view.ended {
                state.end(reason)
            } else if let results = view.results, state.name != nil {
                state.reveal(results)
            }
        }
        return []
    }

    static func render(_ state: MemberProgram, width: Int, height: Int) -> CellGrid {
        state.render(width: width, height: height)
    }
}

/// What happens to a member's program.
enum MemberEvent: Sendable {
    case key(Key)
    case size(width: Int, height: Int)
    /// The room gave the member this slot (name, saved answers, question, on their results).
    case joined(name: String, responses: Responses, questionID: String?, ready: Bool)
    /// The room did not take the name.
    case refused(String, roster: [String], taken: Set<String>)
    /// The facilitator has to let the member in first.
    case waiting(name: String)
    /// What the room shows this member now.
    case room(RoomView)
}

/// The part of the room a member may see: how many are ready, which roster names are
/// taken, and after the reveal the team's results. Never another member's answers before
/// the reveal.
struct RoomView: Sendable {
    var banner: String
    /// Roster names a connected member holds (the name list marks them "joined").
    var taken: Set<String> = []
    var results: TeamResultsState?
    /// Set when the member's meeting is over (removed, refused, ended).
    var ended: String?
}

extension MemberProgram.Request: ProgramEffect {
    /// Leaving ends the member's runtime; every other request goes to the room.
    var command: RuntimeCommand? { self == .leave ? .quit(.done) : nil }
}
