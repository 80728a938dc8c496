extension String {
    /// The text with each Unicode scalar found in `replacements` replaced by its text.
    ///
    /// Scalar by scalar on purpose: the standard library's `replacing(_:with:)` compares
    /// whole characters, so a `<` followed by a combining mark (one character) would escape
    /// it; Foundation's `replacingOccurrences` would link the whole of Foundation
    /// (DESIGN §2b).
    public func escapingScalars(_ replacements: [Unicode.Scalar: String]) -> String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            if let replacement = replacements[scalar] {
                result += replacement
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
