// swift-tools-version: 6.0
import PackageDescription

/// A release `newsgraph` carries the Swift runtime and Foundation inside: it starts about 10 ms sooner (no dynamic
/// symbol binding), which every `extract` run pays, and runs without a toolchain. Modules are compiled against the
/// static Foundation too, so that it brings in what it needs (CoreFoundation, ICU) at link time. The toolchain's lld
/// links that in two seconds, where gold takes a minute and warns about a libc call inside Foundation.
let staticStdlib = ["-static-stdlib"]
let staticLink = staticStdlib + ["-use-ld=lld"]
let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"), .unsafeFlags(staticStdlib, .when(configuration: .release)),
]

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
            swiftSettings: strict,
            linkerSettings: [.unsafeFlags(staticLink, .when(configuration: .release))]
        ),
        .testTarget(
            name: "HTTPServerTests", dependencies: ["HTTPServer"], resources: [.copy("Fixtures")], swiftSettings: strict
        ),
        .testTarget(
            name: "NewsExtractionTests", dependencies: ["NewsExtraction"], resources: [.copy("Fixtures")],
            swiftSettings: strict
        ),
        .testTarget(name: "NewsIndexTests", dependencies: ["NewsIndex"], swiftSettings: strict),
        .testTarget(name: "NewsAPITests", dependencies: ["NewsAPI", "HTTPServer"], swiftSettings: strict),
    ]
)
