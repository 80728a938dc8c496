import NIOConcurrencyHelpers
import NIOCore

/// Counts live connections per address across the server.
final class AddressCounter: Sendable {
    private let counts = NIOLockedValueBox<[String: Int]>([:])
    let limit: Int

    init(limit: Int) { self.limit = limit }

    /// Takes a place for this address; false when it already has `limit` connections.
    func enter(_ address: String) -> Bool {
        counts.withLockedValue { counts in
            guard counts[address, default: 0] < limit else { return false }
            counts[address, default: 0] += 1
            return true
        }
    }

    /// Gives the place back.
    func leave(_ address: String) {
        counts.withLockedValue { counts in
            counts[address, default: 1] -= 1
            if counts[address] == 0 { counts[address] = nil }
        }
    }
}

/// The last handler of every connection (after NIOSSH, so it sees its errors): refuses an address over its connection limit
/// and closes a connection that has not opened its session within the login timeout, so
/// idle ones (`ssh -N`) cannot hold an address's places (NIOSSH has neither).
final class ConnectionGuard: ChannelInboundHandler, @unchecked Sendable {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    let identity: ConnectionIdentity
    let counter: AddressCounter
    let loginTimeout: TimeAmount
    let log: MeetingLog
    /// Told of a connection refused over the limit (the facilitator's screen says so).
    let refused: (String) -> Void

    init(identity: ConnectionIdentity, counter: AddressCounter, loginTimeout: TimeAmount, log: MeetingLog,
         refused: @escaping (String) -> Void = { _ in }) {
        self.identity = identity
        self.counter = counter
        self.loginTimeout = loginTimeout
        self.log = log
        self.refused = refused
    }

    func channelActive(context: ChannelHandlerContext) {
        let host = context.remoteAddress?.ipAddress ?? "?"
        identity.address = host + ":" + String(context.remoteAddress?.port ?? 0)
        guard counter.enter(host) else {
            log.say("\(identity.address): refused, too many connections from \(host)")
            refused(host)
            context.close(promise: nil)
            return
        }
        let identity = self.identity
        let log = self.log
        let channel = context.channel
        let timeout = context.eventLoop.scheduleTask(in: loginTimeout) {
            if identity.sessions == 0 {
                log.say("\(identity.address): closed, no session within the time allowed")
                channel.close(promise: nil)
            }
        }
        // NIOSSHHandler does not pass channelInactive on: the close future tells instead.
        let counter = self.counter
        channel.closeFuture.whenComplete { _ in
            timeout.cancel()
            counter.leave(host)
        }
        context.fireChannelActive()
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        log.say("\(identity.address): closed: \(error)")
        context.close(promise: nil)
    }
}
