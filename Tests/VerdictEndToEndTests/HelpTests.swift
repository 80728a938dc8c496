import Foundation
import Testing

/// Every command's `--help` fits in 80 columns and shows an example.
struct HelpTests {
    /// The subcommands listed in the top-level help.
    static func subcommands() throws -> [String] {
        let help = try ConfigBinary.run(["--help"]).stdout
        let lines = help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.firstIndex(of: "SUBCOMMANDS:") else { return [] }
        return lines[(start + 1)...].prefix { !$0.isEmpty }.compactMap { line in
            line.hasPrefix("  ") && !line.hasPrefix("   ")
                ? line.split(separator: " ").first.map(String.init) : nil
        }
    }

    @Test func everyCommandIsListed() throws {
        let names = try Self.subcommands()
        for name in ["run", "score", "validate", "list", "team", "schema", "new", "config"] {
            #expect(names.contains(name), "\(name) missing from `verdict --help`")
        }
    }

    @Test func helpFitsIn80ColumnsAndGivesAnExample() throws {
        let commands = [[]] + (try Self.subcommands()).filter { $0 != "help" }.map { [$0] }
        #expect(commands.count > 5)
        for command in commands {
            let outcome = try ConfigBinary.run(command + ["--help"])
            let name = (["verdict"] + command).joined(separator: " ")
            #expect(outcome.status == 0, "\(name) --help failed: \(outcome.stderr)")
            let wide = outcome.stdout.split(separator: "\n").map(String.init).filter { $0.count > 80 }
            #expect(wide.isEmpty, "\(name) --help has lines over 80 columns: \(wide)")
            #expect(outcome.stdout.contains("Example"), "\(name) --help gives no example")
            // A line break from the source, not from wrapping: the next line's first word fitted.
            let lines = outcome.stdout.split(separator: "\n").map(String.init)
            for (line, next) in zip(lines, lines.dropFirst()) where !line.hasPrefix(" ") && next.first?.isLowercase == true {
                let word = next.prefix { $0 != " " }
                #expect(line.count + 1 + word.count > 79 || ".:)".contains(line.last ?? "."),
                        "\(name) --help breaks early: '\(line)' / '\(next)'")
            }
            // Every option is in USAGE.
            let usage = outcome.stdout.components(separatedBy: "USAGE:").last?.components(separatedBy: "\n\n").first ?? ""
            for option in outcome.stdout.split(separator: "\n").compactMap({ $0.hasPrefix("  --") ? $0.dropFirst(2).split(separator: " ").first : nil })
            where !["--version", "--help"].contains(String(option)) {
                #expect(usage.contains(String(option)), "\(name) --help: \(option) is not in USAGE")
            }
        }
    }
}
