// swift-tools-version:6.0
import PackageDescription

/// Linker flags for a release `ally` with the Swift runtime and Foundation linked in statically.
///
/// `-static-stdlib` alone misses the libraries that the dynamic Foundation module names for
/// autolinking only in its static build (CoreFoundation and friends), so they are listed here.
let staticSwiftRuntime = [
    "-static-stdlib", "-Xlinker", "--start-group",
    "-lFoundation", "-lCoreFoundation", "-lFoundationEssentials", "-lFoundationInternationalization",
    "-l_FoundationCollections", "-l_FoundationCShims", "-l_FoundationICU", "-lswiftSynchronization",
    // In the group so that a static libstdc++ (Scripts/install puts a folder holding only
    // libstdc++.a first on the search path) also serves ICU, which comes after it.
    "-lstdc++",
    "-Xlinker", "--end-group",
    // The static runtime's link line exports every Swift symbol of ours (-export-dynamic); nothing
    // looks them up, and a dynamic symbol table of ~11,500 entries makes the loader's lookups and
    // the runtime's dladdr at launch slower. (-no-pie would save ~0.8 ms more; we keep ASLR.)
    "-Xlinker", "--no-export-dynamic",
]

/// Ally: a full-screen terminal trainer for customer-service role play.
let package = Package(
    name: "Ally",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "ally", targets: ["ally"]),
        .executable(name: "ally-lrs", targets: ["ally-lrs"]),
        .executable(name: "ally-bench", targets: ["ally-bench"]),
        .executable(name: "ally-classroom", targets: ["ally-classroom"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-nio-ssh", exact: "0.15.1"),
        .package(url: "https://github.com/apple/swift-nio", exact: "2.101.3"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
    ],
    targets: [
        // Pure domain: customer types, scenarios, the engine and scoring. No I/O.
        .target(name: "AllyCore", exclude: ["Localization/Catalogue"]),
        // Reads Content/ (YAML) into AllyCore values, with compiler-style diagnostics (their excerpts
        // as AllyTerminal's styled spans); the linter.
        .target(name: "AllyContent", dependencies: ["AllyCore", "AllyTerminal", "CLibYAML"]),
        // The system's libyaml (Debian's libyaml-dev), read event by event by AllyContent's reader.
        .systemLibrary(name: "CLibYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        // Cells, styles, screen buffer, widgets, keys; the TerminalBackend protocol. No curses.
        .target(name: "AllyTerminal"),
        // What Ally shows and hands on, pure: feature documents of styled spans (Documents/, drawn by the
        // screens and printed by the plain commands) and the gradebook and its CSV (Exports/).
        .target(name: "AllyReporting", dependencies: ["AllyCore", "AllyTerminal"]),
        // Screens: render(state, into: &buffer) and key -> event mapping.
        .target(name: "AllyUI", dependencies: ["AllyCore", "AllyTerminal", "AllyReporting", "AllyClassLink"]),
        // C shim over <ncursesw/curses.h>: macros and globals wrapped in functions.
        .target(name: "CNcurses", linkerSettings: [.linkedLibrary("ncursesw")]),
        // The only importer of CNcurses: a TerminalBackend on ncurses.
        .target(name: "AllyNcurses", dependencies: ["AllyTerminal", "CNcurses"]),
        // xAPI statements, stable ids and the LRS client's wire: no SQLite, so `ally-lrs` links none.
        // SHA-1 and SHA-256 come from swift-crypto (BoringSSL on Linux), which the SSH server brings in anyway.
        .target(name: "AllyXAPI", dependencies: ["AllyCore", "AllyProcess", .product(name: "Crypto", package: "swift-crypto")]),
        // SQLite through GRDB: trainees, attempts as event logs, results, the xAPI queue and sync.
        .target(name: "AllyStore", dependencies: ["AllyCore", "AllyProcess", "AllyXAPI", .product(name: "GRDB", package: "GRDB.swift")]),
        // URLSession (FoundationNetworking, libcurl) for the xAPI client: kept out of `ally` for its startup.
        .target(name: "AllyLRSHTTP", dependencies: ["AllyXAPI"]),
        // The HTTP helper `ally sync` runs for each request, found beside the `ally` binary.
        .executableTarget(name: "ally-lrs", dependencies: ["AllyXAPI", "AllyLRSHTTP"]),
        // The executable: thin commands over the modules.
        .executableTarget(
            name: "ally",
            dependencies: [
                "AllyCore", "AllyContent", "AllyTerminal", "AllyReporting", "AllyUI", "AllyNcurses", "AllyStore", "AllyXAPI",
                "AllyClassLink", "AllyDashboard",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // Release links the Swift runtime and Foundation statically: the dynamic loader's work
            // was most of the time to the first frame. Debug stays dynamic for fast links.
            linkerSettings: [.unsafeFlags(staticSwiftRuntime, .when(platforms: [.linux], configuration: .release))]
        ),
        // Benchmarks whose figures go into closing notes (not asserted by tests).
        .executableTarget(
            name: "ally-bench",
            dependencies: ["AllyCore", "AllyContent", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // A libFuzzer target over YAML → scenario → checker → engine walks (Scripts/fuzz.sh builds it
        // with -sanitize=fuzzer); an ordinary build replays the files it is given.
        .executableTarget(name: "ally-fuzz", dependencies: ["AllyCore", "AllyContent"]),
        // `ally serve`: the SSH server (swift-nio-ssh), one trainer process per session on its own PTY.
        // C shim over the pseudoterminal calls Swift cannot see (posix_openpt, TIOCSWINSZ, posix_spawn's setsid).
        .target(name: "CPseudoterminal"),
        .target(
            name: "AllyClassroom",
            dependencies: [
                "CPseudoterminal", "AllyClassLink", "AllyCore",
                .product(name: "NIOSSH", package: "swift-nio-ssh"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The classroom server that `ally serve` hands over to, found beside `ally`: SwiftNIO and
        // BoringSSL stay out of the trainer's binary and its start-up.
        .executableTarget(
            name: "ally-classroom",
            dependencies: [
                "AllyClassroom", "AllyClassLink", "AllyTerminal", "AllyContent", "AllyCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ]
        ),
        // Running a child process to its end (posix_spawn, not Foundation's Process): ally-lrs, and the tests' programs.
        .target(name: "AllyProcess"),
        // The class's own wire and state, pure: what a trainer reports to `ally serve` (line-delimited
        // JSON over a socketpair), the class as the server knows it, and the roster.
        .target(name: "AllyClassLink", dependencies: ["AllyCore"]),
        // The instructor's dashboard: a pure model and render into a ScreenBuffer, and its small loop.
        .target(name: "AllyDashboard", dependencies: ["AllyCore", "AllyTerminal", "AllyClassLink", "AllyReporting"]),
        // What the test targets share: text snapshots, the repository's folder, scratch folders, SSH keys.
        .target(name: "AllyTestSupport", dependencies: ["AllyTerminal", "AllyProcess"], path: "Tests/AllyTestSupport"),
        .testTarget(name: "AllyClassLinkTests", dependencies: ["AllyTestSupport", "AllyClassLink", "AllyDashboard", "AllyCore", "AllyReporting", "AllyTerminal"], exclude: ["Snapshots"]),
        .testTarget(name: "AllyCoreTests", dependencies: ["AllyTestSupport", "AllyCore"]),
        .testTarget(name: "AllyContentTests", dependencies: ["AllyTestSupport", "AllyContent", "AllyCore", "AllyTerminal", "AllyProcess"], resources: [.copy("Broken")]),
        .testTarget(name: "AllyStoreTests", dependencies: ["AllyTestSupport", "AllyStore", "AllyXAPI", "AllyCore", "AllyProcess", "AllyReporting"]),
        .testTarget(name: "AllyReportingTests", dependencies: ["AllyReporting", "AllyCore", "AllyTerminal"], exclude: ["Fixtures"]),
        .testTarget(name: "AllyTerminalTests", dependencies: ["AllyTerminal"]),
        .testTarget(name: "AllyUITests", dependencies: ["AllyTestSupport", "AllyUI", "AllyReporting", "AllyTerminal", "AllyCore", "AllyContent"], exclude: ["Snapshots"]),
        // The bundled Content/ as a whole: the quality gate and random walks through every scenario.
        .testTarget(name: "AllyLibraryTests", dependencies: ["AllyTestSupport", "AllyContent", "AllyCore"]),
        // Runs the built `ally` binary: check, play --plain, and tmux sessions.
        // The classroom server's pieces (real OpenSSH clients against `ally serve` are in AllyEndToEndTests).
        .testTarget(name: "AllyClassroomTests", dependencies: [
            "AllyTestSupport", "AllyClassroom", "AllyClassLink", "AllyContent", "AllyCore", "AllyProcess", .product(name: "NIOSSH", package: "swift-nio-ssh"),
            .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOEmbedded", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"), .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .testTarget(name: "AllyEndToEndTests", dependencies: ["AllyTestSupport", "ally", "ally-lrs", "ally-classroom", "AllyClassLink", "AllyLRSHTTP", "AllyStore", "AllyXAPI", "AllyContent", "AllyCore", "AllyProcess"], exclude: ["Fixtures"]),
    ]
)
