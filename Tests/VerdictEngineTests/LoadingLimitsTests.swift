import Foundation
import Testing
@testable import VerdictEngine

/// Hostile sizes fail fast with one clear diagnostic.
struct LoadingLimitsTests {
    private func messages(_ text: String, limits: LoaderLimits = .standard) -> [String] {
        do {
            _ = try WorksheetLoader(limits: limits).load(bytes: Array(text.utf8), file: "f.yaml", origin: "f.yaml")
            return []
        } catch let list as DiagnosticList {
            return list.diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" }
        } catch {
            return ["unexpected \(error)"]
        }
    }

    @Test func standardLimits() {
        let limits = LoaderLimits.standard
        #expect(limits.maxFileBytes == 10 * 1024 * 1024)
        #expect(limits.maxDepth == 32)
        #expect(limits.maxQuestions == 20_000)
        #expect(limits.maxAnswersPerQuestion == 12)
        #expect(limits.maxOptions == 8)
        #expect(limits.maxStringLength == 4_000)
        // Worksheets: the same, but files capped at 5 MiB (fast enough to score in 0.5 s).
        let worksheet = LoaderLimits.worksheet
        #expect(worksheet.maxFileBytes == 5 * 1024 * 1024)
        #expect(worksheet.maxDepth == 32 && worksheet.maxQuestions == 20_000 && worksheet.maxOptions == 8)
        #expect(worksheet.maxAnswersPerQuestion == 12 && worksheet.maxStringLength == 4_000)
    }

    @Test func billionLaughsFailsAtTheFirstAnchorQuickly() {
        var text = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
            previous = name
        }
        let start = ContinuousClock.now
        let result = messages(text)
        #expect(ContinuousClock.now - start < .seconds(1))
        #expect(result == ["1:4: anchor '&a' is not allowed; anchors and aliases are not supported (write the value out)"])
    }

    @Test func aliasWithoutAnchorIsRefusedToo() {
        #expect(messages("a: *missing\n") == [
            "1:4: alias '*missing' is not allowed; anchors and aliases are not supported (write the value out)",
        ])
    }

    @Test func oversizeFileIsRefusedBeforeParsing() {
        let limits = LoaderLimits(maxFileBytes: 100, maxDepth: 32, maxQuestions: 10, maxAnswersPerQuestion: 12,
                                  maxOptions: 8, maxStringLength: 4000)
        // Not even valid YAML: the size check comes first.
        #expect(messages(String(repeating: "[", count: 102), limits: limits) == [
            "1:1: file is 102 bytes; the limit is 100 bytes",
        ])
    }

    /// An answers or result file over 10 MiB is read only to one byte past the limit, so its
    /// message says "larger than", not a size one byte over (QA session 4: "10485761 bytes").
    @Test func anOversizeAnswersFileIsNotGivenAWrongSize() throws {
        let path = NSTemporaryDirectory() + "verdict-big-\(UUID().uuidString).yaml"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(repeating: 0x20, count: 11_003_074).write(to: URL(fileURLWithPath: path))
        let worksheet = try WorksheetCatalog(folders: []).resolve("wakatime-2015")
        let error = #expect(throws: DiagnosticList.self) { try AnswersReader().read(contentsOf: path, for: worksheet) }
        #expect(error?.diagnostics.map(\.message) == ["file is larger than the limit of 10485760 bytes (10 MiB)"])
    }

    @Test func oversizeFileOnDiskReportsItsRealSize() throws {
        let path = NSTemporaryDirectory() + "verdict-big-\(UUID().uuidString).yaml"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let size = 5 * 1024 * 1024 + 5
        try Data(repeating: 0x20, count: size).write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: DiagnosticList.self) { try WorksheetLoader().load(contentsOf: path) }
        #expect(error?.diagnostics.map(\.message) == ["file is \(size) bytes; the limit for a worksheet is 5242880 bytes (5 MiB)"])
    }

    /// The size error names the worksheet limit, which is not the 10 MiB of answers and results.
    @Test func theSizeErrorSaysWhichLimit() throws {
        let worksheet = try WorksheetCatalog(folders: []).resolve("wakatime-2015")
        let big = [UInt8](repeating: 0x20, count: 6 * 1024 * 1024)
        let sheet = #expect(throws: DiagnosticList.self) {
            try WorksheetLoader().load(bytes: big, file: "w.yaml", origin: "w.yaml")
        }
        #expect(sheet?.diagnostics.map(\.description) == ["w.yaml:1:1: file is 6291456 bytes; the limit for a worksheet is 5242880 bytes (5 MiB)"])
        let answers = #expect(throws: DiagnosticList.self) {
            try AnswersReader().read(bytes: big + big, file: "a.yaml", for: worksheet)
        }
        #expect(answers?.diagnostics.map(\.description) == ["a.yaml:1:1: file is 12582912 bytes; the limit is 10485760 bytes (10 MiB)"])
    }

    @Test func deepNestingStopsAtTheLimit() {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let start = ContinuousClock.now
        #expect(messages(text).map { $0.drop { $0 != " " } } == [" nesting is deeper than 32 levels (the limit)"])
        #expect(ContinuousClock.now - start < .seconds(1))
    }

    @Test func deepBlockNestingStopsAtTheLimit() {
        var text = ""
        for level in 0..<40 { text += String(repeating: " ", count: level) + "k\(level):\n" }
        text += String(repeating: " ", count: 40) + "v\n"
        #expect(messages(text) == ["33:33: nesting is deeper than 32 levels (the limit)"])
    }

    @Test func tooManyQuestionsIsOneError() throws {
        let limits = LoaderLimits(maxFileBytes: 1 << 20, maxDepth: 32, maxQuestions: 1, maxAnswersPerQuestion: 12,
                                  maxOptions: 8, maxStringLength: 4000)
        let sample = String(decoding: try LoadingFixtures.bytes("good/sample.yaml"), as: UTF8.self)
        #expect(messages(sample, limits: limits) == ["36:9: too many questions: more than 1 (the limit); split the worksheet"])
    }
}
