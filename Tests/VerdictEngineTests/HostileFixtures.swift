import Foundation
import Testing
import VerdictEngine

/// The hostile fixtures under `Fixtures/hostile` and the checks every hostile test shares.
enum HostileFixtures {
    // MARK: - Files

    /// `Tests/VerdictEngineTests/Fixtures/hostile`.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path + "/Fixtures/hostile"

    /// The bytes of a fixture, e.g. `worksheets/empty.yaml`.
    static func bytes(_ relativePath: String) throws -> [UInt8] {
        try [UInt8](Data(contentsOf: URL(fileURLWithPath: folder + "/" + relativePath)))
    }

    /// The full path of a fixture.
    static func path(_ relativePath: String) -> String { folder + "/" + relativePath }

    /// A shipped worksheet, loaded from the bundle.
    static func bundled(_ id: String) throws -> Worksheet {
        let file = try #require(BundledFiles.worksheets.first { $0.name == id + ".yaml" })
        return try WorksheetLoader().load(bytes: file.bytes, file: file.name, origin: "bundled:\(id)")
    }

    // MARK: - Errors

    /// The exit code `verdict` leaves with for an error (ErrorReporter's mapping, DESIGN §5).
    static func exitCode(for error: any Error) -> Int32 {
        switch error {
        case is DiagnosticList, is Diagnostic: return 65
        case let input as InputError:
            switch input.kind {
            case .missing: return 66
            case .cannotWrite: return 73
            case .badData: return 65
            }
        default: return 70
        }
    }

    /// The lines `verdict` prints for an error (without the `verdict: ` prefix).
    static func lines(for error: any Error) -> [String] {
        switch error {
        case let list as DiagnosticList: return list.diagnostics.map(\.description)
        case let diagnostic as Diagnostic: return [diagnostic.description]
        case let input as InputError: return [input.description]
        default: return ["\(error)"]
        }
    }

    /// Checks that an error prints as clean lines: at least one, none empty or spanning
    /// lines, and no character a terminal would act on.
    static func expectClean(_ error: any Error, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let lines = lines(for: error)
        #expect(!lines.isEmpty, sourceLocation: sourceLocation)
        for line in lines {
            #expect(!line.isEmpty && !line.contains("\n") && !line.contains("\r"), "\(line)", sourceLocation: sourceLocation)
            #expect(unsafeCharacters(in: line).isEmpty, "unsafe characters in: \(line.debugDescription)",
                    sourceLocation: sourceLocation)
        }
    }

    // MARK: - Terminal safety

    /// Characters a terminal would act on: C0 controls except tab and newline, DEL, C1
    /// controls, bidi embeddings, overrides and isolates; as `U+XXXX`.
    static func unsafeCharacters(in text: String) -> [String] {
        text.unicodeScalars.filter { scalar in
            switch scalar.value {
            case 0x09, 0x0A: return false
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
            default: return false
            }
        }.map { "U+" + String($0.value, radix: 16, uppercase: true) }
    }
}

/// One hostile input and what Verdict must do with it.
struct HostileCase: Sendable, CustomTestStringConvertible {
    /// The fixture file name.
    let file: String
    /// `LINE:COL` of the first diagnostic, or nil when the input is accepted.
    let location: String?
    /// Text the first diagnostic must contain.
    let message: String
    /// The exit code `verdict` must leave with (0 when accepted).
    let exitCode: Int32

    /// The input is accepted.
    static func loads(_ file: String) -> HostileCase {
        HostileCase(file: file, location: nil, message: "", exitCode: 0)
    }

    /// The input is refused with exit 65 and this first diagnostic.
    static func fails(_ file: String, at location: String, _ message: String) -> HostileCase {
        HostileCase(file: file, location: location, message: message, exitCode: 65)
    }

    var testDescription: String { file }

    /// Checks a thrown error against this case: exit code, `file:LINE:COL: ` prefix and
    /// message of the first line, and clean lines throughout.
    func expectFailure(_ error: any Error, file name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(HostileFixtures.exitCode(for: error) == exitCode, sourceLocation: sourceLocation)
        let first = HostileFixtures.lines(for: error).first ?? ""
        #expect(first.hasPrefix("\(name):\(location ?? ""): "), "\(first)", sourceLocation: sourceLocation)
        #expect(first.contains(message), "\(first)", sourceLocation: sourceLocation)
        HostileFixtures.expectClean(error, sourceLocation: sourceLocation)
    }
}
