// swift-tools-version: 6.0
// libFuzzer harnesses for Verdict's untrusted inputs. A separate package so the main
// build stays clean: `scripts/fuzz` builds it with `-sanitize=fuzzer,address`.
import Foundation
import PackageDescription

/// SwiftPM names a path dependency after its folder (`main`, `wt-hardening`, …).
let verdict = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().lastPathComponent

let engine = Target.Dependency.product(name: "VerdictEngine", package: verdict)
let userInterface = Target.Dependency.product(name: "VerdictUI", package: verdict)

let package = Package(
    name: "VerdictFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [engine]),
        .target(name: "FuzzDriver"),
        .executableTarget(name: "FuzzWorksheetLoader", dependencies: ["FuzzSupport", "FuzzDriver", engine]),
        .executableTarget(name: "FuzzAnswersReader", dependencies: ["FuzzSupport", "FuzzDriver", engine]),
        .executableTarget(name: "FuzzResultReader", dependencies: ["FuzzSupport", "FuzzDriver", engine]),
        .executableTarget(name: "FuzzKeyDecoder", dependencies: ["FuzzSupport", "FuzzDriver", engine, userInterface]),
    ]
)
