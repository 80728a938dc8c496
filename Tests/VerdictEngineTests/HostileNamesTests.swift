import Foundation
import Testing
@testable import VerdictEngine

/// Names and text that reach a terminal or a Markdown document (probe D2, D4, D8, D10,
/// D13, D14): file names in every diagnostic, one Markdown escaping for every document,
/// names compared as the same person, bounded error output.
@Suite("Hostile: names, Markdown and diagnostics")
struct HostileNamesTests {
    /// A file name a colleague's folder (or a git repository) can carry: OSC 52 (clipboard),
    /// OSC 0 (title), a CSI, a bidi mark.
    static let hostileFile = "results/\u{1B}]52;c;cHduZWQ=\u{07}\u{1B}]0;PWNED\u{07}\u{1B}[2J\u{200F}x.json"

    static func isClean(_ text: String) -> Bool {
        !text.unicodeScalars.contains { TextSanitizer.isUnsafe($0) || TextSanitizer.isBidiMark($0) }
    }

    // MARK: - Every diagnostic path

    @Test("every kind of diagnostic names a hostile file only through the sanitizer")
    func diagnosticsSanitizeFileNames() throws {
        let location = SourceLocation(file: Self.hostileFile, line: 1, column: 2)
        var texts = [
            location.description,
            Diagnostic(location, "bad").description,
            DiagnosticList([Diagnostic(location, "bad")]).description,
            InputError(.missing, path: Self.hostileFile, "no such file").description,
            InputError(.cannotWrite, path: Self.hostileFile, "cannot write").description,
        ]
        // The loaders, each with a broken input named by the hostile file name.
        let broken = Array("{".utf8)
        for attempt in [
            { _ = try WorksheetLoader().load(bytes: broken, file: Self.hostileFile, origin: Self.hostileFile) },
            { _ = try AnswersReader().read(bytes: broken, file: Self.hostileFile, for: TeamFixtures.worksheet()) },
            { _ = try ResultFileParser().parse(bytes: broken, file: Self.hostileFile) },
            { _ = try FileReader.contents(of: Self.hostileFile, limit: 10) },
            { try AtomicFile.write(Data(), to: "/nonexistent-folder/" + Self.hostileFile) },
        ] as [() throws -> Void] {
            do {
                try attempt()
                Issue.record("no error")
            } catch {
                texts.append("\(error)")
            }
        }
        var duplicate = try TeamFixtures.input(TeamFixtures.team[0], file: Self.hostileFile)
        duplicate.respondent = "Ana"
        let first = try TeamFixtures.input(TeamFixtures.team[0], file: "r/ana.json")
        do {
            _ = try TeamMerger(worksheet: TeamFixtures.worksheet()).merge([duplicate, first])
        } catch {
            texts.append("\(error)")
        }
        #expect(texts.count == 11)
        for text in texts {
            #expect(Self.isClean(text), "\(text.debugDescription)")
            #expect(text.contains("␛]0;PWNED␇") || text.contains("r/ana.json"), "\(text.debugDescription)")
        }
    }

    @Test("bidi marks (LRM, RLM, ALM) are removed from sanitized output (U02, U11)")
    func bidiMarks() {
        #expect(TextSanitizer.sanitize("Ana\u{200F} \u{200E}Ben\u{061C}") == "Ana Ben")
        #expect(TextSanitizer.sanitize("plain") == "plain")
    }

    @Test("plain-mode resume: ids and a hostile respondent read back from an autosave (ST08, ST09)")
    func resumeReadsBackSafely() {
        let snapshot = SessionSnapshot(
            worksheetID: "team-test", worksheetSHA256: "old", respondent: "\u{1B}]0;PWNED\u{07}\u{202E}Ana",
            answers: ["api": "yes", "\u{1B}]0;gone\u{07}": "yes"])
        let resume = SessionResume(snapshot: snapshot, worksheet: TeamFixtures.worksheet())
        #expect(resume.responses.respondent == "")
        #expect(resume.respondentProblem != nil)
        let notice = resume.notice ?? ""
        #expect(Self.isClean(notice), "\(notice.debugDescription)")
        #expect(notice.contains("␛]0;gone␇"))
        #expect(notice.contains("the saved name was dropped"))
    }

    // MARK: - Bounds

    @Test("100,000 unknown answer ids: the valid ids are listed once, the lines capped (A20)")
    func unknownIdsAreBounded() throws {
        let yaml = "answers:\n" + (0..<100_000).map { "  nope\($0): yes\n" }.joined()
        do {
            _ = try AnswersReader().read(bytes: Array(yaml.utf8), file: "a.yaml", for: TeamFixtures.worksheet())
            Issue.record("accepted")
        } catch let list as DiagnosticList {
            #expect(list.diagnostics.filter { $0.message.contains("questions are api, admin") }.count == 1)
            let lines = DiagnosticCap.lines(list.diagnostics)
            #expect(lines.count == DiagnosticCap.lines + 1)
            #expect(lines.last == "… and \(DiagnosticCap.grouped(list.diagnostics.count - DiagnosticCap.lines)) more problems")
            #expect(lines.joined().utf8.count < 10_000)
        }
    }

