// swift-tools-version: 6.0
import PackageDescription

let strict: [SwiftSetting] = [.enableUpcomingFeature("ExistentialAny")]

let package = Package(
    name: "NewsGraph",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "newsgraph", targets: ["newsgraph"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.0"),
    ],
    targets: [
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "COpenSSL", pkgConfig: "openssl", providers: [.apt(["libssl-dev"])]),
        .target(
            name: "HTTPServer",
            dependencies: ["CZlib", "COpenSSL", .product(name: "Logging", package: "swift-log")],
            swiftSettings: strict
        ),
        .target(
            name: "NewsExtraction",
            resources: [.copy("Resources")],
            swiftSettings: strict
        ),
        .target(
            name: "NewsIndex",
            dependencies: ["NewsExtraction", "CZlib"],
            swiftSettings: strict
        ),
        .target(
            name: "NewsAPI",
            dependencies: [
                "HTTPServer", "NewsIndex", "NewsExtraction", .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Resources")],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "newsgraph",
            dependencies: [
                "NewsAPI", "NewsIndex", "NewsExtraction", "HTTPServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "HTTPServerTests", dependencies: ["HTTPServer"], resources: [.copy("Fixtures")], swiftSettings: strict
        ),
        .testTarget(name: "NewsExtractionTests", dependencies: ["NewsExtraction"], swiftSettings: strict),
        .testTarget(name: "NewsIndexTests", dependencies: ["NewsIndex"], swiftSettings: strict),
        .testTarget(name: "NewsAPITests", dependencies: ["NewsAPI", "HTTPServer"], swiftSettings: strict),
    ]
)
