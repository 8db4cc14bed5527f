// swift-tools-version: 6.0
import PackageDescription

// The layers are separate modules: without cross-module optimisation, every call from rendering into the model's small
// generic helpers (HTML escaping, word counts) would go unspecialised, which made builds a third slower.
let optimised: [SwiftSetting] = [.unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))]

let package = Package(
    name: "trustsite",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "trustsite", targets: ["trustsite"]),
        .library(name: "TrustsiteModel", targets: ["TrustsiteModel"]),
        .library(name: "TrustsiteChecks", targets: ["TrustsiteChecks"]),
        .library(name: "TrustsiteRender", targets: ["TrustsiteRender"]),
        .library(name: "TrustsiteCore", targets: ["TrustsiteCore"]),
        .library(name: "TrustsiteServer", targets: ["TrustsiteServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.65.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "CShims"),
        // The layers, each importing only those before it: model (content, Markdown, sections, history, links)
        // ← checks, and ← render (theme, pages, feeds, redlines, terminal text) ← core (the build pipeline: load, check,
        // render, cache, output) ← server ← CLI.
        .target(
            name: "TrustsiteModel",
            dependencies: [
                "CCmark",
                "CShims",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: optimised
        ),
        .target(name: "TrustsiteChecks", dependencies: ["TrustsiteModel"], swiftSettings: optimised),
        .target(
            name: "TrustsiteRender",
            dependencies: [
                "TrustsiteModel",
                "CCmark",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: optimised
        ),
        .target(
            name: "TrustsiteCore",
            dependencies: [
                "TrustsiteModel",
                "TrustsiteChecks",
                "TrustsiteRender",
                "CCmark",
                "CShims",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: optimised
        ),
        .target(
            name: "TrustsiteServer",
            dependencies: [
                "TrustsiteModel",
                "TrustsiteRender",
                "TrustsiteCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: optimised
        ),
        .executableTarget(
            name: "trustsite",
            dependencies: [
                "TrustsiteModel",
                "TrustsiteRender",
                "TrustsiteCore",
                "TrustsiteServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What both test targets share: a temporary site, file-tree snapshots, the repository's folder.
        .target(
            name: "TrustsiteTestSupport",
            dependencies: ["TrustsiteModel", "TrustsiteCore"],
            path: "Tests/TrustsiteTestSupport"
        ),
        .testTarget(
            name: "TrustsiteCoreTests",
            dependencies: ["TrustsiteModel", "TrustsiteChecks", "TrustsiteRender", "TrustsiteCore", "TrustsiteTestSupport"]
        ),
        .testTarget(
            name: "TrustsiteServerTests",
            dependencies: ["TrustsiteServer", "TrustsiteModel", "TrustsiteRender", "TrustsiteCore", "TrustsiteTestSupport"]
        ),
    ]
)
