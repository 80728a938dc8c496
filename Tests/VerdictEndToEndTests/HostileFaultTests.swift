import Foundation
import Testing

/// Faults while writing files, through the built binary: a read-only folder, a full disk,
/// and `kill -9` in the middle of a save. Uses `verdict new --output`, which writes with
/// `AtomicFile` like every other output of the tool.
@Suite("Hostile: write faults through the binary", .serialized)
struct HostileFaultTests {
    // MARK: - Read-only folder

    @Test("a read-only folder: exit 73, one clear line, the old file untouched")
    func readOnlyFolder() throws {
        let folder = try HostileFolder.make("readonly")
        defer { HostileFolder.remove(folder) }
        let target = folder + "/sheet.yaml"
        let mounted = HostileFolder.canMount
        if mounted { try HostileFolder.mount(folder, options: "size=256k") }
        defer { if mounted { HostileFolder.unmount(folder) } }
        try HostileFolder.write("old: content\n", to: target)
        if mounted {
            try HostileFolder.mount(folder, options: "remount,ro")
        } else {
            chmod(folder, 0o555)
        }
        defer { chmod(folder, 0o755) }

        let run = try HostileBinary.run(["new", "read-only-sheet", "--output", target, "--force"])

        #expect(run.status == 73)
        #expect(run.errorLines.count == 1)
        let reason = mounted ? "Read-only file system" : "Permission denied"
        #expect(run.errors == "verdict: \(target): cannot write: \(reason)\n")
        #expect(HostileFolder.read(target) == Array("old: content\n".utf8))
        #expect(HostileFolder.entries(folder) == ["sheet.yaml"])
    }

    // MARK: - Full disk

    @Test("a full disk: exit 73, 'No space left on device', the old file untouched, no temp file left",
          .enabled(if: HostileFolder.canMount, "needs root to mount a 64 KiB tmpfs"))
    func fullDisk() throws {
        let folder = try HostileFolder.make("full")
        defer { HostileFolder.remove(folder) }
        try HostileFolder.mount(folder, options: "size=64k")
        defer { HostileFolder.unmount(folder) }
        let target = folder + "/sheet.yaml"
        try HostileFolder.write("old: content\n", to: target)
        try fill(folder + "/ballast")

        let run = try HostileBinary.run(["new", "full-disk-sheet", "--output", target, "--force"])

        #expect(run.status == 73)
        #expect(run.errors == "verdict: \(target): cannot write: No space left on device\n")
        #expect(HostileFolder.read(target) == Array("old: content\n".utf8))
        #expect(HostileFolder.entries(folder) == ["ballast", "sheet.yaml"])
    }

    // MARK: - kill -9 mid-save

    @Test("kill -9 while saving: the file is always the old or the new text, never half")
    func killDuringSave() throws {
        let folder = try HostileFolder.make("kill")
        defer { HostileFolder.remove(folder) }
        let target = folder + "/sheet.yaml"
        let titles = ["First title " + String(repeating: "a", count: 40), "Second title " + String(repeating: "b", count: 40)]
        var complete: [[UInt8]] = []
        for title in titles {
            let reference = folder + "/reference.yaml"
            let run = try HostileBinary.run(["new", "kill-test", "--title", title, "--output", reference, "--force"])
            try #require(run.status == 0, "reference write failed: \(run.errors)")
            complete.append(try #require(HostileFolder.read(reference)))
        }
        #expect(complete[0] != complete[1])
        try HostileFolder.write(bytes: complete[0], to: target)

        var killed = 0
        for round in 0..<40 {
            let process = try HostileBinary.start(
                ["new", "kill-test", "--title", titles[round % 2], "--output", target, "--force"])
            if waitForTemporaryFile(in: folder, while: process) {
                kill(process.processIdentifier, SIGKILL)
            }
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal { killed += 1 }
            let now = HostileFolder.read(target) ?? []
            #expect(complete.contains(now), "round \(round): \(now.count) bytes, neither old nor new")
        }
        #expect(killed > 0, "no save was interrupted; the test proved nothing")
    }

    // MARK: - Helpers

    /// Spins until a `.sheet.yaml.*.tmp` file exists in `folder` or the process has ended;
    /// true when the temporary file was seen (the process is mid-save).
    private func waitForTemporaryFile(in folder: String, while process: Process) -> Bool {
        while process.isRunning {
            if HostileFolder.entries(folder).contains(where: { $0.hasPrefix(".sheet.yaml.") }) { return true }
        }
        return false
    }

    /// Writes zeros to `path` until the file system is full.
    private func fill(_ path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        let block = [UInt8](repeating: 0, count: 4096)
        while block.withUnsafeBytes({ Foundation.write(descriptor, $0.baseAddress, $0.count) }) > 0 {}
    }
}
