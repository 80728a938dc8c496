// swift-tools-version: 6.0
import PackageDescription

/// Member lookups need the module imported in the file itself, so a method Foundation adds
/// cannot slip in through another module's import (DESIGN §2b: the binary links
/// FoundationEssentials only).
let strictImports: SwiftSetting = .enableUpcomingFeature("MemberImportVisibility")

let package = Package(
    name: "Verdict",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "verdict", targets: ["verdict"]),
        .executable(name: "verdict-meeting", targets: ["verdict-meeting"]),
        .library(name: "VerdictEngine", targets: ["VerdictEngine"]),
        .library(name: "VerdictUI", targets: ["VerdictUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssh", from: "0.15.1"),
    ],
    targets: [
        .target(
            name: "VerdictEngine",
            dependencies: [
                "CLibYAML",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.embedInCode("Bundled")],
            swiftSettings: [strictImports]
        ),
        .target(name: "VerdictUI", dependencies: ["VerdictEngine"], swiftSettings: [strictImports]),
        .systemLibrary(name: "CNCursesW", providers: [.apt(["libncurses-dev"])]),
        .systemLibrary(name: "CLibYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        .target(name: "CSignalFlag"),
        .target(name: "CursesTerminal", dependencies: ["VerdictUI", "CNCursesW", "CSignalFlag"], swiftSettings: [strictImports]),
        .executableTarget(
            name: "verdict",
            dependencies: [
                "VerdictEngine", "VerdictUI", "CursesTerminal", "MeetingOptions",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: [strictImports],
            // Start-up (DESIGN §2b), release builds (Makefile, scripts/bench-*): a fully static
            // executable (Swift runtime, C library, ncursesw, libyaml) needs no dynamic loader,
            // so no shared libraries are mapped, relocated and searched for symbols at every
            // start (about 1 ms of a launch); a binary without DWARF sections takes fewer page
            // faults. ncursesw's static archive needs terminfo's named after it. Not for debug
            // builds, which link the shared Swift runtime for the tests.
            linkerSettings: [
                .unsafeFlags(["-static-executable", "-Xlinker", "--strip-debug", "-Xlinker", "-ltinfo"],
                             .when(platforms: [.linux], configuration: .release)),
            ]
        ),
        // `meeting serve`'s options and the meeting code, shared by `verdict` (which checks them)
        // and the server (which runs with them); no NIO here.
        .target(
            name: "MeetingOptions",
            dependencies: ["VerdictEngine", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: [strictImports]
        ),
        // The SSH meeting server lives in its own executable, which `verdict meeting serve`
        // runs: NIO and the full Foundation NIOSSH links stay out of the binary every
        // `verdict run` launches (DESIGN §2b).
        .target(
            name: "MeetingServer",
            dependencies: [
                "VerdictEngine", "VerdictUI", "MeetingOptions",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSH", package: "swift-nio-ssh"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: [strictImports]
        ),
        .executableTarget(
            name: "verdict-meeting",
            dependencies: [
                "MeetingServer", "MeetingOptions", "VerdictEngine", "VerdictUI", "CursesTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: [strictImports]
        ),
        .target(name: "VerdictTestSupport", path: "Tests/Support"),
        // The scoring properties: cheap rounds in `swift test`, 1,000 expensive rounds in the
        // release-built check `.ci/run` runs (a release test build cannot link the static executables).
        .target(name: "ScoringProperties", dependencies: ["VerdictEngine", "VerdictTestSupport"], path: "Tests/Properties"),
        .executableTarget(name: "verdict-property-check", dependencies: ["ScoringProperties"], path: "Tests/PropertyCheck"),
        .testTarget(
            name: "VerdictEngineTests", dependencies: ["VerdictEngine", "VerdictTestSupport", "ScoringProperties"],
            exclude: ["Fixtures"]),
        .testTarget(name: "VerdictUITests", dependencies: ["VerdictUI", "VerdictEngine", "VerdictTestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "MeetingServerTests", dependencies: [
            "MeetingServer", "MeetingOptions", "VerdictUI", "VerdictEngine", "VerdictTestSupport",
            .product(name: "NIOEmbedded", package: "swift-nio"),
        ]),
        .testTarget(name: "VerdictEndToEndTests", dependencies: ["VerdictEngine", "VerdictUI", "VerdictTestSupport"]),
    ]
)
