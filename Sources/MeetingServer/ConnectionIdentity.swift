import NIOCore
import MeetingOptions
import NIOSSH

/// What one SSH connection has proved, shared by its authentication delegate, its guard
/// and its session channel. Touched only on the connection's event loop.
final class ConnectionIdentity: @unchecked Sendable {
    /// True once authentication succeeded.
    var authenticated = false
    /// The member key's fingerprint (nil for a member who typed the code).
    var fingerprint: String?
    /// Session channels opened so far (only one is allowed).
    var sessions = 0
    /// The peer, e.g. `127.0.0.1:51234`.
    var address = "?"
}

/// Checks every authentication request of one connection: the user name must be the
/// meeting code; any Ed25519/ECDSA key (NIOSSH has verified its signature) identifies the
/// member; otherwise the password must be the code. `none` is refused so that OpenSSH
/// tries keys, then the password prompt.
final class MeetingAuthenticationDelegate: NIOSSHServerUserAuthenticationDelegate {
    let code: String
    let identity: ConnectionIdentity
    let log: MeetingLog

    init(code: String, identity: ConnectionIdentity, log: MeetingLog) {
        self.code = code
        self.identity = identity
        self.log = log
    }

    var supportedAuthenticationMethods: NIOSSHAvailableUserAuthenticationMethods { [.publicKey, .password] }

    func requestReceived(request: NIOSSHUserAuthenticationRequest, responsePromise: EventLoopPromise<NIOSSHUserAuthenticationOutcome>) {
        guard MeetingCode.matches(request.username, code) else {
            log.say("\(identity.address): wrong meeting code")
            responsePromise.succeed(.failure)
            return
        }
        switch request.request {
        case let .publicKey(key):
            identity.fingerprint = HostKey.fingerprint(key.publicKey)
            identity.authenticated = true
            log.say("\(identity.address): key \(identity.fingerprint ?? "?")")
            responsePromise.succeed(.success)
        case let .password(password):
            guard MeetingCode.matches(password.password, code) else {
                log.say("\(identity.address): wrong password")
                responsePromise.succeed(.failure)
                return
            }
            identity.authenticated = true
            log.say("\(identity.address): password")
            responsePromise.succeed(.success)
        default:
            responsePromise.succeed(.failure)
        }
    }
}
