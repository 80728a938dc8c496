import Foundation
import Testing
import VerdictEngine
@testable import VerdictUI

/// The team results screen shared by `verdict meeting` and `verdict team --tui`.
@Suite struct TeamResultsTests {
    static let worksheet = SampleWorksheet.make()

    static let responses = [
        Responses(respondent: "Ana", answers: ["years": "yes", "team-size": "solo", "api": "yes", "api-style": "graphql", "admin": "none"]),
        Responses(respondent: "Ben", answers: ["years": "no", "team-size": "large", "api": "no", "admin": "essential"]),
        Responses(respondent: "Cy", answers: ["years": "yes", "team-size": "small", "api": "yes", "api-style": "rest", "admin": "much"]),
    ]

    static func state() throws -> TeamResultsState {
        let inputs = responses.map { TeamInput(responses: $0, file: "results/\($0.respondent.lowercased()).json", worksheet: worksheet) }
        let report = try TeamMerger(worksheet: worksheet).merge(inputs)
        return TeamResultsState(report: report, responses: responses, defaultFolder: "./verdict-meeting-sample/")
    }

    func press(_ state: inout TeamResultsState, _ keys: Key...) -> [TeamResultsEffect] {
        keys.flatMap { TeamResults.update(&state, .key($0)) }
    }

    private func snapshot(_ name: String, _ state: TeamResultsState) {
        for (width, height) in [(80, 24), (120, 40)] {
            SnapshotAssertion.check(TeamResultsRenderer.render(state, width: width, height: height), theme: .dark,
                                    named: "team-results-\(name)-\(width)x\(height)-dark")
        }
    }

    // MARK: - Snapshots

    @Test func overviewSnapshots() throws {
        snapshot("overview", try Self.state())
    }

    @Test func disagreementSnapshots() throws {
        var state = try Self.state()
        _ = press(&state, .down, .enter)
        snapshot("detail", state)
    }

    @Test func exportPromptSnapshots() throws {
        var state = try Self.state()
        _ = press(&state, .character("e"))
        _ = TeamResults.update(&state, .exportFailed(folder: "/nope/here/", message: "/nope: cannot create the folder: Permission denied"))
        snapshot("export-failed", state)
    }

    // MARK: - Content

    /// Each disagreement row shows its prompt (at least a third of the row) and its answers, cut
    /// with "…" when they do not fit, never clipped at the edge.
    @Test func disagreementRowsEndWithAnEllipsisNotAtTheEdge() throws {
        let state = try Self.state()
        for width in [60, 80] {
            let lines = TeamResultsRenderer.render(state, width: width, height: 60).text.components(separatedBy: "\n")
            for (index, tally) in state.report.disagreements.enumerated() {
                let groups = tally.groups.map { "\(UIText.line($0.label)) \($0.members.count)" }.joined(separator: " · ")
                guard let row = lines.first(where: { $0.hasPrefix(" " + (index == 0 ? "›" : " ") + " \(index + 1). ") }) else {
                    Issue.record("no row \(index + 1) at \(width):\n\(lines.joined(separator: "\n"))")
                    continue
                }
                let shown = row.trimmingCharacters(in: .whitespaces)
                #expect(shown.hasSuffix(groups) || shown.hasSuffix("…"), "\(width) cols: \(row)")
                #expect(!shown.contains("…") || DisplayWidth.of(row) <= width, "\(row)")
            }
        }
    }

