#if canImport(Glibc)
import Glibc
#endif

/// The addresses an invite names: the listen address itself, or for a wildcard listen
/// (`0.0.0.0`, `::`) this machine's non-loopback IPv4 addresses, since `ssh …@0.0.0.0`
/// reaches nobody on another machine.
public enum InviteHosts {
    /// The hosts to print for `listen`, given the machine's interface addresses.
    public static func hosts(for listen: String, interfaces: [String]) -> [String] {
        guard ["0.0.0.0", "::", "[::]"].contains(listen) else { return [listen] }
        let outside = interfaces.filter { !$0.hasPrefix("127.") }
        return outside.isEmpty ? ["127.0.0.1"] : outside
    }

    /// This machine's IPv4 interface addresses (getifaddrs; no package offers this).
    public static func interfaceAddresses() -> [String] {
        var list: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&list) == 0, let first = list else { return [] }
        defer { freeifaddrs(list) }
        var found: [String] = []
        var cursor: UnsafeMutablePointer<ifaddrs>? = first
        while let entry = cursor {
            if let address = entry.pointee.ifa_addr, address.pointee.sa_family == UInt16(AF_INET) {
                var text = [CChar](repeating: 0, count: Int(INET_ADDRSTRLEN))
                address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { socket in
                    var raw = socket.pointee.sin_addr
                    _ = inet_ntop(AF_INET, &raw, &text, socklen_t(INET_ADDRSTRLEN))
                }
                let name = String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
                if !name.isEmpty, !found.contains(name) { found.append(name) }
            }
            cursor = entry.pointee.ifa_next
        }
        return found
    }
}
