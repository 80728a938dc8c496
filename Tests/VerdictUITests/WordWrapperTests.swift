import Testing
import VerdictTestSupport
import VerdictEngine
@testable import VerdictUI

/// Wrapping by display width, with CJK and emoji.
@Suite struct WordWrapperTests {
    @Test func wrapsAtSpaces() {
        #expect(WordWrapper.wrap("the quick brown fox jumps", width: 10) == ["the quick", "brown fox", "jumps"])
        #expect(WordWrapper.wrap("a  b", width: 10) == ["a b"])
        #expect(WordWrapper.wrap("", width: 10) == [""])
        #expect(WordWrapper.wrap("one\n\ntwo", width: 10) == ["one", "", "two"])
    }

    @Test func breaksWordsLongerThanTheLine() {
        #expect(WordWrapper.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(WordWrapper.wrap("x abcdefgh", width: 4) == ["x", "abcd", "efgh"])
    }

    @Test func wrapsCJKByDisplayWidth() {
        let lines = WordWrapper.wrap("日本語のテキストを折り返す", width: 10)
        #expect(lines == ["日本語のテ", "キストを折", "り返す"])
        for line in lines { #expect(DisplayWidth.of(line) <= 10) }
        #expect(WordWrapper.wrap("Use 漢字 here", width: 7) == ["Use 漢", "字 here"])
    }

    @Test func wrapsEmojiByDisplayWidth() {
        let lines = WordWrapper.wrap("ship it 🚀🚀🚀 today 👍🏽", width: 9)
        for line in lines { #expect(DisplayWidth.of(line) <= 9) }
        #expect(lines.joined(separator: " ").filter { $0 == "🚀" }.count == 3)
        #expect(lines.last == "today 👍🏽")
        #expect(WordWrapper.wrap("🚀🚀🚀", width: 1) == ["🚀", "🚀", "🚀"], "a wide grapheme alone on a narrow line")
    }

    @Test func neverExceedsTheWidthAndKeepsEveryCharacter() {
        let text = "Flask 很小 and Django 有很多电池 🔋 included; choose what fits your team 👩‍💻 best."
        for width in 2...40 {
            let lines = WordWrapper.wrap(text, width: width)
            for line in lines { #expect(DisplayWidth.of(line) <= width, "width \(width): \(line)") }
            #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " })
        }
    }

    @Test func truncateAddsAnEllipsis() {
        #expect(WordWrapper.truncate("hello world", width: 8) == "hello w…")
        #expect(WordWrapper.truncate("日本語", width: 4) == "日…")
        #expect(WordWrapper.truncate("short", width: 8) == "short")
    }
}

/// The narrow-text shortcut must wrap exactly as the general grapheme walk does.
@Suite struct WordWrapperASCIITests {
    @Test func asciiShortcutMatchesTheGeneralWalk() {
        var random = SplitMix64(seed: 0xA5C11)
        let alphabet = Array("abc de  fghij\tklmnopqrstuvwxyz ,.;:!?-'\"()[]0123456789    ".utf8)
        for _ in 0..<4_000 {
            let length = Int(random.next() % 90)
            let bytes = (0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
            let paragraph = Substring(String(decoding: bytes, as: UTF8.self))
            let width = 1 + Int(random.next() % 30)
            #expect(WordWrapper.wrapNarrow(paragraph, width: width) == WordWrapper.wrapAny(paragraph, width: width),
                    "\(paragraph.debugDescription) at \(width)")
        }
        for edge in ["", " ", "   ", "\t", "word", " lead", "trail ", "a  b", "averyveryverylongword x"] {
            for width in 1...12 {
                #expect(WordWrapper.wrapNarrow(Substring(edge), width: width) == WordWrapper.wrapAny(Substring(edge), width: width))
            }
        }
    }

    @Test func everyNarrowScalarIsOneColumnAndAGraphemeOnItsOwn() {
        let narrow = (0x00...0x2FFF).compactMap(Unicode.Scalar.init).filter(DisplayWidth.isNarrowAlone)
        #expect(narrow.count > 500)
        for scalar in narrow {
            #expect(DisplayWidth.of(Character(scalar)) == 1, "U+\(String(scalar.value, radix: 16))")
            // Followed by anything narrow it stays its own grapheme.
            for next in ["a", " ", "—", "é", "•", "\u{2191}"] {
                #expect((String(scalar) + next).count == 2, "U+\(String(scalar.value, radix: 16)) + \(next)")
            }
        }
    }

    @Test func narrowShortcutMatchesTheGeneralWalkOnNonASCIIProse() {
        var random = SplitMix64(seed: 0x7E47)
        let alphabet = Array("abc de  fg—hij\tkl·mn“op”qr‘s’t…u•vé×w↑x↓y─z ,.;: ©½ÿ€→«»")
        for _ in 0..<4_000 {
            let length = Int(random.next() % 90)
            let paragraph = Substring(String((0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }))
            let width = 1 + Int(random.next() % 30)
            #expect(WordWrapper.wrapNarrow(paragraph, width: width) == WordWrapper.wrapAny(paragraph, width: width),
                    "\(paragraph.debugDescription) at \(width)")
        }
    }

    @Test func paragraphsAreTheCharacterSplitOnLineFeeds() {
        var random = SplitMix64(seed: 0x9A4A)
        // Line feeds next to carriage returns, combining marks and other controls: "\r\n" is
        // one character, so it must not cut a paragraph.
        let pieces: [String] = ["a", " ", "\n", "\r", "\r\n", "\u{301}", "é", "語", "\u{200D}", "\t", "\u{1B}"]
        for _ in 0..<4_000 {
            let text = (0..<Int(random.next() % 12)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            #expect(WordWrapper.paragraphs(of: text) == text.split(separator: "\n", omittingEmptySubsequences: false),
                    "\(text.debugDescription)")
        }
        #expect(WordWrapper.paragraphs(of: "one\r\ntwo\nthree\n") == ["one\r\ntwo", "three", ""])
    }

    @Test func byteNarrowCheckAgreesWithTheScalarCheck() {
        func scalarCheck(_ text: String) -> Bool {
            text.unicodeScalars.allSatisfy { $0 == "\t" || DisplayWidth.isNarrowAlone($0) }
        }
        func byteCheck(_ text: String) -> Bool {
            Array(text.utf8).withUnsafeBufferPointer { DisplayWidth.isNarrow($0, allowingTabs: true) }
        }
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(Character(scalar))
            #expect(byteCheck(text) == scalarCheck(text), "U+\(String(value, radix: 16))")
        }
        var random = SplitMix64(seed: 0xB17E)
        let alphabet = Array("ab \t—·é\u{AD}語😀\u{301}─→×\u{7F}\u{85}")
        for _ in 0..<2_000 {
            let text = String((0..<Int(random.next() % 12)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
            #expect(byteCheck(text) == scalarCheck(text), "\(text.debugDescription)")
        }
    }
}
