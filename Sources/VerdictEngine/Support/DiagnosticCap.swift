/// Bounds on what one run prints about a bad input: however many problems or ids a
/// hostile file holds, the user gets a screenful, not megabytes.
public enum DiagnosticCap {
    /// The most diagnostics printed for one failure; the rest are counted.
    public static let lines = 20
    /// The most ids quoted in one list.
    public static let ids = 20

    /// The lines to print for `diagnostics`: the first ``lines`` of them, then
    /// `… and 99,990 more problems` when there were more.
    public static func lines(_ diagnostics: [Diagnostic]) -> [String] {
        var shown = diagnostics.prefix(lines).map(\.description)
        if diagnostics.count > lines { shown.append("… and \(grouped(diagnostics.count - lines)) more problems") }
        return shown
    }

    /// `a, b, c`, or the first ``ids`` and `… (20,000 in all)`.
    public static func list(_ ids: [String]) -> String {
        ids.count <= self.ids ? ids.joined(separator: ", ")
            : ids.prefix(self.ids).joined(separator: ", ") + ", … (\(grouped(ids.count)) in all)"
    }

    /// `99990` → `99,990`.
    public static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return (number < 0 ? "-" : "") + out
    }
}
