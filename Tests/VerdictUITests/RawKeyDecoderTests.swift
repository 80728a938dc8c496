import Testing
import VerdictUI

/// `RawKeyDecoder`: the bytes an SSH client sends for every key the runtime knows.
@Suite struct RawKeyDecoderTests {
    func keys(_ bytes: [UInt8], flush: Bool = true) -> [Key] {
        var decoder = RawKeyDecoder()
        var keys = decoder.feed(bytes)
        if flush { keys += decoder.flush() }
        return keys
    }

    func keys(_ text: String) -> [Key] { keys(Array(text.utf8)) }

    @Test(arguments: [
        ("\u{1B}[A", Key.up), ("\u{1B}[B", .down), ("\u{1B}[C", .right), ("\u{1B}[D", .left),
        ("\u{1B}OA", .up), ("\u{1B}OB", .down), ("\u{1B}OC", .right), ("\u{1B}OD", .left),
        ("\u{1B}[H", .home), ("\u{1B}[F", .end), ("\u{1B}OH", .home), ("\u{1B}OF", .end),
        ("\u{1B}[1~", .home), ("\u{1B}[4~", .end), ("\u{1B}[7~", .home), ("\u{1B}[8~", .end),
        ("\u{1B}[3~", .delete), ("\u{1B}[5~", .pageUp), ("\u{1B}[6~", .pageDown), ("\u{1B}[Z", .backTab),
        ("\u{1B}OP", .function(1)), ("\u{1B}OQ", .function(2)), ("\u{1B}OR", .function(3)), ("\u{1B}OS", .function(4)),
        ("\u{1B}[11~", .function(1)), ("\u{1B}[15~", .function(5)), ("\u{1B}[17~", .function(6)),
        ("\u{1B}[21~", .function(10)), ("\u{1B}[23~", .function(11)), ("\u{1B}[24~", .function(12)),
        ("\u{1B}[1;5A", .up), ("\u{1B}[1;2P", .function(1)), ("\u{1B}[3;5~", .delete), ("\u{1B}OM", .enter),
        ("\r", .enter), ("\n", .enter), ("\u{7F}", .backspace), ("\u{08}", .backspace), ("\t", .tab),
        ("\u{03}", .control("c")), ("\u{1A}", .control("z")), ("\u{01}", .control("a")), ("\u{11}", .control("q")),
        ("\u{1B}", .escape), ("a", .character("a")), (" ", .character(" ")), ("~", .character("~")),
        ("é", .character("é")), ("界", .character("界")), ("😀", .character("😀")),
    ])
    func everyKey(bytes: String, key: Key) {
        #expect(keys(bytes) == [key])
    }

    @Test func loneEscapeWaitsForTheFlush() {
        var decoder = RawKeyDecoder()
        #expect(decoder.feed([0x1B]).isEmpty)
        #expect(decoder.hasPending)
        #expect(decoder.flush() == [.escape])
        #expect(!decoder.hasPending)
    }

    @Test func sequencesSplitAcrossReadsAreJoined() {
        var decoder = RawKeyDecoder()
        #expect(decoder.feed([0x1B]).isEmpty)
        #expect(decoder.feed([0x5B]).isEmpty)
        #expect(decoder.feed([0x41, 0x62]) == [.up, .character("b")])
        #expect(decoder.feed([0xE7]).isEmpty)
        #expect(decoder.feed([0x95]).isEmpty)
        #expect(decoder.feed([0x8C]) == [.character("界")])
        #expect(decoder.feed(Array("\u{1B}[2".utf8)).isEmpty)
        #expect(decoder.feed(Array("4~".utf8)) == [.function(12)])
    }

    @Test func crlfIsOneEnter() {
        #expect(keys("a\r\nb") == [.character("a"), .enter, .character("b")])
        #expect(keys("\n\n") == [.enter, .enter])
    }

    @Test func escapeThenKeyIsEscapeAndTheKey() {
        #expect(keys("\u{1B}x") == [.escape, .character("x")])
        #expect(keys("\u{1B}\u{1B}[A") == [.escape, .up])
    }

    @Test func unknownAndOverlongSequencesAreDropped() {
        #expect(keys("\u{1B}[200~hi\u{1B}[201~") == [.character("h"), .character("i")])
        #expect(keys("\u{1B}[99X") == [])
        #expect(keys("\u{1B}[2~") == [])
        let long = "\u{1B}[" + String(repeating: "1;", count: 40) + "A" + "z"
        #expect(keys(long) == [.character("z")])
    }

    @Test func invalidUTF8AndC1AreDroppedNotPassedOn() {
        #expect(keys([0x80, 0x61]) == [.character("a")])
        #expect(keys([0xC3, 0x28]) == [.character("(")])
        #expect(keys([0xC2, 0x9B, 0x62]) == [.character("b")])  // U+009B is CSI in C1 form
        #expect(keys([0xFF, 0xFE]) == [])
        #expect(keys([0x00, 0x1C, 0x1F]) == [])
    }

    @Test func aLargePasteDecodesInLinearTime() {
        let paste = [UInt8](repeating: UInt8(ascii: "x"), count: 1_000_000)
        let decoded = keys(paste)
        #expect(decoded.count == 1_000_000)
        #expect(decoded.allSatisfy { $0 == .character("x") })
    }
}
