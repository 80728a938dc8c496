import Foundation
import NIOCore
import NIOSSH
import VerdictEngine
import VerdictUI

/// One member's session channel: accepts `pty-req` and `shell` only, decodes the raw bytes
/// the client sends into keys for the member's ``ChannelTerminal``, and runs the member's
/// program (``MemberSession``) on the one ``Runtime``, on a thread of its own. The program's
/// requests reach the ``Room`` here, on the channel's event loop.
final class MemberChannelHandler: ChannelDuplexHandler, MemberLink, @unchecked Sendable {
    typealias InboundIn = SSHChannelData
    typealias OutboundIn = SSHChannelData
    typealias OutboundOut = SSHChannelData

    let room: Room
    let identity: ConnectionIdentity
    let limits: MeetingLimits
    private var context: ChannelHandlerContext?
    private var term: String?
    private var locale: String?
    private var noColor = false
    private var width = 80, height = 24
    private var started = false
    private var closing = false
    private var terminal: ChannelTerminal?
    private var decoder = RawKeyDecoder()
    private var escapeFlush: Scheduled<Void>?
    /// The member's slot, once the room gave one.
    private(set) var slot: Int?
    /// True once the member's program was told its slot.
    private var programJoined = false
    private var budget: Double
    private var lastRefill: NIODeadline = .now()
    /// The name asked for while waiting for admission (for the facilitator's question).
    private var wantedName: String?

    init(room: Room, identity: ConnectionIdentity, limits: MeetingLimits) {
        self.room = room
        self.identity = identity
        self.limits = limits
        budget = Double(limits.inputBurst)
    }

    var summary: String {
        "\(TextSanitizer.sanitize(wantedName ?? "?")) · \(identity.fingerprint ?? "password") · \(identity.address)"
    }

    // MARK: - Channel

    func handlerAdded(context: ChannelHandlerContext) {
        self.context = context
    }

    func channelInactive(context: ChannelHandlerContext) {
        escapeFlush?.cancel()
        terminal?.hangUp()
        room.disconnected(self)
        self.context = nil
        context.fireChannelInactive()
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        switch event {
        case let request as SSHChannelRequestEvent.PseudoTerminalRequest:
            term = Self.cleanTerm(request.term)
            (width, height) = limits.clamp(request.terminalCharacterWidth, request.terminalRowHeight)
            reply(context, request.wantReply, true)
        case let request as SSHChannelRequestEvent.ShellRequest:
            guard !started, term != nil else {
                if started { reply(context, request.wantReply, false) } else { refuse(context, request.wantReply) }
                return
            }
            // A member's screen is drawn with cursor moves a dumb terminal (or a screen reader
            // reading one) prints as garbage: said in one line instead (docs/team.md).
            guard term != "dumb" else {
                reply(context, request.wantReply, true)  // accepted, so that OpenSSH prints the line
                turnAway(context, "verdict: this meeting is a full screen, and TERM is dumb: join from a terminal "
                    + "that sets TERM (e.g. xterm), or answer on your own with verdict run.")
                return
            }
            reply(context, request.wantReply, true)
            start()
        case let request as SSHChannelRequestEvent.EnvironmentRequest:
            // Read for the member's own locale and colours; never applied to the process.
            let value = String(request.value.prefix(64))
            switch request.name {
            case "LC_ALL", "LC_CTYPE": locale = value
            case "LANG": if locale == nil { locale = value }
            case "NO_COLOR": noColor = !value.isEmpty
            default: break
            }
            reply(context, request.wantReply, false)
        case let request as SSHChannelRequestEvent.WindowChangeRequest:
            (width, height) = limits.clamp(request.terminalCharacterWidth, request.terminalRowHeight)
            terminal?.push(.resize(width: width, height: height))
        case let request as SSHChannelRequestEvent.ExecRequest:
            refuse(context, request.wantReply)
        case let request as SSHChannelRequestEvent.SubsystemRequest:
            refuse(context, request.wantReply)
        case let channelEvent as ChannelEvent where channelEvent == .inputClosed:
            context.close(promise: nil)
        default:
            context.fireUserInboundEventTriggered(event)
        }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let message = unwrapInboundIn(data)
        guard started, !closing, case .channel = message.type, case let .byteBuffer(buffer) = message.data else { return }
        let allowed = take(buffer.readableBytes)
        guard allowed > 0, let bytes = buffer.getBytes(at: buffer.readerIndex, length: allowed) else { return }
        for key in decoder.feed(bytes) { terminal?.push(.key(key)) }
        escapeFlush?.cancel()
        if decoder.hasPending {
            escapeFlush = context.eventLoop.scheduleTask(in: limits.escapeDelay) { [weak self] in
                guard let self else { return }
                for key in self.decoder.flush() { self.terminal?.push(.key(key)) }
            }
        }
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        terminal?.setWritable(context.channel.isWritable)
        context.fireChannelWritabilityChanged()
    }

