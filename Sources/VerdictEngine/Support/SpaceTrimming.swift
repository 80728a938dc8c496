extension StringProtocol {
    /// The text without leading and trailing spaces and tabs (Unicode space separators
    /// included, line breaks not): what Foundation's `trimmingCharacters(in: .whitespaces)`
    /// does, without CharacterSet, which would link the whole of Foundation (DESIGN §2b).
    public func trimmingSpaces() -> String {
        func isSpace(_ character: Character) -> Bool { character.isWhitespace && !character.isNewline }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
