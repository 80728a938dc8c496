import Foundation

/// Steps that drive `verdict run` inside a ``TmuxPane``: start it, answer every question,
/// read the recommendation, run a shell command and read its marked output.
extension TmuxPane {
    /// Extra arguments naming the worksheet under test: `$VERDICT_TEST_WORKSHEET` if set
    /// (a path), else none (the default worksheet).
    static var worksheetArguments: String {
        ProcessInfo.processInfo.environment["VERDICT_TEST_WORKSHEET"].map { " '\($0)'" } ?? ""
    }

    /// Starts `verdict run ARGUMENTS` so that its exit code is printed as `EXIT=N` after it.
    func launch(_ arguments: String = "") throws {
        try command("clear; '\(Self.verdict)' run\(Self.worksheetArguments) \(arguments); echo \"EXIT=$?\"")
    }

    /// Starts `verdict run`, leaves the welcome screen and answers the first question with
    /// `1`; returns the screen of the second question.
    @discardableResult
    func launchAndAnswerTheFirstQuestion() throws -> String {
        try launch()
        try waitFor("Enter start", seconds: 15)
        try press("Enter")
        try waitFor("Question 1 of")
        try press("1")
        return try waitFor("Question 2 of")
    }

    /// The "Question N of M" header of the current screen, if it shows a question.
    func questionHeader(_ screen: String) -> String? {
        guard let range = screen.range(of: #"Question \d+ of \d+"#, options: .regularExpression) else { return nil }
        return String(screen[range])
    }

    /// From the welcome screen, answers every question with `key` until the results show.
    /// Returns the results screen.
    @discardableResult
    func answerEverything(with key: String = "1") throws -> String {
        try waitFor("the welcome screen", seconds: 15) { $0.contains("Enter start") || $0.contains("Question 1 of") }
        if try questionHeader(screen()) == nil { try press("Enter") }
        var screen = try waitFor("the first question") { self.questionHeader($0) != nil }
        for _ in 0..<200 {
            if screen.contains("Results ·") {
                return try waitFor("the whole results screen") { self.recommendation($0) != nil }
            }
            if let header = questionHeader(screen) {
                try press(key)
                screen = try waitFor("the question after \(header)") {
                    self.questionHeader($0) != header || $0.contains("Review ·")
                }
            } else if screen.contains("See results") {
                try press("v")
                screen = try waitFor("Results ·")
            } else {
                // A capture taken while tmux was still painting the frame (the new header
                // over the old body): look again until a whole screen is there.
                screen = try waitFor("a question, the review or the results") {
                    self.questionHeader($0) != nil || $0.contains("See results") || $0.contains("Results ·")
                }
            }
        }
        throw TmuxTimeout(what: "the end of the worksheet", screen: screen)
    }

    /// The recommended option's name on the results screen ("Recommended: NAME — …"),
    /// or "too close" when the screen has no single recommendation.
    func recommendation(_ screen: String) -> String? {
        for line in screen.split(separator: "\n") {
            let text = line.trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("Recommended: ") {
                let rest = text.dropFirst("Recommended: ".count)
                return String(rest.prefix { $0 != "—" }).trimmingCharacters(in: .whitespaces)
            }
            if text.hasPrefix("Too close to call") { return "too close" }
        }
        return nil
    }

    /// Runs a shell command in the pane and returns the lines it printed between markers.
    func shellOutput(_ line: String, seconds: Double = 10) throws -> String {
        let marker = "MARK\(UInt32.random(in: 1000...9999))"
        try command("echo \(marker)-BEGIN; \(line); echo \(marker)-END")
        let screen = try waitFor("\(marker)-END", seconds: seconds, history: true) {
            $0.components(separatedBy: "\n").contains("\(marker)-END")
        }
        let lines = screen.components(separatedBy: "\n")
        guard let begin = lines.lastIndex(of: "\(marker)-BEGIN"), let end = lines.lastIndex(of: "\(marker)-END"),
              begin < end else { return "" }
        return lines[(begin + 1)..<end].joined(separator: "\n")
    }

    /// Resizes the window and waits until the pane's shell sees the new size (tmux passes
    /// it on to the terminal a moment later; a program started before that sees the old one).
    func resizeAndSettle(width: Int, height: Int) throws {
        try resize(width: width, height: height)
        let deadline = Date().addingTimeInterval(10)
        while try shellOutput("stty size") != "\(height) \(width)" {
            guard Date() < deadline else { throw TmuxTimeout(what: "the size \(width)×\(height)", screen: try screen()) }
        }
        try command("clear")
    }

    /// Waits for `EXIT=N` after a launch and returns N.
    func exitCode(seconds: Double = 10) throws -> Int {
        let screen = try waitFor("EXIT=", seconds: seconds, history: true) {
            $0.range(of: #"EXIT=\d+"#, options: .regularExpression) != nil
        }
        guard let range = screen.range(of: #"EXIT=\d+"#, options: [.regularExpression, .backwards]),
              let code = Int(screen[range].dropFirst(5)) else { return -1 }
        return code
    }
}
