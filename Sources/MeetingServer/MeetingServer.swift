import Foundation
import NIOCore
import NIOPosix
import NIOSSH
import VerdictEngine
import VerdictUI

/// The SSH server of a live meeting (DESIGN §8): one event loop holds the ``Room``; every
/// connection gets a ``ConnectionGuard``, an authentication delegate of its own and at most
/// one session channel, which runs a ``MemberChannelHandler``. Every other channel type
/// (direct-tcpip, forwarded-tcpip) is refused; NIOSSH itself refuses `tcpip-forward`, agent
/// and X11 requests.
public final class MeetingServer: @unchecked Sendable {
    /// Where the server listens (the port chosen when 0 was asked).
    public let host: String
    public let port: Int
    /// The meeting code (never logged).
    public let code: String
    public let hostKey: HostKey
    let group: MultiThreadedEventLoopGroup
    let channel: Channel
    let room: Room

    /// Starts listening. Throws ``MeetingError`` when the address cannot be bound.
    public init(configuration: MeetingConfiguration, record: MeetingRecordFile, hostKey: HostKey, log: MeetingLog) throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let loop = group.next()
        let room = Room(worksheet: configuration.worksheet, roster: configuration.roster, admit: configuration.admit,
                        record: record.record, statePath: record.path, log: log, loop: loop)
        let limits = configuration.limits
        let counter = AddressCounter(limit: limits.connectionsPerAddress)
        let code = configuration.code
        let key = hostKey.privateKey
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
            .childChannelOption(ChannelOptions.socketOption(.so_keepalive), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    let identity = ConnectionIdentity()
                    var server = SSHServerConfiguration(
                        hostKeys: [key], userAuthDelegate: MeetingAuthenticationDelegate(code: code, identity: identity, log: log))
                    server.maxAuthAttempts = limits.authAttempts
                    server.maximumPacketSize = 32_768
                    let ssh = NIOSSHHandler(role: .server(server), allocator: channel.allocator) { child, type in
                        guard case .session = type, identity.authenticated, identity.sessions == 0 else {
                            return child.eventLoop.makeFailedFuture(MeetingError("channel refused"))
                        }
                        identity.sessions += 1
                        return child.eventLoop.makeCompletedFuture {
                            try child.pipeline.syncOperations.addHandler(MemberChannelHandler(room: room, identity: identity, limits: limits))
                        }
                    }
                    try channel.pipeline.syncOperations.addHandler(ssh)
                    try channel.pipeline.syncOperations.addHandler(
                        ConnectionGuard(identity: identity, counter: counter, loginTimeout: limits.loginTimeout, log: log) { host in
                            room.refusedConnection(from: host, limit: limits.connectionsPerAddress)
                        })
                }
            }
        do {
            channel = try bootstrap.bind(host: configuration.host, port: configuration.port).wait()
        } catch {
            try? group.syncShutdownGracefully()
            throw MeetingError("cannot listen on \(configuration.host):\(configuration.port): \(Self.reason(error))")
        }
        self.group = group
        self.room = room
        self.code = code
        self.hostKey = hostKey
        host = configuration.host
        port = channel.localAddress?.port ?? configuration.port
        log.say("listening on \(host):\(port), host key \(hostKey.fingerprint)")
    }

    /// Why a bind failed, in words (NIO's own descriptions name Swift types and calls).
    static func reason(_ error: Error) -> String {
        switch error {
        case is SocketAddressError.UnknownHost, is SocketAddressError: return "no such host or address"
        case let error as IOError: return String(cString: strerror(error.errnoCode)).lowercased()
        default: return "\(error)"
        }
    }

    /// Runs `body` on the room's event loop and waits for its result (the facilitator's
    /// screen reads and steers the meeting this way).
    public func withRoom<T: Sendable>(_ body: @escaping @Sendable (RoomControl) -> T) -> T? {
        let room = self.room
        return try? room.loop.submit { body(RoomControl(room: room)) }.wait()
    }

    /// How a meeting ended.
    public enum Ending: Sendable, Equatable {
        /// Revealed: the exports are final.
        case finished
        /// Ended before the reveal with answers, or with a re-vote open: saved for `--resume`.
        case kept
        /// Revealed, but the final files could not be written (why): saved for `--resume`.
        case unsaved(String)
        /// Nobody answered anything: nothing saved.
        case empty
    }

    /// Ends the meeting (members see a last line), closes everything, stops the loop.
    @discardableResult
    public func stop() -> Ending {
        let ending = withRoom { $0.room.end() } ?? .kept
        try? channel.close().wait()
        try? group.syncShutdownGracefully()
        return ending
    }
}

/// What the facilitator's screen may do with the room (on the room's loop).
public struct RoomControl: Sendable {
    let room: Room

    /// Members still in the meeting, without answers.
    public var members: [FacilitatorView.Member] {
        room.statuses.map { slot, status in
            FacilitatorView.Member(slot: slot, name: status.name, identity: status.identity, answered: status.answered,
                                   questions: status.questions, ready: status.ready, observer: status.observer,
                                   connected: status.connected)
        }
    }
    /// Newcomers waiting to be let in (`--admit`), first first.
    public var waiting: [String] { room.waiting.map { $0.link.summary } }
    /// Roster names nobody has joined as yet.
    public var absent: [String] { room.absent }
    public var revealed: Bool { room.record.revealed }
    public var allReady: Bool { room.allReady }
    public var problem: String? { room.problem }
    public var results: TeamResultsState? { room.results }

    public func reveal() { room.reveal() }
    public func decide(_ decision: MeetingDecision) { room.decide(decision) }
    public func remove(slot: Int) { room.remove(slot: slot) }
    public func toggleObserver(slot: Int) { room.toggleObserver(slot: slot) }
    public func admitFirst(_ accept: Bool) {
        room.decideAdmission(accept) { ($0 as? MemberChannelHandler)?.identity.fingerprint }
    }
}

/// What `verdict meeting serve` asks for.
public struct MeetingConfiguration: Sendable {
    public var worksheet: Worksheet
    public var host: String
    public var port: Int
    public var code: String
    public var roster: [String]
    public var admit: Bool
    public var limits = MeetingLimits()

    public init(worksheet: Worksheet, host: String, port: Int, code: String, roster: [String], admit: Bool) {
        self.worksheet = worksheet
        self.host = host
        self.port = port
        self.code = code
        self.roster = roster
        self.admit = admit
    }
}
