extension String {
    /// Whether `needle`'s UTF-8 bytes occur in this text's, for ASCII needles such as the
    /// parts of a `TERM` name.
    ///
    /// `contains(_:)` on strings comes from the string-processing library: its first use
    /// builds a searcher and looks up the conformances it needs by scanning the binary's
    /// conformance records, a cost paid before the first frame (DESIGN §2b). For an ASCII
    /// needle, byte and character matching agree except where a match starts or ends
    /// inside a grapheme cluster (a combining mark after it), which names of terminals and
    /// files do not have.
    public func containsBytes(_ needle: String) -> Bool {
        let bytes = utf8
        let pattern = needle.utf8
        guard let first = pattern.first else { return true }
        var start = bytes.startIndex
        while start != bytes.endIndex {
            if bytes[start] == first {
                var here = start
                var there = pattern.startIndex
                while there != pattern.endIndex, here != bytes.endIndex, bytes[here] == pattern[there] {
                    here = bytes.index(after: here)
                    there = pattern.index(after: there)
                }
                if there == pattern.endIndex { return true }
            }
            start = bytes.index(after: start)
        }
        return false
    }
}