    func errorCaught(context: ChannelHandlerContext, error: Error) {
        context.close(promise: nil)
    }

    private func reply(_ context: ChannelHandlerContext, _ wanted: Bool, _ success: Bool) {
        guard wanted else { return }
        context.triggerUserOutboundEvent(success ? ChannelSuccessEvent() as Any : ChannelFailureEvent() as Any, promise: nil)
    }

    /// Refuses a command, a subsystem or a shell without a terminal (DESIGN §8: refused, so
    /// OpenSSH says "exec request failed" and exits 255): nothing runs; a line on stderr says
    /// how to join for clients that show it (OpenSSH does not), exit status 1, close.
    private func refuse(_ context: ChannelHandlerContext, _ wantReply: Bool) {
        reply(context, wantReply, false)
        let port = context.channel.parent?.localAddress?.port.map(String.init) ?? "PORT"
        let message = "verdict: this meeting is a screen: join with ssh -p \(port) CODE@HOST, with no command, in a terminal."
        var buffer = context.channel.allocator.buffer(capacity: message.utf8.count + 2)
        buffer.writeString(message + "\r\n")
        context.write(wrapOutboundOut(SSHChannelData(type: .stdErr, data: .byteBuffer(buffer))), promise: nil)
        context.flush()
        context.triggerUserOutboundEvent(SSHChannelRequestEvent.ExitStatus(exitStatus: 1), promise: nil)
        context.close(promise: nil)
    }

    /// Ends an accepted shell before the member's screen starts: one line, exit status 1.
    private func turnAway(_ context: ChannelHandlerContext, _ message: String) {
        var buffer = context.channel.allocator.buffer(capacity: message.utf8.count + 2)
        buffer.writeString(message + "\r\n")
        context.writeAndFlush(wrapOutboundOut(SSHChannelData(type: .channel, data: .byteBuffer(buffer))), promise: nil)
        context.triggerUserOutboundEvent(SSHChannelRequestEvent.ExitStatus(exitStatus: 1), promise: nil)
        context.close(promise: nil)
    }

