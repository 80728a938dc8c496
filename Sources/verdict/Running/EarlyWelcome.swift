import CursesTerminal
import VerdictEngine
import VerdictUI

/// The welcome frame of the last run, put on screen as soon as curses starts and before the
/// worksheet is decoded and the session built (about 40% of the work before the first
/// frame); that session's own first frame follows at once and is drawn as a diff, so it
/// changes nothing when the saved frame was right and corrects it when it was not. Keys
/// typed meanwhile wait in the terminal and are read by the session as usual.
///
/// Shown only when the run would open on the welcome screen with nothing to say: full
/// screen, nothing saved for the worksheet (no resume question, no notice about a damaged
/// autosave), not `--resume` (which would note that nothing was there to resume), the
/// session lock taken, and a saved frame of the terminal's current size.
struct EarlyWelcome {
    /// The curses screen, started; nil when the run does not open on the welcome screen.
    let screen: CursesScreen?
    /// The session lock, taken for ``worksheetID``; nil with autosave off.
    let lock: SessionLock?
    /// The id of the worksheet the saved frame shows.
    let worksheetID: String

    /// What the run will need to keep the saved frame current.
    struct Place {
        /// The frame cache.
        let cache: WelcomeFrameCache
        /// The worksheet's origin (file path or `bundled:ID`).
        let origin: String
        /// The frame's key (``WelcomeFrameCache/key(worksheetKey:theme:)``).
        let key: String
        /// The frame stored under that key, if any.
        let stored: WelcomeFrameCache.Entry?

        /// Stores the session's welcome frame when it differs from the stored one (not the
        /// "enlarge the terminal" frame of a terminal below the minimum size, which would
        /// only replace a useful one).
        func keep(_ grid: CellGrid, worksheetID: String) {
            guard grid.width >= Session.minimumSize.width, grid.height >= Session.minimumSize.height else { return }
            let entry = WelcomeFrameCache.Entry(worksheetID: worksheetID, grid: grid)
            if entry != stored { cache.store(entry, origin: origin, key: key) }
        }
    }

    /// Whether a session opens on the plain welcome screen (no notice, no overlay): the
    /// only frame kept, since its key says nothing of notices.
    static func isPlainWelcome(_ state: SessionState) -> Bool {
        state.screen == .welcome && state.notice == nil && state.overlay == nil && state.scroll == 0
    }

    /// Shows the saved frame for this worksheet when the run opens on the welcome screen
    /// (not `--resume`, nothing saved while autosave is on) and the frame has the
    /// terminal's size; curses is started whenever the run opens on the welcome screen.
    /// The lock is taken whenever a frame was found (the run needs it anyway); nil means
    /// nothing was done. Failures are left to the run, which meets them again and reports
    /// them.
    static func show(_ place: Place, theme: Theme, store: SessionStore, saving: Bool, resume: Bool) -> EarlyWelcome? {
        guard let stored = place.stored else { return nil }
        var lock: SessionLock?
        if saving {
            guard let taken = try? store.lock(worksheetID: stored.worksheetID) else { return nil }
            lock = taken
        }
        let opensOnWelcome = !resume && !(saving && store.hasSaved(worksheetID: stored.worksheetID))
        let screen = CursesScreen()
        guard opensOnWelcome, (try? screen.start(theme: theme)) != nil else {
            return EarlyWelcome(screen: nil, lock: lock, worksheetID: stored.worksheetID)
        }
        let size = screen.size
        if size.width == stored.grid.width, size.height == stored.grid.height { screen.draw(stored.grid) }
        return EarlyWelcome(screen: screen, lock: lock, worksheetID: stored.worksheetID)
    }

    /// Undoes everything: the screen is stopped and the lock released (the run then goes
    /// the usual way, as if nothing had been shown).
    func cancel() {
        screen?.stop()
        lock?.release()
    }
}
