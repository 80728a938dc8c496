#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import VerdictEngine

/// A mapping from semantic slots to concrete styles (huh-style themes).
///
/// Screens only ever name a ``ThemeSlot``; the theme decides the look. Every theme draws
/// `selected` with a non-colour attribute so the cursor row is visible without colour.
public struct Theme: Sendable, Hashable {
    /// The theme's name, as accepted by ``named(_:)``.
    public let name: String
    /// False for themes that must not use colour (mono).
    public let usesColor: Bool
    private let styles: [ThemeSlot: CellStyle]

    /// Creates a theme; slots not given are drawn `plain`.
    public init(name: String, usesColor: Bool, styles: [ThemeSlot: CellStyle]) {
        self.name = name
        self.usesColor = usesColor
        self.styles = styles
    }

    /// The style of one slot.
    public func style(_ slot: ThemeSlot) -> CellStyle { styles[slot] ?? .plain }

    // MARK: - Lookup

    /// The theme with this name; `auto` looks at this process's environment.
    public static func named(_ name: String) -> Theme? {
        switch name.lowercased() {
        case "auto": automatic(environment: ProcessInfo.processInfo.environment)
        case "dark": dark
        case "light": light
        case "mono": mono
        case "high-contrast": highContrast
        default: nil
        }
    }

    /// The theme for an environment: `mono` when `NO_COLOR` is set and non-empty or
    /// `TERM` is dumb or monochrome; `light` when `COLORFGBG` says the background is
    /// light; `dark` otherwise.
    public static func automatic(environment: [String: String]) -> Theme {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return mono }
        let term = (environment["TERM"] ?? "").lowercased()
        if term == "dumb" || term.containsBytes("mono") || term.hasSuffix("-m") { return mono }
        if let colors = environment["COLORFGBG"], let background = colors.split(separator: ";").last.flatMap({ Int($0) }),
           background == 7 || background >= 9 {
            return light
        }
        return dark
    }

    // MARK: - Built-in themes

    /// Colours on a dark background.
    public static let dark = Theme(name: "dark", usesColor: true, styles: [
        .muted: CellStyle(dim: true),
        .title: CellStyle(foreground: .cyan, bold: true),
        .selected: CellStyle(bold: true, reverse: true),
        .chosen: CellStyle(foreground: .green, bold: true),
        .key: CellStyle(foreground: .yellow, bold: true),
        .accent: CellStyle(foreground: .green, bold: true),
        .warning: CellStyle(foreground: .yellow, bold: true),
        .error: CellStyle(foreground: .red, bold: true),
        .barFill: CellStyle(foreground: .green),
        .barEmpty: CellStyle(dim: true),
        .border: CellStyle(foreground: .blue),
    ])

    /// Colours on a light background.
    public static let light = Theme(name: "light", usesColor: true, styles: [
        .muted: CellStyle(foreground: .black, dim: true),
        .title: CellStyle(foreground: .blue, bold: true),
        .selected: CellStyle(bold: true, reverse: true),
        .chosen: CellStyle(foreground: .magenta, bold: true),
        .key: CellStyle(foreground: .blue, bold: true),
        .accent: CellStyle(foreground: .green, bold: true),
        .warning: CellStyle(foreground: .red, bold: true),
        .error: CellStyle(foreground: .red, bold: true, underline: true),
        .barFill: CellStyle(foreground: .blue),
        .barEmpty: CellStyle(dim: true),
        .border: CellStyle(foreground: .black, dim: true),
    ])

    /// No colour at all (NO_COLOR, TERM=dumb): attributes and text markers only.
    public static let mono = Theme(name: "mono", usesColor: false, styles: [
        .muted: CellStyle(dim: true),
        .title: CellStyle(bold: true),
        .selected: CellStyle(bold: true, reverse: true),
        .chosen: CellStyle(bold: true, underline: true),
        .key: CellStyle(bold: true),
        .accent: CellStyle(bold: true),
        .warning: CellStyle(bold: true, underline: true),
        .error: CellStyle(bold: true, reverse: true),
        .barEmpty: CellStyle(dim: true),
    ])

    /// Strong contrast: white on black, bright accents, nothing dim.
    public static let highContrast = Theme(name: "high-contrast", usesColor: true, styles: [
        .normal: CellStyle(foreground: .white, background: .black),
        .muted: CellStyle(foreground: .white, background: .black),
        .title: CellStyle(foreground: .yellow, background: .black, bold: true, underline: true),
        .selected: CellStyle(foreground: .black, background: .yellow, bold: true, reverse: false, underline: true),
        .chosen: CellStyle(foreground: .cyan, background: .black, bold: true, underline: true),
        .key: CellStyle(foreground: .yellow, background: .black, bold: true),
        .accent: CellStyle(foreground: .green, background: .black, bold: true),
        .warning: CellStyle(foreground: .yellow, background: .black, bold: true, underline: true),
        .error: CellStyle(foreground: .red, background: .black, bold: true, underline: true),
        .barFill: CellStyle(foreground: .white, background: .black, bold: true),
        .barEmpty: CellStyle(foreground: .white, background: .black),
        .border: CellStyle(foreground: .white, background: .black),
    ])
}

// MARK: - Description

extension Theme: CustomStringConvertible {
    /// The theme's name.
    public var description: String { name }
}
