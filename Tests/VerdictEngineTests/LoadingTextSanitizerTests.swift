import Testing
@testable import VerdictEngine

/// Every class of dangerous character becomes a visible placeholder.
struct LoadingTextSanitizerTests {
    @Test func plainTextIsUnchanged() {
        #expect(TextSanitizer.sanitize("Django or Flask? — ça marche 日本") == "Django or Flask? — ça marche 日本")
    }

    @Test func c0ControlsBecomeControlPictures() {
        #expect(TextSanitizer.sanitize("a\u{0}b\u{7}c\u{8}d\td\re") == "a␀b␇c␈d␉d␍e")
    }

    @Test func escapeSequencesBecomeVisibleText() {
        #expect(TextSanitizer.sanitize("x\u{1B}[2Jy") == "x␛[2Jy")
        #expect(TextSanitizer.sanitize("\u{1B}]0;owned\u{7}") == "␛]0;owned␇")
        #expect(TextSanitizer.sanitize("\u{1B}]0;t\u{1B}\\") == "␛]0;t␛\\")
    }

    @Test func delAndC1ControlsAreReplaced() {
        #expect(TextSanitizer.sanitize("a\u{7F}b") == "a␡b")
        #expect(TextSanitizer.sanitize("a\u{9B}31mb\u{85}c") == "a\u{FFFD}31mb\u{FFFD}c")
    }

    @Test func bidiOverridesAndIsolatesAreReplaced() {
        let all = (0x202A...0x202E).map { String(UnicodeScalar($0)!) }.joined()
            + (0x2066...0x2069).map { String(UnicodeScalar($0)!) }.joined()
        #expect(TextSanitizer.sanitize("x" + all + "y") == "x" + String(repeating: "\u{FFFD}", count: 9) + "y")
    }

    @Test func newlinesAreReplacedUnlessKept() {
        #expect(TextSanitizer.sanitize("one\ntwo") == "one␊two")
        #expect(TextSanitizer.sanitize("one\ntwo\u{1B}", keepNewlines: true) == "one\ntwo␛")
        #expect(TextSanitizer.sanitize("a\r\nb", keepNewlines: true) == "a␍\nb")
    }

    @Test func invalidUTF8BecomesReplacementCharacter() {
        #expect(TextSanitizer.sanitize(bytes: [0x61, 0xFF, 0x62, 0xC3]) == "a\u{FFFD}b\u{FFFD}")
        #expect(TextSanitizer.sanitize(bytes: Array("ok\u{1B}".utf8)) == "ok␛")
    }

    @Test func firstUnsafeReportsOffsetAndName() {
        let found = TextSanitizer.firstUnsafe(in: "abc\u{1B}", allowingNewline: true)
        #expect(found?.offset == 3)
        #expect(found.map { TextSanitizer.describe($0.scalar) } == "U+001B (ESC)")
        #expect(TextSanitizer.firstUnsafe(in: "a\nb", allowingNewline: true) == nil)
        #expect(TextSanitizer.firstUnsafe(in: "a\nb", allowingNewline: false)?.offset == 1)
    }
}
