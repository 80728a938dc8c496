import VerdictEngine

/// The team results screen (pure; see ``TeamResults``): per-option bars for the team and
/// each member, the consensus figure, the disagreements in order with a drill-down, and
/// the export prompt. Shared by `verdict meeting` and `verdict team --tui`.
public struct TeamResultsState: Sendable {
    /// Which view is on screen.
    public enum View: Sendable, Equatable {
        /// Scores, consensus and the list of disagreements.
        case overview
        /// One disagreement: who answered what, and the reasons behind each side.
        case disagreement(Int)
    }

    /// The merged result.
    public let report: TeamReport
    /// Each member's answers (same order as the report's members), for the export.
    public let responses: [Responses]
    /// The export folder offered first.
    public let defaultFolder: String
    /// The view on screen.
    public internal(set) var view: View
    /// The highlighted disagreement (index into `report.disagreements`).
    public internal(set) var selection: Int
    /// Rows scrolled in the current view.
    public internal(set) var scroll: Int
    /// The export folder being edited, when the prompt is open.
    public internal(set) var prompt: PathPrompt?
    /// A one-line message for the status row.
    public internal(set) var notice: String?
    /// Whether the notice is an error.
    public internal(set) var noticeIsError: Bool
    /// Where the results were last exported.
    public internal(set) var exportedTo: String?
    /// Whether the list of keys is open (any key closes it).
    public internal(set) var showingKeys = false
    /// A line shown under the team's verdict (the meeting's verdict on its agreed answers).
    public var headline: String?
    /// The key bindings (config `keys`).
    public var keys = KeyStyle.standard
    /// Whether the keys that act on this machine (`e` export, Ctrl-Z) are offered: false on
    /// a live meeting's screens, which export by themselves and where members may not touch
    /// the host, so the footer and the list of keys leave them out.
    public var hostKeys = true
    /// The terminal's size as last reported (below the minimum, keys but quit and help are
    /// ignored).
    public internal(set) var size = (width: 80, height: 24)

    /// Creates the screen for a report.
    /// - Parameters:
    ///   - report: the merged result.
    ///   - responses: each member's answers, in the report's member order (for the export).
    ///   - defaultFolder: the folder offered in the export prompt.
    public init(report: TeamReport, responses: [Responses], defaultFolder: String) {
        self.report = report
        self.responses = responses
        self.defaultFolder = defaultFolder
        view = .overview
        selection = 0
        scroll = 0
        prompt = nil
        notice = nil
        noticeIsError = false
        exportedTo = nil
        headline = nil
    }

    /// `./verdict-meeting-<worksheet-id>/`, the meeting's default export folder.
    public static func meetingFolder(worksheetID: String) -> String { "./verdict-meeting-\(worksheetID)/" }
}

/// Something that happened to the team results screen.
public enum TeamResultsEvent: Sendable, Equatable {
    /// A key press.
    case key(Key)
    /// The terminal's size (before the first frame and on every resize).
    case resize(width: Int, height: Int)
    /// The export finished: the folder and every file written.
    case exported(folder: String, files: [String])
    /// The export failed; the prompt reopens with the message.
    case exportFailed(folder: String, message: String)
}

/// What the team results screen asks its runtime to do.
public enum TeamResultsEffect: Sendable, Equatable {
    /// Write the members' result JSONs, `team.json` and `decision.md` into the folder
    /// (one layout for every team export: ``TeamExport``).
    case export(folder: String, responses: [Responses])
    /// Leave the screen.
    case quit(QuitReason)
    /// Ctrl-Z.
    case suspend
    /// A key that does nothing here.
    case bell
}

extension TeamResultsEffect: ProgramEffect {
    /// Quit, suspend and bell are the runtime's; export the handler's.
    public var command: RuntimeCommand? {
        switch self {
        case let .quit(reason): .quit(reason)
        case .suspend: .suspend
        case .bell: .bell
        case .export: nil
        }
    }
}