    @Test("a 20,000-question condition cycle is named by its start and length, not listed whole (S18)")
    func longCycle() throws {
        var yaml = "format: 1\nid: cycle\ntitle: Cycle\nversion: \"1.0.0\"\ndescription: A cycle.\n"
            + "options:\n  - {id: a, name: A}\n  - {id: b, name: B}\nsections:\n  - id: s\n    title: S\n    questions:\n"
        for index in 0..<20_000 {
            yaml += "      - {id: q\(index), prompt: Q, kind: yesno, showWhen: {question: q\((index + 1) % 20_000), answers: [yes]}, "
                + "answers: [{id: yes, label: Y, points: {a: 1}, reason: R}, {id: no, label: N, points: {b: 1}, reason: R}]}\n"
        }
        do {
            _ = try WorksheetLoader().load(bytes: Array(yaml.utf8), file: "cycle.yaml", origin: "cycle.yaml")
            Issue.record("accepted")
        } catch let list as DiagnosticList {
            let line = try #require(list.diagnostics.first { $0.message.contains("cycle") }).description
            #expect(line.contains("forms a cycle of 20,000 questions starting here: q0 → q1"), "\(line.prefix(300))")
            #expect(line.utf8.count < 1_000)
        }
    }

    // MARK: - Identity

    /// Names NFKC with case folding makes `Ana` (or the name beside it), one per kind of
    /// compatibility form, spacing, case and canonical equivalence.
    static let twins: [(String, String)] = [
        ("Ana", "Ana\u{200B}"), ("Ana", " Ana\u{FEFF} "), ("Ana", "ANA"),                   // invisible, case
        ("Ana", "\u{FF21}\u{FF4E}\u{FF41}"),                                                 // full-width Ａｎａ
        ("Ana", "\u{1D400}\u{1D427}\u{1D41A}"), ("Ana", "\u{1D504}\u{1D52B}\u{1D51E}"),      // math bold 𝐀𝐧𝐚, fraktur 𝔄𝔫𝔞
        ("Ana", "\u{1D670}\u{1D697}\u{1D68A}"), ("Zoe", "\u{2124}oe"),                       // monospace 𝙰𝚗𝚊, double-struck ℤ
        ("Ana", "\u{24B6}\u{24DD}\u{24D0}"), ("Ana", "\u{1F130}na"),                         // circled Ⓐⓝⓐ, squared 🄰
        ("Fiona", "\u{FB01}ona"), ("Effie", "E\u{FB00}ie"), ("Ijsbrand", "\u{132}sbrand"),  // ligatures ﬁ ﬀ Ĳ
        ("Ljuba", "\u{1C8}uba"), ("Dzmitry", "\u{1F2}mitry"),                                 // ǈ ǲ
        ("Ana2", "Ana\u{B2}"), ("Ana2", "Ana\u{2082}"), ("Ana n", "Ana \u{207F}"),            // super- and subscripts
        ("Louis XIV", "Louis \u{2169}\u{2163}"), ("Ana1", "Ana\u{2460}"),                       // Roman numeral Ⅳ, circled ①
        ("Ana Lee", "Ana\u{3000}Lee"), ("Ana Lee", "Ana\u{A0}Lee"), ("Ana Lee", "Ana\u{2003}\u{2009}Lee"), // spaces
        ("Ana Lee", "Ana\u{202F}Lee"),
        ("Ána", "A\u{301}na"), ("Renée", "Rene\u{301}e"), ("Ǻna", "A\u{30A}\u{301}na"),       // composed vs decomposed
        ("José", "JOSE\u{301}"), ("Ａ\u{301}na", "Ána"),                                       // decomposed upper, width + accent
        ("アナ", "\u{FF71}\u{FF85}"), ("ガク", "\u{FF76}\u{FF9E}\u{FF78}"),                     // half-width katakana, voiced mark
        ("Strauß", "STRAUSS"), ("Σοφος", "σοφοσ"), ("Kai", "\u{212A}ai"),                      // folding ß, final sigma, Kelvin K
        ("µ", "μ"), ("Ana", "ªna"),
    ]

    @Test("names that look the same are the same person (T03, T04, T06, MT2)", arguments: twins)
    func sameName(_ first: String, _ second: String) {
        #expect(PersonName.same(first, second), "\(PersonName.key(first)) vs \(PersonName.key(second))")
        #expect(Set([PersonName.key(first), PersonName.key(second)]).count == 1)
    }

    @Test("different names stay different")
    func differentNames() {
        #expect(!PersonName.same("Ana", "Anna"))
        #expect(!PersonName.same("Ana", "Аna"))  // Cyrillic А: a homoglyph, not a compatibility form
        #expect(!PersonName.same("Ana", "Ána"))  // an accent is a different name
        #expect(!PersonName.same("Ana", "A\u{301}na"))
        #expect(!PersonName.same("Ana1", "Ana\u{2474}"))  // ⑴ is "(1)"
        #expect(!PersonName.same("Ana Lee", "AnaLee"))
    }

