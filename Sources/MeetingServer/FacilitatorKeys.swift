import VerdictEngine
import VerdictUI

/// The facilitator's keys before the reveal, as one table: what a key does, the footer and
/// the F1 list come from it, so none of them can offer a key the screen does not take.
enum FacilitatorKeys {
    /// What a key asks of the facilitator's screen.
    enum Action: Hashable, Sendable {
        case admit, refuse, reveal, move, remove, observer, keys, end
    }

    /// The table in force: admitting and refusing lead while someone waits (`--admit`).
    static func table(waiting: Bool) -> KeyTable<Action> {
        let admission = [
            KeyBinding([.character("a")], label: "a", short: "admit", long: "Let in the newcomer who waits (shown above).", action: Action.admit),
            KeyBinding([.character("d")], label: "d", short: "refuse", long: "Turn the newcomer who waits away.", action: .refuse),
        ]
        let always = [
            KeyBinding([.character("r")], label: "r", short: "reveal",
                       long: "Reveal the answers on every screen (asks first when not everyone is ready).", action: Action.reveal),
            KeyBinding([.up, .down], label: "↑↓", short: "member", long: "Highlight another member.", action: .move),
            KeyBinding([.character("x")], label: "x", short: "remove",
                       long: "Take the highlighted member out of the meeting; their answers no longer count and anyone may join with their name (asks first).",
                       action: .remove),
            KeyBinding([.character("o")], label: "o", short: "observer",
                       long: "Make the highlighted member an observer (not waited for, answers not counted), or a member again.",
                       action: .observer),
            KeyBinding([.function(1), .character("?")], label: "F1", short: "keys", long: "Show this list of keys.", action: .keys),
            KeyBinding([.character("q"), .control("c")], label: "q", short: "end", long: "End the meeting (asks first).", action: .end),
        ]
        return KeyTable(waiting ? admission + always : always)
    }

    /// One footer row within `width`: `label short` items joined by ` · `; items are left
    /// out from the end when they do not fit, never F1 or q.
    static func footer(_ table: KeyTable<Action>, width: Int) -> String {
        var shown = table.footer
        func text() -> String { Charset.text(shown.map(\.footerText).joined(separator: " · ")) }
        while DisplayWidth.of(text()) > width,
              let last = shown.lastIndex(where: { $0.action != .keys && $0.action != .end }) {
            shown.remove(at: last)
        }
        return text()
    }

    /// The F1 list: each binding's label and sentence, wrapped under itself (written for
    /// the terminal's ``Charset`` before it is measured).
    static func overlay(_ table: KeyTable<Action>, width: Int) -> [String] {
        let labels = table.bindings.map { Charset.text($0.label) }
        let labelWidth = labels.map { DisplayWidth.of($0) }.max() ?? 2
        return zip(labels, table.bindings).flatMap { label, binding in
            WordWrapper.wrap(binding.long, width: max(10, width - labelWidth - 2)).enumerated().map { index, text in
                let label = index == 0 ? label : ""
                return label + String(repeating: " ", count: labelWidth - DisplayWidth.of(label) + 2) + text
            }
        }
    }
}
