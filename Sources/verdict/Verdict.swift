import ArgumentParser
import VerdictEngine

/// The `verdict` command: decide between web frameworks with a weighted worksheet.
@main
struct Verdict: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verdict",
        abstract: "Decide which web framework to build on, with a weighted worksheet.",
        discussion: """
            Run with no command to walk the default worksheet (django-vs-flask).
            Example: verdict score --answer api=yes --answer soa=yes --format json
            """,
        version: VerdictVersion.description,
        subcommands: [
            Run.self, Score.self, Validate.self, List.self, Team.self, Meeting.self, Schema.self, New.self,
        ],
        defaultSubcommand: Run.self
    )
}