    /// TERM as sent, if it is a plausible terminal name (≤ 64 of `[A-Za-z0-9._+-]`).
    static func cleanTerm(_ term: String) -> String {
        let ok = term.count <= 64 && term.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "._+-".unicodeScalars.contains($0)
        }
        return ok && !term.isEmpty ? term : "xterm"
    }

    /// Input rate cap: a token bucket of bytes (a paste of a few KB passes, a flood does not).
    private func take(_ count: Int) -> Int {
        let now = NIODeadline.now()
        let seconds = Double((now - lastRefill).nanoseconds) / 1e9
        lastRefill = now
        budget = min(Double(limits.inputBurst), budget + seconds * Double(limits.inputPerSecond))
        let allowed = min(count, Int(budget))
        budget -= Double(allowed)
        return allowed
    }

    // MARK: - The member's program

    /// Starts the member's runtime on a thread of its own.
    private func start() {
        started = true
        let profile = RemoteTerminalProfile(term: term, locale: locale, noColor: noColor)
        let loop = room.loop
        let terminal = ChannelTerminal(width: width, height: height, writer: EscapeSequenceWriter(profile: profile), loop: loop) {
            [weak self] bytes in
            guard let self, !self.closing else { return }
            self.send(bytes)
        }
        self.terminal = terminal
        send(EscapeSequenceWriter.enterBytes)
        room.log.say("\(identity.address): session started, \(width)x\(height) \(term ?? "?")")
        if let known = room.slot(forFingerprint: identity.fingerprint) {
            slot = known
            room.attach(self, to: known)
        } else {
            room.arrived(self)  // on the name screen: told when names are taken
        }
        let taken = room.namesHere(except: identity.fingerprint)
        var program = MemberProgram(worksheet: room.worksheet, theme: profile.theme, roster: room.roster, taken: taken)
        // A key whose seat is connected elsewhere, or that holds several, picks on the name list, told why.
        if slot == nil, let notice = room.keyNotice(for: identity.fingerprint) {
            program.refused(notice, roster: room.roster, taken: taken)
        }
        let state = program
        let handler = self
        let thread = Thread {
            let ending = Runtime<MemberSession>.run(state, on: terminal) { request in
                (try? loop.submit { handler.perform(request) }.wait()) ?? []
            }
            if case .quit = ending {
                loop.execute {
                    handler.close(handler.slot == nil ? "You left the meeting."
                                  : "You left the meeting; your answers are kept. Join again the same way to go on.")
                }
            }
        }
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// A request of the member's program, on the event loop; the events that answer it.
    private func perform(_ request: MemberProgram.Request) -> [MemberEvent] {
        guard !closing else { return [] }
        switch request {
        case let .claim(name):
            switch room.claim(name, fingerprint: identity.fingerprint, link: self) {
            case let .joined(index):
                slot = index
                return sync()
            case .waitForAdmission:
                wantedName = name
                return [.waiting(name: name)]
            case let .refused(reason):
                return [.refused(reason, roster: room.roster, taken: room.namesHere(except: identity.fingerprint))]
            }
        case let .save(responses, questionID):
            if let slot { room.save(slot: slot, responses, questionID: questionID) }
        case let .ready(responses):
            if let slot { room.ready(slot: slot, responses) }
        case .notReady:
            if let slot { room.notReady(slot: slot) }
        case let .vote(question, answer):
            if let slot { room.vote(slot: slot, question: question, answer: answer) }
        case .release:
            if let slot { room.release(slot: slot, link: self) }
            (slot, programJoined) = (nil, false)
        case .sync:
            return sync()
        case .leave:
            break
        }
        return [.room(view)]
    }

    /// The member's slot, when the program does not know it yet, and the room's view.
    private func sync() -> [MemberEvent] {
        var events: [MemberEvent] = []
        if let slot, !programJoined, let contents = room.slotContents(slot) {
            programJoined = true
            events.append(.joined(name: contents.name, responses: contents.responses, questionID: contents.questionID,
                                  ready: contents.ready))
        }
        return events + [.room(view)]
    }

    private var view: RoomView {
        RoomView(banner: room.banner(for: slot), taken: slot == nil ? room.namesHere(except: identity.fingerprint) : [],
                 results: room.results(for: slot))
    }

    // MARK: - From the room

    func roomChanged() {
        guard started, !closing else { return }
        terminal?.nudge()
    }

    func admitted(slot index: Int) {
        slot = index
        wantedName = nil
        terminal?.nudge()
    }

    func dismiss(_ reason: String) { close(reason) }

    // MARK: - Output

    private func send(_ bytes: [UInt8]) {
        guard !bytes.isEmpty, let context else { return }
        var buffer = context.channel.allocator.buffer(capacity: bytes.count)
        buffer.writeBytes(bytes)
        context.writeAndFlush(wrapOutboundOut(SSHChannelData(type: .channel, data: .byteBuffer(buffer))), promise: nil)
    }

    /// Leaves the member's screen with a last line, exit status 0, and closes.
    private func close(_ reason: String) {
        guard !closing, let context else { return }
        terminal?.hangUp()
        send(EscapeSequenceWriter.leaveBytes + Array((TextSanitizer.sanitize(reason) + "\r\n").utf8))
        closing = true
        context.triggerUserOutboundEvent(SSHChannelRequestEvent.ExitStatus(exitStatus: 0), promise: nil)
        context.close(promise: nil)
    }
}

/// The limits every member connection runs under.
public struct MeetingLimits: Sendable {
    /// Terminal sizes are clamped to this (a client may claim anything).
    public var largest = (width: 500, height: 200)
    /// Input bytes a member may send at once, and per second after that.
    public var inputBurst = 16_384
    public var inputPerSecond = 4_096
    /// How long a lone Esc waits to see whether a sequence follows.
    public var escapeDelay = TimeAmount.milliseconds(50)
    /// Time to log in.
    public var loginTimeout = TimeAmount.seconds(20)
    /// Live connections from one address.
    public var connectionsPerAddress = 10
    /// Authentication requests per connection.
    public var authAttempts = 6

    public init() {}

    func clamp(_ width: Int, _ height: Int) -> (Int, Int) {
        (min(max(1, width), largest.width), min(max(1, height), largest.height))
    }
}
