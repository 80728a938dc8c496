/// Semantic colour slots: screens say what a cell *is*; a theme decides how it looks.
public enum ThemeSlot: UInt8, Sendable, Hashable, CaseIterable {
    /// Ordinary text.
    case normal
    /// Secondary text: help, hints, footers.
    case muted
    /// Titles and section names.
    case title
    /// The row under the cursor.
    case selected
    /// Something the user chose earlier (the current answer when revisiting).
    case chosen
    /// Key names in the footer.
    case key
    /// The recommended option and positive news.
    case accent
    /// Warnings: unanswered questions, too-close verdicts.
    case warning
    /// Errors: failed writes, invalid input.
    case error
    /// Filled part of a bar.
    case barFill
    /// Empty part of a bar.
    case barEmpty
    /// Borders and rules.
    case border
}
