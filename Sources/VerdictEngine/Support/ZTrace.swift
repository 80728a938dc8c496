import Foundation
nonisolated(unsafe) public var ztraceLines: [(String, Double)] = []
@inline(never) public func ztrace(_ label: String) {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    ztraceLines.append((label, Double(ts.tv_sec) * 1000 + Double(ts.tv_nsec) / 1e6))
}
public func ztraceDump() {
    let s = ztraceLines.map { "\($0.0) \($0.1)" }.joined(separator: "\n") + "\n"
    if let p = getenv("ZTRACE") { try? s.write(toFile: String(cString: p), atomically: false, encoding: .utf8) }
}
