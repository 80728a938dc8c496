import Foundation
import Testing

/// `make install` into a temporary prefix (with the already-built debug binary, so the
/// test needs no release build), the installed binary run from elsewhere, then
/// `make uninstall` leaving nothing behind.
struct InstallTests {
    /// Every file `make install` puts under the prefix (besides the worksheets and schemas).
    static let installed = [
        "bin/verdict",
        "share/man/man1/verdict.1",
        "share/bash-completion/completions/verdict",
        "share/zsh/site-functions/_verdict",
        "share/fish/vendor_completions.d/verdict.fish",
    ]

    /// Paths of every file below a folder, relative to it, sorted.
    private func files(under root: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        return walker.compactMap { $0 as? String }.filter { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory)
                && !isDirectory.boolValue
        }.sorted()
    }

    @Test func installRunUninstall() throws {
        let prefix = try ConfigBinary.temporaryFolder()
        let elsewhere = try ConfigBinary.temporaryFolder()
        defer { [prefix, elsewhere].forEach { try? FileManager.default.removeItem(atPath: $0) } }
        let make = ["-s", "-C", ConfigBinary.packageRoot]

        let install = try ConfigBinary.tool("make", make + ["install", "PREFIX=\(prefix)", "BIN=\(ConfigBinary.path)"])
        #expect(install.status == 0, "\(install.stdout)\(install.stderr)")
        let present = files(under: prefix)
        for path in Self.installed { #expect(present.contains(path), "\(path) not installed") }
        let shipped = try FileManager.default.contentsOfDirectory(atPath: ConfigBinary.packageRoot + "/worksheets")
            .filter { $0.hasSuffix(".yaml") }
        #expect(!shipped.isEmpty)
        for name in shipped { #expect(present.contains("share/verdict/worksheets/\(name)")) }
        #expect(present.contains("share/verdict/schemas/worksheet.schema.json"))

        // The installed binary works from another folder: it embeds the worksheets.
        let binary = prefix + "/bin/verdict"
        let version = try ConfigBinary.run(["--version"], in: elsewhere, executable: binary)
        #expect(version.status == 0)
        #expect(version.stdout.contains("format"))
        let list = try ConfigBinary.run(["list"], in: elsewhere, executable: binary)
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.contains("django-vs-flask"))
        #expect(list.stdout.contains("built-in"))
        let score = try ConfigBinary.run(["score", "wakatime-2015", "--answer", "api=yes", "--answer", "soa=yes",
                                          "--format", "json"], in: elsewhere, executable: binary)
        #expect(score.status == 0, "\(score.stderr)")
        #expect(score.stdout.contains("\"wakatime-2015\""))
        let validate = try ConfigBinary.run(["validate", prefix + "/share/verdict/worksheets/wakatime-2015.yaml"],
                                            in: elsewhere, executable: binary)
        #expect(validate.status == 0, "\(validate.stderr)")
        let completion = try ConfigBinary.tool("bash", ["-n", prefix + "/share/bash-completion/completions/verdict"])
        #expect(completion.status == 0, "\(completion.stderr)")
        let manual = try String(contentsOfFile: prefix + "/share/man/man1/verdict.1", encoding: .utf8)
        #expect(manual.contains(".Dt VERDICT 1"))

        let uninstall = try ConfigBinary.tool("make", make + ["uninstall", "PREFIX=\(prefix)"])
        #expect(uninstall.status == 0, "\(uninstall.stdout)\(uninstall.stderr)")
        #expect(files(under: prefix) == [])
        #expect(try FileManager.default.contentsOfDirectory(atPath: prefix) == [])
    }
}
