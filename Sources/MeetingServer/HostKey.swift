import Crypto
import Foundation
import NIOSSH
import VerdictEngine

/// The server's Ed25519 host key, kept under `$XDG_STATE_HOME/verdict/` with mode 0600 so
/// members see the same fingerprint at every meeting.
public struct HostKey {
    /// The key NIOSSH signs with.
    public let privateKey: NIOSSHPrivateKey
    /// `ssh-ed25519 AAAA…` (the public half, as in known_hosts).
    public let publicLine: String
    /// `SHA256:…`, as OpenSSH prints it.
    public let fingerprint: String

    /// The file name inside the state folder.
    public static let fileName = "ssh_host_ed25519_key"

    /// Loads the key at `path`, or creates it (and its folder, 0700) when missing. Refuses
    /// a key file others can read, a file of the wrong size, and anything not a plain file.
    public static func loadOrCreate(at path: String) throws -> HostKey {
        let manager = FileManager.default
        var raw: Data
        if manager.fileExists(atPath: path) {
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
                throw MeetingError("\(path): the host key is not a plain file")
            }
            guard info.st_mode & 0o077 == 0 else {
                throw MeetingError("\(path): the host key can be read by others (mode \(String(info.st_mode & 0o777, radix: 8))); run chmod 600 on it")
            }
            raw = try Data(contentsOf: URL(fileURLWithPath: path))
            guard raw.count == 32 else { throw MeetingError("\(path): not a Verdict host key (expected 32 bytes)") }
        } else {
            let folder = (path as NSString).deletingLastPathComponent
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            raw = Curve25519.Signing.PrivateKey().rawRepresentation
            try PrivateFile.write(raw, to: path)
        }
        let key = try Curve25519.Signing.PrivateKey(rawRepresentation: raw)
        return HostKey(key)
    }

    init(_ key: Curve25519.Signing.PrivateKey) {
        privateKey = NIOSSHPrivateKey(ed25519Key: key)
        let line = String(openSSHPublicKey: privateKey.publicKey)
        publicLine = line
        fingerprint = Self.fingerprint(openSSHLine: line)
    }

    /// `SHA256:` and the unpadded base64 of SHA-256 over the key blob, as `ssh-keygen -l`.
    public static func fingerprint(openSSHLine line: String) -> String {
        let fields = line.split(separator: " ")
        guard fields.count >= 2, let blob = Data(base64Encoded: String(fields[1])) else { return "SHA256:?" }
        var text = Data(SHA256.hash(data: blob)).base64EncodedString()
        while text.hasSuffix("=") { text.removeLast() }
        return "SHA256:" + text
    }

    /// The fingerprint of a member's key.
    public static func fingerprint(_ key: NIOSSHPublicKey) -> String {
        fingerprint(openSSHLine: String(openSSHPublicKey: key))
    }

    /// The `known_hosts` line for this server at a host and port.
    public func knownHostsLine(host: String, port: Int) -> String {
        knownHostsLine(hosts: [host], port: port)
    }

    /// One `known_hosts` line naming every host the invite gives (raw addresses, IPv6 unbracketed).
    public func knownHostsLine(hosts: [String], port: Int) -> String {
        hosts.map { port == 22 ? $0 : "[\($0)]:\(port)" }.joined(separator: ",") + " " + publicLine
    }

    /// Writes `FOLDER/known_hosts` (atomically), the line members add to pin the key: a file,
    /// since a line wider than the facilitator's terminal cannot be copied off the screen
    /// whole. Returns its path, or nil when it cannot be written.
    public static func writeKnownHosts(_ line: String, folder: String) -> String? {
        let path = PathText.join(folder, "known_hosts")
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try AtomicFile.write(Data((line + "\n").utf8), to: path)
            return path
        } catch {
            return nil
        }
    }
}

/// A meeting server failure, with the one line to show.
public struct MeetingError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