    @Test func namesTheColumnWouldCutAlikeGetARowOfTheirOwn() throws {
        let names = ["Member Number 1 with a long surname", "Member Number 2 with a long surname"]
        let responses = zip(names, Self.responses).map { name, own in Responses(respondent: name, answers: own.answers) }
        let inputs = responses.map { TeamInput(responses: $0, file: "\($0.respondent).json", worksheet: Self.worksheet) }
        let state = TeamResultsState(report: try TeamMerger(worksheet: Self.worksheet).merge(inputs), responses: responses,
                                     defaultFolder: "out/")
        let text = TeamResultsRenderer.render(state, width: 80, height: 60).text
        for name in names { #expect(text.components(separatedBy: name).count == 3, "\(text)") }  // one row per option
    }

    @Test func theDisagreementsHeadingWrapsAt60Columns() throws {
        let text = TeamResultsRenderer.render(try Self.state(), width: 60, height: 40).text
        #expect(text.contains("what)"), "\(text)")
    }

    /// A margin whose whole figure equals a threshold shows one decimal, as `score` does (QA s5b).
    @Test func aMarginThatRoundsToAThresholdShowsOneDecimal() throws {
        var state = try Self.state()
        state.report.worksheet.thresholds = Thresholds(tooClose: 0.03, lean: 0.15)
        state.report.recommendation.kind = .tooClose
        state.report.recommendation.margin = 0.025
        let text = TeamResultsRenderer.render(state, width: 120, height: 40).text
        #expect(text.contains("just ahead (margin 2.5%)"), "\(text)")
    }

    @Test func consensusOnATooCloseResultNamesTheLeaderNotTheTeamsPick() throws {
        var report = try Self.state().report
        report.recommendation.kind = .tooClose
        let leader = try #require(report.recommendation.option.flatMap { report.worksheet.option($0) }).name
        let text = TeamResultsRenderer.consensusText(report)
        #expect(text.contains("own pick is the leader, \(leader) ("), "\(text)")
        #expect(!text.contains("the team's"))
    }

    @Test func overviewShowsBarsPerOptionPerMemberAndTheConsensus() throws {
        let state = try Self.state()
        let text = TeamResultsRenderer.render(state, width: 120, height: 40).text
        #expect(text.contains("Team pick:") || text.contains("too close"))
        #expect(text.contains("Consensus: "))
        for name in ["Team", "Ana", "Ben", "Cy"] {
            #expect(text.components(separatedBy: "\n").filter { $0.contains(" \(name) ") && $0.contains("pts") }.count == 2)
        }
        let first = try #require(state.report.disagreements.first)
        #expect(text.contains("› 1. " + first.prompt))
    }

    @Test func enterDrillsIntoWhoAnsweredWhatAndWhy() throws {
        var state = try Self.state()
        #expect(press(&state, .enter).isEmpty)
        #expect(state.view == .disagreement(0))
        let tally = state.report.disagreements[0]
        let text = TeamResultsRenderer.render(state, width: 120, height: 40).text
        for group in tally.groups {
            #expect(text.contains(group.label + " — \(group.members.count): " + group.members.joined(separator: ", ")))
            #expect(text.contains("Why: " + group.reason))
        }
        _ = press(&state, .escape)
        #expect(state.view == .overview)
    }

    @Test func selectionStaysWithinTheDisagreements() throws {
        var state = try Self.state()
        let count = state.report.disagreements.count
        _ = press(&state, .up)
        #expect(state.selection == 0)
        for _ in 0..<(count + 3) { _ = press(&state, .down) }
        #expect(state.selection == count - 1)
    }

    /// ↓ past the last disagreement scrolls on to the end of the screen, as on every other
    /// scrolling screen; ↑ scrolls back before the highlight moves.
    @Test func downPastTheLastDisagreementScrollsTheRestOfTheScreen() throws {
        var state = try Self.state()
        _ = TeamResults.update(&state, .resize(width: 80, height: 24))
        let count = state.report.disagreements.count
        let end = "Agreed on \(state.report.agreed.count) question"
        #expect(!TeamResultsRenderer.render(state, width: 80, height: 24).text.contains(end))
        for _ in 0..<(count + 40) { _ = press(&state, .down) }
        #expect(state.selection == count - 1)
        let text = TeamResultsRenderer.render(state, width: 80, height: 24).text
        #expect(text.contains(end) && !text.contains("↓ more"), "\(text)")
        var presses = 0
        while state.selection == count - 1, presses < 100 {
            _ = press(&state, .up)
            presses += 1
        }
        #expect(presses > 1 && state.selection == count - 2, "\(presses)")
        #expect(TeamResultsRenderer.render(state, width: 80, height: 24).text.contains("› \(count - 1). "))
    }

    /// The hot seat's results screen scrolls at the terminal's size, also after a resize.
    @Test func theHotSeatsResultsScrollToTheEndAtTheTerminalsSize() {
        let suite = MeetingHotSeatStepsTests()
        var state = suite.results()
        _ = MeetingSession.update(&state, .resize(width: 80, height: 16))
        for _ in 0..<30 { _ = MeetingSession.update(&state, .down) }
        let text = suite.suite.screen(state, 80, 16)
        #expect(text.contains("Agreed on") && !text.contains("↓ more"), "\(text)")
    }

    /// With no disagreements the line saying so wraps at 60 columns, never cut mid-word (QA s6).
    @Test func noDisagreementsWrapsAt60Columns() throws {
        let alike = Array(repeating: Self.responses[0], count: 2).enumerated().map { index, member in
            var member = member
            member.respondent = ["Ana", "Ben"][index]
            return member
        }
        let inputs = alike.map { TeamInput(responses: $0, file: "\($0.respondent).json", worksheet: Self.worksheet) }
        let state = TeamResultsState(report: try TeamMerger(worksheet: Self.worksheet).merge(inputs), responses: alike,
                                     defaultFolder: "out/")
        let text = TeamResultsRenderer.render(state, width: 60, height: 16).text
            .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(text.contains("No disagreements: everyone who answered a question answered it alike."), "\(text)")
    }

    @Test func exportAsksForTheFolderAndReportsFailures() throws {
        var state = try Self.state()
        #expect(press(&state, .character("e")).isEmpty)
        #expect(state.prompt?.text == "./verdict-meeting-sample/")
        _ = press(&state, .control("u"))
        for character in "out/" { _ = press(&state, .character(character)) }
        let members = state.responses
        #expect(press(&state, .enter) == [.export(folder: "out/", responses: members, decision: MeetingDecision())])
        _ = TeamResults.update(&state, .exportFailed(folder: "out/", message: "out: not a folder"))
        #expect(state.prompt?.text == "out/")
        #expect(state.prompt?.error == "out: not a folder")
        #expect(TeamResultsRenderer.render(state, width: 80, height: 24).text.contains("Failed: out: not a folder"))
        _ = TeamResults.update(&state, .exported(folder: "out/", files: ["a", "b", "c"]))
        #expect(state.prompt == nil)
        #expect(state.exportedTo == "out/")
        #expect(TeamResultsRenderer.render(state, width: 80, height: 24).text.contains("3 members · exported"))
        #expect(press(&state, .character("q")) == [.quit(.done)])
    }

    @Test func theExportedNoticeNamesWhatWasWrittenWithinTheWidth() {
        let files = ["a.json", "b.json", "c.json", "team.json", "decision.md"]
        let folder = "./verdict-team-wakatime-2015/"
        #expect(TeamResults.exportedNotice(folder: folder, files: files, width: 118)
            == "Wrote 3 member files, team.json and decision.md to ./verdict-team-wakatime-2015/")
        #expect(TeamResults.exportedNotice(folder: folder, files: files, width: 78)
            == "Wrote 3 members, team.json, decision.md to ./verdict-team-wakatime-2015/")
        #expect(TeamResults.exportedNotice(folder: folder, files: files, width: 58)
            == "Wrote 5 files to ./verdict-team-wakatime-2015/")
    }

    @Test func afterAnExportAt80ColumnsTheStatusRowNamesTheFilesAndTheFolder() throws {
        var state = try Self.state()
        _ = TeamResults.update(&state, .resize(width: 80, height: 24))
        _ = press(&state, .character("e"), .enter)
        _ = TeamResults.update(&state, .exported(folder: "./verdict-team-wakatime-2015/",
                                                  files: ["a.json", "b.json", "c.json", "team.json", "decision.md"]))
        #expect(TeamResultsRenderer.render(state, width: 80, height: 24).text
            .contains("Wrote 3 members, team.json, decision.md to ./verdict-team-wakatime-2015/"))
    }

    @Test func footerIsGeneratedFromTheKeyTables() throws {
        var state = try Self.state()
        let text = TeamResultsRenderer.render(state, width: 120, height: 40).text
        for binding in TeamResultsKeys.overview.bindings where binding.inFooter {
            #expect(text.contains("\(binding.label) \(binding.short)"))
        }
        _ = press(&state, .character("e"))
        let prompt = TeamResultsRenderer.render(state, width: 120, height: 40).text
        for binding in TeamResultsKeys.prompt.bindings where binding.inFooter {
            #expect(prompt.contains("\(binding.label) \(binding.short)"))
        }
    }
}
