// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "trustsite",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "trustsite", targets: ["trustsite"]),
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
        .target(
            name: "TrustsiteCore",
            dependencies: [
                "CCmark",
                "CShims",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "TrustsiteServer",
            dependencies: [
                "TrustsiteCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "trustsite",
            dependencies: [
                "TrustsiteCore",
                "TrustsiteServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What both test targets share: a temporary site, file-tree snapshots, the repository's folder.
        .target(
            name: "TrustsiteTestSupport",
            dependencies: ["TrustsiteCore"],
            path: "Tests/TrustsiteTestSupport"
        ),
        .testTarget(
            name: "TrustsiteCoreTests",
            dependencies: ["TrustsiteCore", "TrustsiteTestSupport"]
        ),
        .testTarget(
            name: "TrustsiteServerTests",
            dependencies: ["TrustsiteServer", "TrustsiteCore", "TrustsiteTestSupport"]
        ),
    ]
)
