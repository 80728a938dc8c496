import CursesTerminal
import VerdictEngine
import VerdictUI

/// Plain mode's standard output in what the locale can show: as written under UTF-8; under
/// `LANG=C` arrows as words and other glyphs as the stand-ins the full-screen UI draws
/// (``Charset/plainText(_:)``), so a terminal without UTF-8 shows no stray bytes.
enum PlainOutput {
    /// The locale's charset, read once.
    static let charset = CursesScreen.localeCharset()

    /// Writes `text` to standard output.
    static func write(_ text: String) {
        StandardStream.output.write(charset.plainText(text))
    }
}
