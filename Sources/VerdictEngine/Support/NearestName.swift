/// "Did you mean …?" for a mistyped name: the known name closest to it by edit distance.
public enum NearestName {
    /// The known name with the fewest single-character edits (insert, delete, replace,
    /// swap of neighbours) from `typed`, ignoring case; nil when even the nearest needs
    /// more than a third of its length in edits (then it is a different name, not a typo).
    /// Ties keep the order of `known`.
    public static func suggestion(for typed: String, among known: [String]) -> String? {
        let target = Array(typed.lowercased())
        var best: (name: String, distance: Int)?
        for name in known where name != typed {
            let distance = editDistance(target, Array(name.lowercased()))
            let allowed = max(1, max(target.count, name.count) / 3)
            if distance <= allowed, distance < (best?.distance ?? Int.max) { best = (name, distance) }
        }
        return best?.name
    }

    /// Optimal string alignment distance: Levenshtein plus transpositions of adjacent
    /// characters ("djnago" is one edit from "django").
    static func editDistance(_ lhs: [Character], _ rhs: [Character]) -> Int {
        if lhs.isEmpty { return rhs.count }
        if rhs.isEmpty { return lhs.count }
        var beforePrevious = [Int](repeating: 0, count: rhs.count + 1)
        var previous = Array(0...rhs.count)
        for row in 1...lhs.count {
            var current = [row] + [Int](repeating: 0, count: rhs.count)
            for column in 1...rhs.count {
                let cost = lhs[row - 1] == rhs[column - 1] ? 0 : 1
                current[column] = min(previous[column] + 1, current[column - 1] + 1, previous[column - 1] + cost)
                if row > 1, column > 1, lhs[row - 1] == rhs[column - 2], lhs[row - 2] == rhs[column - 1] {
                    current[column] = min(current[column], beforePrevious[column - 2] + 1)
                }
            }
            beforePrevious = previous
            previous = current
        }
        return previous[rhs.count]
    }
}
