#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

@preconcurrency import CNCursesW
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import VerdictUI

/// The full-screen terminal: starts and stops curses, reads keys, and draws the cells of
/// a ``CellGrid`` that changed since the last frame. The only type that touches curses.
///
/// ``stop()`` is idempotent and must run on every exit path; ``start(appearance:colors:)``
/// installs flag-only handlers for SIGTERM/SIGHUP/SIGINT that ``nextInput(timeoutMs:)``
/// reports as ``TerminalInput/signal(_:)``.
public final class CursesScreen: Terminal {
    private var screen: OpaquePointer?
    private var window: UnsafeMutablePointer<WINDOW>?
    private var previous: CellGrid?
    /// Curses attributes and colour pair per theme slot, indexed by the slot's raw value.
    private var attributes: [(attr: attr_t, pair: Int16)] = []
    private var cursorVisible = false
    /// Whether the locale cannot show UTF-8 (`LANG=C`): frames are drawn in ASCII stand-ins.
    private var asciiOnly = false
    /// Whether keypad() has run for this screen (at the first read).
    private var keypadOn = false
    /// The first bytes of the alternate-screen strings while blanked (see
    /// ``enterRunningStateWithoutLeavingAlternateScreen()``); nil otherwise.
    private var blankedScreenSwitch: (enter: CChar, exit: CChar)?

    /// Creates a screen that is not started yet.
    public init() {}

    deinit { stop() }

    /// Whether curses is running.
    public var isStarted: Bool { screen != nil }

    /// ASCII when the locale is not UTF-8 (known once started).
    public var charset: Charset { asciiOnly ? .ascii : .unicode }

    /// What the locale's character type can show: ASCII unless it is UTF-8 (`LANG=C`).
    /// Loads `LC_CTYPE` from the environment, as ncursesw and plain mode's output need.
    public static func localeCharset() -> Charset {
        // The character type (UTF-8 or not) and nothing else: loading only LC_CTYPE is one
        // locale file instead of thirteen (0.04 ms instead of 0.13 ms before the first
        // frame), and messages stay in the English the UI is written in.
        setlocale(LC_CTYPE, "")
        return String(cString: nl_langinfo(nl_item(CODESET))) == "UTF-8" ? .unicode : .ascii
    }

    // MARK: - Start and stop

    /// Starts curses on stdin/stdout. Throws ``CursesError`` when the terminal cannot be
    /// used (unknown `TERM`, not a terminal), so the caller can fall back to plain mode.
    /// - Parameters:
    ///   - appearance: how each theme slot looks.
    ///   - colors: false to ignore colours (NO_COLOR, mono theme).
    ///   - output: where to draw (default stdout; the frame benchmark uses /dev/null).
    public func start(
        appearance: (ThemeSlot) -> CellStyle, colors: Bool = true,
        output: UnsafeMutablePointer<FILE>? = nil
    ) throws {
        guard screen == nil else { return }
        asciiOnly = Self.localeCharset() == .ascii
        guard let created = newterm(nil, output ?? stdout, stdin) else {
            let term = ProcessInfo.processInfo.environment["TERM"] ?? "(unset)"
            throw CursesError("cannot start the full-screen UI for TERM=\(term)")
        }
        screen = created
        set_term(created)
        window = verdict_stdscr()
        raw()
        noecho()
        nonl()
        // keypad() waits for the first read (``nextInput(timeoutMs:)``): building its table
        // of the terminal's key sequences is a tenth of the work before the first frame, and
        // keys typed before then wait in the terminal's buffer, decoded when read.
        set_escdelay(25)
        curs_set(0)
        setUpColors(appearance: appearance, colors: colors && has_colors())
        enterRunningStateWithoutLeavingAlternateScreen()
        SignalFlags.install()
        previous = nil
    }

    /// Restores the terminal (main screen, cursor, echo, canonical mode). Safe to call
    /// more than once and before ``start(appearance:colors:)``.
    /// - Parameter terminalGone: true after SIGHUP: when the input has hung up too, release
    ///   curses without writing to the
    ///   terminal (which may block or fail).
    public func stop(terminalGone: Bool = false) {
        guard let created = screen else { return }
        restoreScreenSwitch()
        // A SIGHUP from `kill` leaves the terminal there: leave it as any exit does.
        if !(terminalGone && inputIsGone) {
            curs_set(1)
            endwin()
        }
        delscreen(created)
        screen = nil
        window = nil
        keypadOn = false
        previous = nil
        SignalFlags.uninstall()
    }

    /// Ctrl-Z: leaves curses, stops the process with SIGTSTP, and on resume redraws everything.
    public func suspend() {
        guard screen != nil else { return }
        restoreScreenSwitch()
        endwin()
        SignalFlags.stopForJobControl()
        refresh()
        previous = nil
    }

    // MARK: - Size and input

    /// The current size in columns and rows.
    public var size: (width: Int, height: Int) {
        guard let window else { return (0, 0) }
        var rows: Int32 = 0
        var columns: Int32 = 0
        verdict_getmaxyx(window, &rows, &columns)
        return (Int(columns), Int(rows))
    }

    /// Waits up to `timeoutMs` for input. Returns nil on timeout; a pending signal wins
    /// over keys.
    public func nextInput(timeoutMs: Int32) -> TerminalInput? {
        if let number = SignalFlags.take() { return .signal(number) }
        guard let window else { return nil }
        if !keypadOn {
            keypad(window, true)
            keypadOn = true
        }
        wtimeout(window, timeoutMs)
        var code: wint_t = 0
        let status = wget_wch(window, &code)
        if let number = SignalFlags.take() { return .signal(number) }
        if status == verdict_ERR() { return inputIsGone ? .signal(SIGHUP) : nil }
        let isKeyCode = status == verdict_KEY_CODE_YES()
        if isKeyCode && Int32(code) == verdict_KEY_RESIZE() {
            previous = nil
            let now = size
            return .resize(width: now.width, height: now.height)
        }
        return .key(KeyDecoder.decode(UInt32(code), isKeyCode: isKeyCode))
    }

