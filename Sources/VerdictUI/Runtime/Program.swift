/// A full-screen program, in the style of bubbletea's Model: a state, a pure `update`
/// that returns effects as values, and a pure `render`. ``Runtime`` runs it on a
/// ``Terminal``. ``Session`` (a run), ``MeetingSession`` and ``TeamResults`` are programs.
public protocol Program {
    /// Everything the program knows.
    associatedtype State
    /// What can happen to it: keys, sizes, the outcomes of effects.
    associatedtype Event
    /// Work it asks the runtime to do.
    associatedtype Effect: ProgramEffect

    /// The event for a key press.
    static func keyEvent(_ key: Key) -> Event
    /// The event for the terminal's size (sent before the first frame and on every resize).
    static func sizeEvent(width: Int, height: Int) -> Event
    /// Applies one event; returns the effects to perform, in order. No I/O.
    static func update(_ state: inout State, _ event: Event) -> [Effect]
    /// Draws a state at a size. Mutates nothing.
    static func render(_ state: State, width: Int, height: Int) -> CellGrid
}

/// An effect the runtime may handle itself; every other one goes to the injected handler.
public protocol ProgramEffect {
    /// Quit, suspend or bell; nil for effects only the handler can perform (autosave, export).
    var command: RuntimeCommand? { get }
}

/// The effects every program shares, performed by ``Runtime`` on its ``Terminal``.
public enum RuntimeCommand: Sendable, Equatable {
    /// Stop the program for this reason.
    case quit(QuitReason)
    /// Ctrl-Z.
    case suspend
    /// A key that does nothing here.
    case bell
}
