import VerdictEngine

/// The team results screen's update function: `update(state, event) -> effects`. Pure.
public enum TeamResults {
    /// Rows a page key scrolls.
    static let page = 10

    /// What an export wrote, in the first wording that fits `width` (the last is cut to it).
    static func exportedNotice(folder: String, files: [String], width: Int) -> String {
        let members = files.count - 2
        let folder = UIText.line(folder)
        return [
            "Wrote \(members) member files, \(TeamExport.teamFile) and \(TeamExport.decisionFile) to \(folder)",
            "Wrote \(members) members, \(TeamExport.teamFile), \(TeamExport.decisionFile) to \(folder)",
            "Wrote \(files.count) files to \(folder)",
        ].first { DisplayWidth.of($0) <= width } ?? "Wrote \(files.count) files to \(folder)"
    }

    /// Applies one event.
    public static func update(_ state: inout TeamResultsState, _ event: TeamResultsEvent) -> [TeamResultsEffect] {
        switch event {
        case let .key(key):
            return press(&state, key)
        case let .resize(width, height):
            state.size = (width, height)
            return []
        case let .exported(folder, files):
            state.prompt = nil
            state.exportedTo = folder
            state.noticeIsError = false
            state.notice = exportedNotice(folder: folder, files: files, width: state.size.width - 2)
            return []
        case let .exportFailed(folder, message):
            var prompt = PathPrompt(format: .json, text: folder)
            prompt.error = message
            state.prompt = prompt
            state.noticeIsError = true
            state.notice = "Export failed: " + message
            return []
        }
    }

    // MARK: - Keys

    private static func press(_ state: inout TeamResultsState, _ key: Key) -> [TeamResultsEffect] {
        let table = TeamResultsKeys.table(for: state)
        if !ScreenFrame.fits(state.size), ![.quit, .forceQuit, .suspend, .showKeys].contains(table.action(for: key)) {
            return []
        }
        if var prompt = state.prompt {
            switch table.action(for: key) {
            case .forceQuit: return [.quit(.aborted)]
            case .suspend: return [.suspend]
            case .promptConfirm:
                let folder = prompt.text.trimmingSpaces()
                guard !folder.isEmpty else {
                    prompt.error = "type a folder"
                    state.prompt = prompt
                    return [.bell]
                }
                state.notice = "Writing…"
                state.noticeIsError = false
                return [.export(folder: folder, responses: state.responses)]
            case .promptCancel:
                state.prompt = nil
                state.notice = nil
                return []
            case .promptClear:
                prompt.text = ""
                prompt.cursor = 0
                prompt.error = nil
                state.prompt = prompt
                return []
            default:
                guard PathEditing.apply(key, to: &prompt) else { return [.bell] }
                state.prompt = prompt
                return []
            }
        }
        state.notice = nil
        state.noticeIsError = false
        if state.showingKeys, key != .control("c") {
            state.showingKeys = false
            return []
        }
        guard let action = table.action(for: key) else { return [.bell] }
        return perform(action, &state)
    }

    private static func perform(_ action: TeamResultsAction, _ state: inout TeamResultsState) -> [TeamResultsEffect] {
        let count = state.report.disagreements.count
        switch (action, state.view) {
        case (.forceQuit, _): return [.quit(.aborted)]
        case (.suspend, _): return [.suspend]
        case (.quit, _): return [.quit(.done)]
        case (.showKeys, _):
            state.showingKeys = true
        case (.export, _):
            state.prompt = PathPrompt(format: .json, text: state.exportedTo ?? state.defaultFolder)
        case (.moveUp, .overview):
            guard count > 0 else { return [.bell] }
            state.selection = max(0, state.selection - 1)
            state.scroll = -1
        case (.moveDown, .overview):
            guard count > 0 else { return [.bell] }
            state.selection = min(count - 1, state.selection + 1)
            state.scroll = -1
        case (.moveUp, .disagreement): state.scroll = max(0, state.scroll - 1)
        case (.moveDown, .disagreement): state.scroll += 1
        case (.pageUp, _): state.scroll = max(0, state.scroll - page)
        case (.pageDown, _): state.scroll = max(0, state.scroll) + page
        case (.open, .overview):
            guard count > 0 else {
                state.notice = "No disagreements: the team answered every question alike."
                return [.bell]
            }
            state.view = .disagreement(state.selection)
            state.scroll = 0
        case (.back, .disagreement):
            state.view = .overview
            state.scroll = -1
        default:
            return [.bell]
        }
        return []
    }
}

extension TeamResults: Program {
    /// A key press.
    public static func keyEvent(_ key: Key) -> TeamResultsEvent { .key(key) }
    /// The terminal's size.
    public static func sizeEvent(width: Int, height: Int) -> TeamResultsEvent { .resize(width: width, height: height) }
    /// Draws the screen (``TeamResultsRenderer``).
    public static func render(_ state: TeamResultsState, width: Int, height: Int) -> CellGrid {
        TeamResultsRenderer.render(state, width: width, height: height)
    }
}
