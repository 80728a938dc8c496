/// A colour theme as named in settings (`--theme`, `VERDICT_THEME`, the config file).
///
/// The engine only knows the names; VerdictUI's `Theme.named(_:)` turns a name into styles.
public enum ThemeChoice: String, CaseIterable, Sendable {
    /// Pick from the terminal: mono under `NO_COLOR` or a dumb terminal, else dark or light.
    case auto
    /// Colours for a dark background.
    case dark
    /// Colours for a light background.
    case light
    /// No colour at all: bold, underline and reverse only.
    case mono
    /// Strong colours and attributes for low vision.
    case highContrast = "high-contrast"

    /// Every accepted name, comma-separated, for messages ("auto, dark, …").
    public static let namesList = allCases.map(\.rawValue).joined(separator: ", ")

    /// The theme for a name as a user typed it (any case); nil when unknown.
    public init?(name: String) {
        self.init(rawValue: name.lowercased())
    }
}
