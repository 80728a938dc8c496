import VerdictEngine
import VerdictUI

extension KeyStyle {
    /// The key the session sees. `h`/`j`/`k`/`l` work in every style (the key map has
    /// them); `vim` adds Ctrl-F and Ctrl-B for a page down and up.
    func translate(_ key: Key) -> Key {
        guard self == .vim else { return key }
        switch key {
        case .control("f"): return .pageDown
        case .control("b"): return .pageUp
        default: return key
        }
    }
}