    @Test("invisible characters are refused in names", arguments: ["Ana\u{200B}", "\u{2060}Ben", "Cy\u{200F}", "D\u{AD}ee"])
    func invisibleRefused(_ name: String) {
        #expect(PersonName.problem(name)?.contains("invisible character") == true)
        #expect(PersonName.problem("Ana Lee") == nil)
    }

    @Test("a name is bounded: 64 characters pass, 65 are refused saying so")
    func lengthBounded() {
        #expect(PersonName.problem(String(repeating: "é", count: 64)) == nil)
        #expect(PersonName.problem(String(repeating: "e\u{301}", count: 65)) == "is 65 characters long; the limit is 64")
    }

    @Test("team: a zero-width, full-width, mathematical or circled twin of a member is refused (T04, T06)")
    func teamDuplicates() throws {
        let first = try TeamFixtures.input(TeamFixtures.team[0], file: "r/ana.json")
        for twin in ["Ana\u{200B}", "\u{FF21}\u{FF4E}\u{FF41}", "\u{1D400}\u{1D427}\u{1D41A}", "\u{24B6}na", "ana"] {
            var second = try TeamFixtures.input(TeamFixtures.team[1], file: "r/twin.json")
            second.respondent = twin
            #expect(throws: Diagnostic.self) { _ = try TeamMerger(worksheet: TeamFixtures.worksheet()).merge([first, second]) }
        }
    }

    // MARK: - Markdown

    /// Markdown that would become live if it were not escaped.
    static let markdownCorpus = [
        "[approve](javascript:alert(1))", "![p](https://evil.example/p.png)", "```", "<script>x</script>",
        "| a | b |", "# heading", "**bold**", "`code`", "&lt;b&gt;", "~~gone~~", "- item", "1. first", "_under_",
    ]

    /// Whether Markdown source could hold any live construct from the corpus: every active
    /// character must be escaped.
    static func unescapedActive(in line: String) -> [Character] {
        var found: [Character] = []
        var escaped = false
        for character in line {
            if escaped { escaped = false; continue }
            if character == "\\" { escaped = true; continue }
            if "[]!<>`&~*_".contains(character) { found.append(character) }
        }
        return found
    }

    @Test("MarkdownText.inline escapes every construct of the corpus", arguments: markdownCorpus)
    func inlineEscapes(_ text: String) {
        let escaped = MarkdownText.inline(text)
        #expect(Self.unescapedActive(in: escaped).isEmpty, "\(escaped)")
        #expect(!escaped.hasPrefix("- ") && !escaped.hasPrefix("1. ") && !escaped.hasPrefix("#"), "\(escaped)")
    }

    @Test("a code block cannot be closed by the text inside it")
    func codeBlock() {
        let block = MarkdownText.codeBlock("a ``` b\n````\n")
        #expect(block.hasPrefix("`````\n"))
        #expect(block.hasSuffix("\n`````\n"))
    }

    /// The team worksheet with every text field, and every member name, hostile.
    static func hostileTeam(_ payload: String) throws -> TeamReport {
        var sheet = TeamFixtures.worksheet()
        sheet.title = "T " + payload
        sheet.description = payload
        for index in sheet.options.indices {
            sheet.options[index].name += " " + payload
            sheet.options[index].summary = payload
        }
        for section in sheet.sections.indices {
            for question in sheet.sections[section].questions.indices {
                sheet.sections[section].questions[question].prompt = payload + " ?"
                for answer in sheet.sections[section].questions[question].answers.indices {
                    sheet.sections[section].questions[question].answers[answer].label = payload
                    sheet.sections[section].questions[question].answers[answer].reason = payload + " reason"
                }
            }
        }
        let inputs = try TeamFixtures.team.enumerated().map { index, responses in
            var named = responses
            named.respondent = payload + " \(index)"
            return try TeamFixtures.input(named, file: "r/\(index).json", worksheet: sheet)
        }
        return try TeamMerger(worksheet: sheet).merge(inputs)
    }

    @Test("team decision record and the single report: no field lets Markdown through (T12, T30, M01)",
          arguments: markdownCorpus.filter { $0.contains(where: { "[]!<>`&~*_|".contains($0) }) })
    func documents(_ payload: String) throws {
        let report = try Self.hostileTeam(payload)
        let record = TeamDecisionRecord.render(report)
        let single = MarkdownReport.render(
            ResultBuilder.document(worksheet: report.worksheet, responses: TeamFixtures.team[0], completedAt: Date()),
            worksheet: report.worksheet)
        for document in [record, single] {
            // Every field carries the payload; nowhere does it stand unescaped.
            #expect(document.contains(MarkdownText.inline(payload)))
            #expect(!document.contains(payload), "\(payload) raw in:\n\(document)")
        }
    }
}
