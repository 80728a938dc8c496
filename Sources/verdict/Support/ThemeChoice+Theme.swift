import VerdictEngine
import VerdictUI

extension ThemeChoice {
    /// The UI theme for this choice; `auto` asks the environment (`NO_COLOR`, `TERM`,
    /// `COLORFGBG`).
    func theme(environment: [String: String]) -> Theme {
        if self == .auto { return Theme.automatic(environment: environment) }
        return Theme.named(rawValue) ?? Theme.automatic(environment: environment)
    }
}
