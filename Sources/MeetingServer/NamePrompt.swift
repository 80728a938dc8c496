import VerdictEngine
import VerdictUI

/// A member's first screen: who are you? A choice from the roster (`--members`), or a
/// name typed freely when there is none.
struct NamePrompt: Sendable, Equatable {
    /// The roster names, in roster order so numbers never shift (empty: free text).
    var choices: [String]
    /// Roster names a connected member holds (shown as joined; the room refuses them).
    var taken: Set<String> = []
    /// The highlighted choice.
    var cursor = 0
    /// The name typed so far (free text).
    var text = ""
    /// Why the last name was not taken, if it was not.
    var notice: String?

    /// The longest name a member can type (as everywhere a name is given).
    static let longestName = PersonName.maxLength

    /// A prompt whose highlight starts on the first name nobody holds.
    init(choices: [String], taken: Set<String> = []) {
        self.choices = choices
        self.taken = taken
        cursor = choices.firstIndex { !taken.contains($0) } ?? 0
    }

    /// Other members joined or left since the list was drawn: their names are marked. The
    /// highlight stays where it is (one that jumped as someone joined turned the member's
    /// next ↓ and Enter into another person's name); Enter on a taken name says why.
    mutating func update(taken: Set<String>) { self.taken = taken }

    /// What a key did: nothing yet, or a name to claim.
    enum Outcome: Equatable {
        case none
        case claim(String)
        case leave
    }

    mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .control("c"), .control("d"): return .leave
        case .up: if !choices.isEmpty { cursor = max(0, cursor - 1) }
        case .down: if !choices.isEmpty { cursor = min(choices.count - 1, cursor + 1) }
        case .enter:
            if !choices.isEmpty { return choices.indices.contains(cursor) ? choose(cursor) : .none }
            let name = text.trimmingSpaces()
            guard !name.isEmpty else {
                notice = "Type your name, then press Enter."
                return .none
            }
            return .claim(name)
        case .backspace: if !text.isEmpty { text.removeLast() }
        case .control("u"): text = ""
        case let .character(character):
            if let number = character.wholeNumberValue, !choices.isEmpty, number >= 1, number <= choices.count {
                cursor = number - 1
                return choose(cursor)
            }
            guard choices.isEmpty, !character.isNewline else { return .none }
            guard text.count < Self.longestName else {
                notice = "A name has at most \(Self.longestName) characters."
                return .none
            }
            text.append(character)
        default: break
        }
        return .none
    }

    /// A roster name to claim, or a notice when a connected member holds it.
    private mutating func choose(_ index: Int) -> Outcome {
        guard !taken.contains(choices[index]) else {
            notice = "\(choices[index]) is connected already; if that is you, close the other connection first."
            return .none
        }
        notice = nil
        return .claim(choices[index])
    }

    /// The screen.
    func render(title: String, width: Int, height: Int) -> CellGrid {
        var grid = CellGrid(width: width, height: height)
        grid.put("Verdict meeting · " + TextSanitizer.sanitize(title), row: 0, column: 1, slot: .title)
        grid.put(choices.isEmpty ? "Your name, as the team will see it:" : "Who are you?", row: 2, column: 1)
        if choices.isEmpty {
            grid.put("> " + TextSanitizer.sanitize(text), row: 4, column: 1, slot: .selected)
            grid.cursor = (4, min(width - 1, 3 + text.count))
        } else {
            for (index, name) in choices.enumerated() {
                let marker = index == cursor ? "› " : "  "
                let joined = taken.contains(name) ? "  (joined)" : ""
                grid.put(marker + "\(index + 1). " + TextSanitizer.sanitize(name) + joined, row: 4 + index, column: 1,
                         slot: index == cursor ? .selected : joined.isEmpty ? .normal : .muted)
            }
        }
        if let notice {
            // Wrapped above the keys, never cut: why, and what to do, are both read.
            let lines = WordWrapper.wrap(TextSanitizer.sanitize(notice), width: max(1, width - 2)).suffix(3)
            for (index, line) in lines.enumerated() {
                grid.put(line, row: height - 2 - lines.count + index, column: 1, slot: .warning)
            }
        }
        let keys = choices.isEmpty ? "Enter join · Ctrl-U clear · Ctrl-C leave" : "↑↓ choose · Enter join · Ctrl-C leave"
        grid.put(Charset.text(keys), row: height - 1, column: 1, slot: .muted)
        return grid
    }
}
