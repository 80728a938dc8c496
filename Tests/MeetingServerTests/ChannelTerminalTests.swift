import NIOConcurrencyHelpers
import NIOEmbedded
import Testing
import VerdictEngine
import VerdictUI
@testable import MeetingServer

/// The SSH channel as the runtime's terminal: input queue, nudges, coalescing frames while
/// the channel cannot take output.
@Suite struct ChannelTerminalTests {
    func make() -> (ChannelTerminal, EmbeddedEventLoop, NIOLockedValueBox<[[UInt8]]>) {
        let loop = EmbeddedEventLoop()
        let sent = NIOLockedValueBox<[[UInt8]]>([])
        let writer = EscapeSequenceWriter(profile: RemoteTerminalProfile(term: "xterm", locale: "C.UTF-8"))
        let terminal = ChannelTerminal(width: 20, height: 3, writer: writer, loop: loop) { bytes in
            sent.withLockedValue { $0.append(bytes) }
        }
        return (terminal, loop, sent)
    }

    func grid(_ text: String) -> CellGrid {
        var grid = CellGrid(width: 20, height: 3)
        grid.put(text, row: 0, column: 0)
        return grid
    }

    @Test func framesWaitWhileTheChannelIsFullAndOnlyTheLatestIsSent() {
        let (terminal, loop, sent) = make()
        terminal.draw(grid("one"))
        loop.run()
        #expect(sent.withLockedValue { $0.count } == 1)
        terminal.setWritable(false)
        for text in ["two", "three", "four"] { terminal.draw(grid(text)) }
        loop.run()
        #expect(sent.withLockedValue { $0.count } == 1, "frames were sent to a full channel")
        terminal.setWritable(true)
        loop.run()
        let frames = sent.withLockedValue { $0 }
        #expect(frames.count == 2)
        let last = String(decoding: frames[1], as: UTF8.self)
        #expect(last.contains("four") && !last.contains("two") && !last.contains("three"))
    }

    @Test func inputIsQueuedInOrderAndAHangUpEndsIt() {
        let (terminal, _, _) = make()
        #expect(terminal.nextInput(timeoutMs: 1) == nil)
        terminal.push(.key(.up))
        terminal.push(.resize(width: 40, height: 10))
        terminal.nudge()  // a size is queued already: it makes the program ask the room
        terminal.push(.key(.down))
        terminal.nudge()
        terminal.nudge()
        #expect(terminal.nextInput(timeoutMs: 1) == .key(.up))
        #expect(terminal.nextInput(timeoutMs: 1) == .resize(width: 40, height: 10))
        #expect(terminal.size == (40, 10))
        #expect(terminal.nextInput(timeoutMs: 1) == .key(.down))
        #expect(terminal.nextInput(timeoutMs: 1) == .resize(width: 40, height: 10))
        #expect(terminal.nextInput(timeoutMs: 1) == nil, "two nudges in a row should be one")
        terminal.hangUp()
        #expect(terminal.nextInput(timeoutMs: 1) == .signal(1))
    }

    @Test func aBurstOfKeysCostsOneFrame() throws {
        let (terminal, loop, sent) = make()
        let worksheet = try WorksheetCatalog.standard().resolve("wakatime-2015")
        for _ in 0..<100 { terminal.push(.key(.character("x"))) }
        terminal.hangUp()
        let ending = Runtime<MemberSession>.run(MemberProgram(worksheet: worksheet, theme: .mono, roster: []), on: terminal) { _ in [] }
        loop.run()
        guard case let .signal(_, program) = ending, case let .naming(prompt) = program.stage else {
            Issue.record("the run did not end on the hang-up in the name prompt")
            return
        }
        #expect(prompt.text.count == PersonName.maxLength)
        // The first frame, then one for the whole burst (not one per key).
        #expect(sent.withLockedValue { $0.count } == 2)
    }
}

/// A member whose SSH client sent a locale without UTF-8 (`LANG=C`) reads key names as
/// words (`Up/Down choose`, `Left/h back`), not the look-alikes `^v` and `</h`.
@Suite struct MemberASCIITextTests {
    @Test(arguments: [("C", ["Up/Down choose", "Left/h"]), ("en_US.UTF-8", ["↑↓ choose", "←/h"])])
    func theMembersLocaleChoosesTheKeyNames(locale: String, expected: [String]) {
        let loop = EmbeddedEventLoop()
        let sent = NIOLockedValueBox<[UInt8]>([])
        let writer = EscapeSequenceWriter(profile: RemoteTerminalProfile(term: "xterm", locale: locale))
        let terminal = ChannelTerminal(width: 80, height: 24, writer: writer, loop: loop) { bytes in
            sent.withLockedValue { $0 += bytes }
        }
        // Choose the first name on the roster, then start the questions.
        terminal.push(.key(.character("1")))
        terminal.push(.key(.enter))
        terminal.hangUp()
        let program = MemberProgram(worksheet: MemberProgramTests.worksheet, theme: .mono, roster: ["Ana", "Ben"])
        _ = Runtime<MemberSession>.run(program, on: terminal) { request in
            guard case let .claim(name) = request else { return [] }
            return [.joined(name: name, responses: Responses(), questionID: nil, ready: false)]
        }
        loop.run()
        let output = String(decoding: sent.withLockedValue { $0 }, as: UTF8.self)
        for text in expected { #expect(output.contains(text), "missing '\(text)' for LANG=\(locale)") }
        #expect(!output.contains("^v") && !output.contains("</h"))
    }
}
