// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "trustsite",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "trustsite", targets: ["trustsite"]),
        .library(name: "TrustsiteCore", targets: ["TrustsiteCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
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
            ]
        ),
        .executableTarget(
            name: "trustsite",
            dependencies: [
                "TrustsiteCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "TrustsiteCoreTests",
            dependencies: ["TrustsiteCore"]
        ),
    ]
)