    /// True when the terminal hung up (the read side reports POLLHUP/POLLERR), so a loop
    /// waiting for keys ends as if SIGHUP had arrived instead of spinning.
    private var inputIsGone: Bool {
        var check = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&check, 1, 0) > 0 else { return false }
        return check.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    // MARK: - Drawing

    /// Draws a frame: only cells that differ from the previous frame (everything after a
    /// start, resize or resume), then refreshes the terminal.
    public func draw(_ grid: CellGrid) {
        guard let window else { return }
        let grid = asciiOnly ? grid.asciiOnly() : grid
        let full = previous.map { $0.width != grid.width || $0.height != grid.height } ?? true
        if full {
            werase(window)
            clearok(window, true)
        }
        // The cells are read through buffers by a static function: no stored property of
        // this class (an exclusivity check per cell), no bounds check or string copy per
        // cell. A cell is drawn when the frame is full (no old cells) or it changed.
        let painter = CellPainter(
            window: window, width: grid.width, height: grid.height,
            styles: ThemeSlot.allCases.map { style($0) }, looks: ThemeSlot.allCases.map { look($0) })
        let old = full ? nil : previous
        grid.cells.withUnsafeBufferPointer { cells in
            if let old {
                old.cells.withUnsafeBufferPointer { painter.paint(cells, over: $0) }
            } else {
                painter.paint(cells, over: nil)
            }
        }
        placeCursor(grid, window)
        previous = grid
        wrefresh(window)
        restoreScreenSwitch()
    }

    // MARK: - One write per frame

    /// Leaves and resumes curses once, keeping the alternate screen, so that every frame
    /// goes out in one write. The whole rationale, in one place:
    ///
    /// - ncurses flushes its output at every cursor move until the screen has been left and
    ///   resumed once (a new screen is "initial"; only the resume in the next refresh makes
    ///   it "running"): a frame per line, 24 writes for the first one, and a terminal may
    ///   show a frame half drawn. `endwin()` here, once the modes are set and before
    ///   anything is drawn, fixes that for the first frame and every later one. It runs
    ///   last, so only one terminal mode change waits for the output before it.
    /// - That `endwin()` and the resume would switch to the shell's screen and back (a
    ///   visible flash, about 0.3 ms under tmux), so the terminfo strings for leaving and
    ///   entering the alternate screen (`rmcup`, `smcup`) are blanked in place until the
    ///   first frame is out (``restoreScreenSwitch()``). This writes into the table
    ///   `tigetstr` points into — the one curses reads — which is why it is confined here
    ///   and undone on every path (first draw, suspend, stop).
    private func enterRunningStateWithoutLeavingAlternateScreen() {
        blankedScreenSwitch = (verdict_blank_string_capability("smcup"), verdict_blank_string_capability("rmcup"))
        endwin()
    }

    /// Puts back the alternate-screen strings blanked by
    /// ``enterRunningStateWithoutLeavingAlternateScreen()``.
    private func restoreScreenSwitch() {
        guard let blanked = blankedScreenSwitch else { return }
        verdict_restore_string_capability("smcup", blanked.enter)
        verdict_restore_string_capability("rmcup", blanked.exit)
        blankedScreenSwitch = nil
    }

    private func look(_ slot: ThemeSlot) -> (attr: attr_t, pair: Int16) {
        let index = Int(slot.rawValue)
        return index < attributes.count ? attributes[index] : (attr: 0, pair: 0)
    }

    /// A slot's attributes and colour pair as chtype bits.
    private func style(_ slot: ThemeSlot) -> chtype {
        let look = look(slot)
        return chtype(look.attr) | chtype(truncatingIfNeeded: verdict_COLOR_PAIR(Int32(look.pair)))
    }

    private func placeCursor(_ grid: CellGrid, _ window: UnsafeMutablePointer<WINDOW>) {
        if let spot = grid.cursor {
            if !cursorVisible { curs_set(1) }
            cursorVisible = true
            wmove(window, Int32(spot.row), Int32(spot.column))
        } else if cursorVisible {
            curs_set(0)
            cursorVisible = false
        }
    }

    // MARK: - Colours

    private func setUpColors(appearance: (ThemeSlot) -> CellStyle, colors: Bool) {
        if colors {
            start_color()
            use_default_colors()
        }
        let slotCount = (ThemeSlot.allCases.map { Int($0.rawValue) }.max() ?? -1) + 1
        attributes = Array(repeating: (0, 0), count: slotCount)
        for (index, slot) in ThemeSlot.allCases.enumerated() {
            let look = appearance(slot)
            var attr: attr_t = 0
            if look.bold { attr |= attr_t(verdict_A_BOLD()) }
            if look.reverse { attr |= attr_t(verdict_A_REVERSE()) }
            if look.underline { attr |= attr_t(verdict_A_UNDERLINE()) }
            if look.dim { attr |= attr_t(verdict_A_DIM()) }
            var pair: Int16 = 0
            if colors, look.foreground != nil || look.background != nil {
                pair = Int16(index + 1)
                init_pair(pair, look.foreground?.cursesNumber ?? -1, look.background?.cursesNumber ?? -1)
            }
            attributes[Int(slot.rawValue)] = (attr, pair)
        }
    }
}

// MARK: - Bell

extension CursesScreen {
    /// Rings the terminal bell (or flashes when it has none).
    public func bell() {
        guard isStarted else { return }
        beep()
    }
}
