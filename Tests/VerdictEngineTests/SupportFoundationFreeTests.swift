import Foundation
import Testing
@testable import VerdictEngine
import VerdictTestSupport

/// The small helpers that replace full-Foundation calls in the shipped binary (PathText,
/// trimmingSpaces, HexText, UTCText, escapingScalars, FileKind), each checked against the
/// Foundation call it replaces, which the tests may still use.
struct SupportFoundationFreeTests {
    static let paths = [
        "/", "/a", "/a/", "a/b", "a/b/", "a//b", "/a/b.yaml", "./a.yaml",
        "../x/y.json", "dir.d/file", "file.", "a/.hidden", "~/w/x.yml", "/usr/local/share/verdict/worksheets",
    ]

    @Test("parent and lastComponent agree with NSString on every sample path", arguments: paths)
    func splitsLikeNSString(_ path: String) {
        #expect(PathText.parent(path) == (path as NSString).deletingLastPathComponent)
        #expect(PathText.lastComponent(path) == (path as NSString).lastPathComponent)
    }

    @Test("join agrees with NSString.appendingPathComponent", arguments: ["", "a", "a/", "/", "/a/b", "./w"])
    func joinsLikeNSString(_ folder: String) {
        for name in ["x", "x.yaml", "sub/x", ".cfg"] {
            #expect(PathText.join(folder, name) == (folder as NSString).appendingPathComponent(name), "\(folder) + \(name)")
        }
    }

    @Test func extensionsAndBaseNames() {
        #expect(PathText.pathExtension("a/b.yaml") == "yaml")
        #expect(PathText.pathExtension("b.tar.gz") == "gz")
        #expect(PathText.pathExtension("dir.d/file") == "")
        #expect(PathText.pathExtension(".yaml") == "")
        #expect(PathText.baseName("/x/django-vs-flask.yaml") == "django-vs-flask")
        #expect(PathText.baseName("x/.hidden") == ".hidden")
        #expect(PathText.expandingTilde("~/w", home: "/home/ana") == "/home/ana/w")
        #expect(PathText.expandingTilde("~", home: "/home/ana") == "/home/ana")
        #expect(PathText.expandingTilde("~ana/w", home: "/home/ana") == "~ana/w")
        #expect(PathText.expandingTilde("~/w", home: nil) == "~/w")
        // Where corelibs' NSString traps ("", and a relative path of one component) or
        // gives "" ("//"):
        for path in ["a", "a/", "a//", "~"] {
            #expect(PathText.parent(path) == "")
            #expect(PathText.lastComponent(path) == path.prefix { $0 != "/" }.description)
        }
        #expect(PathText.parent("") == "")
        #expect(PathText.lastComponent("") == "")
        #expect(PathText.parent("//") == "/")
        #expect(PathText.lastComponent("//") == "/")
    }

    @Test("trimmingSpaces equals trimmingCharacters(in: .whitespaces) on 3,000 random texts")
    func trimsLikeFoundation() {
        var random = SplitMix64(seed: 7)
        let pieces = [" ", "\t", "\u{00A0}", "\u{3000}", "\u{2003}", "\n", "a", "é", "e\u{301}", "日", "🙂", "-"]
        for _ in 0..<3_000 {
            let text = (0..<Int(random.next() % 8)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            #expect(text.trimmingSpaces() == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
        }
    }

    @Test func hexMatchesFormat() {
        let bytes: [UInt8] = Array(0...255)
        #expect(HexText.lowercase(bytes) == bytes.map { String(format: "%02x", $0) }.joined())
        #expect(HexText.lowercase([]) == "")
    }

    @Test("UTC texts match a POSIX DateFormatter", arguments: [0.0, 1_764_067_800, 1_764_067_859.999, 4_102_444_799])
    func utcTexts(_ seconds: Double) {
        let date = Date(timeIntervalSince1970: seconds)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
        #expect(UTCText.minutes(date) == formatter.string(from: date))
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'"
        #expect(UTCText.timestamp(date) == formatter.string(from: date))
    }

    @Test func escapingIsByScalarSoCombiningMarksCannotHideACharacter() {
        let text = "<b\u{301}> a|b <\u{301}x"
        #expect(text.escapingScalars(["<": "&lt;", ">": "&gt;"]) == "&lt;b\u{301}&gt; a|b &lt;\u{301}x")
        #expect("a|b".escapingScalars(["|": "\\|"]) == "a\\|b")
        #expect("\"q\\\"".escapingScalars(["\\": "\\\\", "\"": "\\\""]) == "\\\"q\\\\\\\"")
    }

    @Test func fileKinds() throws {
        let folder = NSTemporaryDirectory() + "verdict-kind-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(FileManager.default.createFile(atPath: folder + "/f", contents: Data("x".utf8)))
        #expect(mkfifo(folder + "/pipe", 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: folder + "/link", withDestinationPath: folder + "/f")
        #expect(FileKind(path: folder) == .folder)
        #expect(FileKind(path: folder + "/f") == .file)
        #expect(FileKind(path: folder + "/link") == .file)
        #expect(FileKind(path: folder + "/pipe") == .other)
        #expect(FileKind(path: folder + "/absent") == .missing)
    }

    @Test func homeFolderComesFromHOMEThenThePasswordFile() throws {
        #expect(ProcessEnvironment.homeFolder(["HOME": "/h"]) == "/h")
        let folder = NSTemporaryDirectory() + "verdict-passwd-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let me = getuid()
        let lines = [
            "other:x:\(me + 1):100::/home/other:/bin/sh",
            "prefix:x:\(me)0:100::/home/prefix:/bin/sh",
            "me:x:\(me):100:Me:/home/me:/bin/sh",
        ]
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: folder + "/passwd"))
        #expect(ProcessEnvironment.homeFolder([:], passwordFile: folder + "/passwd") == "/home/me")
        #expect(ProcessEnvironment.homeFolder(["HOME": ""], passwordFile: folder + "/passwd") == "/home/me")
        #expect(ProcessEnvironment.homeFolder([:], passwordFile: folder + "/absent") == "/")
    }

    @Test func environmentIsProcessInfosEnvironment() {
        let environment = ProcessEnvironment.current()
        #expect(!environment.isEmpty)
        #expect(environment == ProcessInfo.processInfo.environment)
    }
}
