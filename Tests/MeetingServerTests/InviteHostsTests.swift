import Testing
@testable import MeetingServer

/// The invite names addresses a member can reach, never a wildcard.
@Suite struct InviteHostsTests {
    @Test func aWildcardListenNamesThisMachinesAddresses() {
        #expect(InviteHosts.hosts(for: "0.0.0.0", interfaces: ["127.0.0.1", "10.0.0.5", "192.168.1.7"]) == ["10.0.0.5", "192.168.1.7"])
        #expect(InviteHosts.hosts(for: "::", interfaces: ["127.0.0.1"]) == ["127.0.0.1"])
        #expect(InviteHosts.hosts(for: "10.0.0.5", interfaces: ["10.0.0.5", "192.168.1.7"]) == ["10.0.0.5"])
        #expect(InviteHosts.hosts(for: "127.0.0.1", interfaces: []) == ["127.0.0.1"])
    }

    @Test func theMachineHasAnIPv4Address() {
        #expect(InviteHosts.interfaceAddresses().contains("127.0.0.1"))
    }
}
