import NIOCore
import NIOEmbedded
import Testing
@testable import MeetingServer

/// The connection guard: the login timeout and the per-address limit (NIOSSH has neither).
@Suite struct ConnectionGuardTests {
    func channel(_ identity: ConnectionIdentity, _ counter: AddressCounter, refused: @escaping (String) -> Void = { _ in }) throws -> EmbeddedChannel {
        let channel = EmbeddedChannel()
        try channel.pipeline.syncOperations.addHandler(
            ConnectionGuard(identity: identity, counter: counter, loginTimeout: .seconds(20), log: MeetingLog(path: nil), refused: refused))
        try channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 4000)).wait()
        return channel
    }

    @Test func aConnectionThatDoesNotLogInWithinTwentySecondsIsClosed() throws {
        let identity = ConnectionIdentity()
        let channel = try channel(identity, AddressCounter(limit: 10))
        channel.embeddedEventLoop.advanceTime(by: .seconds(19))
        #expect(channel.isActive)
        channel.embeddedEventLoop.advanceTime(by: .seconds(2))
        #expect(!channel.isActive)
    }

    @Test func aConnectionWithItsSessionStaysOpen() throws {
        let identity = ConnectionIdentity()
        let channel = try channel(identity, AddressCounter(limit: 10))
        identity.authenticated = true
        identity.sessions = 1
        channel.embeddedEventLoop.advanceTime(by: .seconds(60))
        #expect(channel.isActive)
        _ = try? channel.finish()
    }

    @Test func aLoggedInConnectionThatOpensNoSessionIsClosedAfterTheLoginWindow() throws {
        // `ssh -N CODE@HOST`: logged in, no session; it must not hold the address's places.
        let identity = ConnectionIdentity()
        let channel = try channel(identity, AddressCounter(limit: 10))
        identity.authenticated = true
        channel.embeddedEventLoop.advanceTime(by: .seconds(19))
        #expect(channel.isActive)
        channel.embeddedEventLoop.advanceTime(by: .seconds(2))
        #expect(!channel.isActive)
    }

    @Test func theAddressLimitRefusesTheExtraConnectionAndFreesPlacesOnClose() throws {
        let counter = AddressCounter(limit: 2)
        var told: [String] = []
        let first = try channel(ConnectionIdentity(), counter)
        let second = try channel(ConnectionIdentity(), counter)
        let third = try channel(ConnectionIdentity(), counter) { told.append($0) }
        #expect(first.isActive && second.isActive)
        #expect(!third.isActive)
        #expect(told == ["127.0.0.1"], "the facilitator is not told of the refusal")
        try first.close().wait()
        first.embeddedEventLoop.run()
        let fourth = try channel(ConnectionIdentity(), counter)
        #expect(fourth.isActive)
        _ = try? second.finish()
        _ = try? fourth.finish()
    }
}
