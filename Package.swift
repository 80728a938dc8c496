// swift-tools-version: 6.0
import PackageDescription

/// Member lookups need the module imported in the file itself, so a method Foundation adds
/// cannot slip in through another module's import (DESIGN §2b: the binary links
/// FoundationEssentials only).
let strictImports: [SwiftSetting] = [.enableUpcomingFeature("MemberImportVisibility")]

let package = Package(
    name: "Verdict",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "verdict", targets: ["verdict"]),
        .library(name: "VerdictEngine", targets: ["VerdictEngine"]),
        .library(name: "VerdictUI", targets: ["VerdictUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .target(
            name: "VerdictEngine",
            dependencies: [
                "CLibYAML",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.embedInCode("Bundled")],
            swiftSettings: strictImports
        ),
        .target(name: "VerdictUI", dependencies: ["VerdictEngine"], swiftSettings: strictImports),
        .systemLibrary(name: "CNCursesW", providers: [.apt(["libncurses-dev"])]),
        .systemLibrary(name: "CLibYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        .target(name: "CSignalFlag"),
        .target(name: "CursesTerminal", dependencies: ["VerdictUI", "CNCursesW", "CSignalFlag"], swiftSettings: strictImports),
        .executableTarget(
            name: "verdict",
            dependencies: [
                "VerdictEngine", "VerdictUI", "CursesTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictImports,
            // Start-up (DESIGN §2b), release builds with --static-swift-stdlib (Makefile,
            // scripts/bench-*): a position-dependent executable leaves the loader no 85,000
            // relative relocations to apply at every start, and a binary without DWARF
            // sections takes fewer page faults; without --export-dynamic the dynamic symbol
            // table shrinks from 10,000 entries to 500, which `dladdr` at start-up scans.
            // Not for debug builds: linked against the shared Swift runtime, a non-PIE
            // executable makes the loader print warnings.
            linkerSettings: [
                .unsafeFlags(["-Xclang-linker", "-no-pie", "-Xlinker", "--strip-debug", "-Xlinker", "--no-export-dynamic"],
                             .when(platforms: [.linux], configuration: .release)),
            ]
        ),
        .target(name: "VerdictTestSupport", path: "Tests/Support"),
        .testTarget(
            name: "VerdictEngineTests", dependencies: ["VerdictEngine", "VerdictTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "VerdictUITests", dependencies: ["VerdictUI", "VerdictEngine", "VerdictTestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "VerdictEndToEndTests", dependencies: ["VerdictEngine", "VerdictTestSupport"]),
    ]
)
