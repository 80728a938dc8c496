import Foundation
import NIOCore
import VerdictUI

/// A member's SSH channel as a ``Terminal``, so the member's program runs on the one
/// ``Runtime`` (on a thread of its own): keys and sizes arrive from the channel's event loop
/// into a queue ``nextInput(timeoutMs:)`` waits on; ``draw(_:)`` diffs the grid against the
/// last one sent with the ``EscapeSequenceWriter`` and hands the bytes to the loop. While the
/// channel cannot take more output only the latest grid is kept, and sent once it can.
final class ChannelTerminal: Terminal, @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [TerminalInput] = []
    private var hungUp = false
    private var current: (width: Int, height: Int)
    private var previous: CellGrid?
    private var waitingGrid: CellGrid?
    private var writable = true
    private let writer: EscapeSequenceWriter
    private let loop: EventLoop
    private let send: @Sendable ([UInt8]) -> Void

    /// The most inputs kept waiting (the input rate cap keeps far below it).
    static let queueLimit = 20_000

    /// - Parameter send: writes bytes to the channel; always called on `loop`, in order.
    init(width: Int, height: Int, writer: EscapeSequenceWriter, loop: EventLoop, send: @escaping @Sendable ([UInt8]) -> Void) {
        current = (width, height)
        self.writer = writer
        self.loop = loop
        self.send = send
    }

    // MARK: - Terminal (the member's runtime thread)

    var size: (width: Int, height: Int) {
        condition.lock()
        defer { condition.unlock() }
        return current
    }

    /// ASCII when the member's locale is not UTF-8.
    var charset: Charset { writer.profile.unicode ? .unicode : .ascii }

    func nextInput(timeoutMs: Int32) -> TerminalInput? {
        condition.lock()
        defer { condition.unlock() }
        if queue.isEmpty, !hungUp {
            _ = condition.wait(until: Date(timeIntervalSinceNow: Double(timeoutMs) / 1000))
        }
        if !queue.isEmpty { return queue.removeFirst() }
        return hungUp ? .signal(1) : nil
    }

    func draw(_ grid: CellGrid) {
        condition.lock()
        defer { condition.unlock() }
        guard writable else {
            waitingGrid = grid
            return
        }
        sendLocked(grid)
    }

    var hasPendingInput: Bool {
        condition.lock()
        defer { condition.unlock() }
        return !queue.isEmpty
    }

    /// Members have no bell and cannot suspend the host.
    func bell() {}
    func suspend() {}

    // MARK: - From the channel (its event loop)

    /// A key, or a new size.
    func push(_ input: TerminalInput) {
        condition.lock()
        defer { condition.unlock() }
        if case let .resize(width, height) = input { current = (width, height) }
        guard queue.count < Self.queueLimit else { return }
        queue.append(input)
        condition.signal()
    }

    /// The room changed: report the size again, which makes the program ask the room.
    func nudge() {
        condition.lock()
        defer { condition.unlock() }
        if case .resize? = queue.last { return }
        queue.append(.resize(width: current.width, height: current.height))
        condition.signal()
    }

    /// The channel closed: the runtime stops at its next wait.
    func hangUp() {
        condition.lock()
        defer { condition.unlock() }
        hungUp = true
        condition.signal()
    }

    /// The channel can take output again (or cannot): a grid that waited is sent now.
    func setWritable(_ value: Bool) {
        condition.lock()
        defer { condition.unlock() }
        writable = value
        if value, let grid = waitingGrid {
            waitingGrid = nil
            sendLocked(grid)
        }
    }

    /// Diffs and queues the bytes on the loop while holding the lock, so frames reach the
    /// channel in the order their diffs were made.
    private func sendLocked(_ grid: CellGrid) {
        let bytes = writer.frame(from: previous, to: grid)
        previous = grid
        guard !bytes.isEmpty else { return }
        let send = self.send
        loop.execute { send(bytes) }
    }
}
