import Foundation
import Testing
@testable import VerdictEngine

@Test func hostileDump() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path + "/Fixtures/hostile/worksheets"
    var out = ""
    for name in try FileManager.default.contentsOfDirectory(atPath: root).sorted() {
        let bytes = [UInt8](FileManager.default.contents(atPath: root + "/" + name) ?? Data())
        do {
            let w = try WorksheetLoader().load(bytes: bytes, file: name, origin: name)
            out += "\(name)\tOK\t\(w.title.debugDescription)\n"
        } catch let list as DiagnosticList {
            out += "\(name)\tFAIL\t\(list.diagnostics.map { $0.description.debugDescription }.joined(separator: " || "))\n"
        } catch { out += "\(name)\tOTHER\t\(error)\n" }
    }
    try out.write(toFile: "/tmp/hostile-dump.txt", atomically: true, encoding: .utf8)
}
