import VerdictEngine

/// Line editing for the one-line prompts (export path, name): insert, delete and move
/// within the text.
enum PathEditing {
    /// Applies a key to the prompt; false when the key means nothing here.
    static func apply(_ key: Key, to prompt: inout some LineField) -> Bool {
        var characters = Array(prompt.text)
        let cursor = max(0, min(prompt.cursor, characters.count))
        switch key {
        case .character(let character):
            guard DisplayWidth.of(character) > 0 else { return false }
            characters.insert(character, at: cursor)
            prompt.cursor = cursor + 1
        case .backspace:
            guard cursor > 0 else { return false }
            characters.remove(at: cursor - 1)
            prompt.cursor = cursor - 1
        case .delete:
            guard cursor < characters.count else { return false }
            characters.remove(at: cursor)
        case .left:
            prompt.cursor = max(0, cursor - 1)
        case .right:
            prompt.cursor = min(characters.count, cursor + 1)
        case .home, .control("a"):
            prompt.cursor = 0
        case .end, .control("e"):
            prompt.cursor = characters.count
        default:
            return false
        }
        prompt.text = String(characters)
        prompt.error = nil
        return true
    }
}
