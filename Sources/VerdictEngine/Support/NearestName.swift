/// "Did you mean …?" for a mistyped name: the known name closest to it by edit distance.
public enum NearestName {
    /// The known name with the fewest single-character edits (insert, delete, replace,
    /// swap of neighbours) from `typed`, ignoring case; nil when even the nearest needs
    /// more than a third of its length in edits (then it is a different name, not a typo).
    /// Ties keep the order of `known`. Names are compared as UTF-8 (ids are ASCII).
    public static func suggestion(for typed: String, among known: [String]) -> String? {
        let target = Array(typed.lowercased().utf8)
        var best: (name: String, distance: Int)?
        for name in known where name != typed {
            let candidate = Array(name.lowercased().utf8)
            let allowed = max(1, max(target.count, candidate.count) / 3)
            // The lengths' difference is edits already: a name too long or too short is
            // passed over without the quadratic table (a hostile 4,000-character id).
            guard abs(target.count - candidate.count) <= allowed else { continue }
            let distance = editDistance(target, candidate)
            if distance <= allowed, distance < (best?.distance ?? Int.max) { best = (name, distance) }
        }
        return best?.name
    }

    /// Optimal string alignment distance: Levenshtein plus transpositions of adjacent
    /// characters ("djnago" is one edit from "django"). Three rows, allocated once: a
    /// 20,000-question worksheet is 20,000 tables for one guess.
    static func editDistance(_ lhs: [UInt8], _ rhs: [UInt8]) -> Int {
        if lhs.isEmpty { return rhs.count }
        if rhs.isEmpty { return lhs.count }
        var beforePrevious = [Int](repeating: 0, count: rhs.count + 1)
        var previous = Array(0...rhs.count)
        var current = [Int](repeating: 0, count: rhs.count + 1)
        for row in 1...lhs.count {
            current[0] = row
            for column in 1...rhs.count {
                let cost = lhs[row - 1] == rhs[column - 1] ? 0 : 1
                current[column] = min(previous[column] + 1, current[column - 1] + 1, previous[column - 1] + cost)
                if row > 1, column > 1, lhs[row - 1] == rhs[column - 2], lhs[row - 2] == rhs[column - 1] {
                    current[column] = min(current[column], beforePrevious[column - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[rhs.count]
    }
}
