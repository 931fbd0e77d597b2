// swift-tools-version: 6.1
import PackageDescription

let upcoming: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "Parallax",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "parallax", targets: ["parallax"]),
        .library(name: "Parallax", targets: ["Parallax"]),
        .library(name: "ParallaxDedup", targets: ["ParallaxDedup"]),
        // The readers and extractors alone, for Fuzz/ (which must not build the store or the server).
        .library(name: "ParallaxModel", targets: ["ParallaxModel"]),
        .library(name: "ParallaxIngest", targets: ["ParallaxIngest"]),
        .library(name: "ParallaxExtract", targets: ["ParallaxExtract"]),
    ],
    traits: [
        .trait(
            name: "PostgreSQL",
            description: "The PostgreSQL store (postgres-nio), `--db postgres://…`, and `parallax worker`/`enqueue`."
        )
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        .target(name: "ParallaxModel", swiftSettings: upcoming),
        .target(name: "ParallaxText", dependencies: ["ParallaxModel"], swiftSettings: upcoming),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(
            name: "ParallaxIngest",
            dependencies: ["ParallaxModel", "ParallaxText", "CLibXML2", "CZlib"],
            exclude: ["JSONLines/FIELDS.md"],
            resources: [.copy("Resources/outlets.json"), .copy("Resources/language-profiles.tsv")],
            swiftSettings: upcoming
        ),
        .target(
            name: "ParallaxCluster",
            dependencies: [
                "ParallaxModel", "ParallaxText", .product(name: "HeapModule", package: "swift-collections"),
            ],
            resources: [.copy("Resources/background-df.tsv")],
            swiftSettings: upcoming
        ),
        .target(name: "CParallaxKernels"),
        .target(
            name: "ParallaxDedup", dependencies: ["ParallaxModel", "ParallaxText", "CParallaxKernels"],
            swiftSettings: upcoming),
        .target(name: "ParallaxExtract", dependencies: ["ParallaxModel", "ParallaxText"], swiftSettings: upcoming),
        .target(name: "ParallaxCompare", dependencies: ["ParallaxModel", "ParallaxText"], swiftSettings: upcoming),
        .target(name: "ParallaxReport", dependencies: ["ParallaxModel"], swiftSettings: upcoming),
        .target(name: "ParallaxStore", dependencies: ["ParallaxModel", "ParallaxText"], swiftSettings: upcoming),
        .target(
            name: "ParallaxSQLite",
            dependencies: [
                "ParallaxModel", "ParallaxStore", "ParallaxText", .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: upcoming
        ),
        .target(
            name: "ParallaxPostgres",
            dependencies: [
                "ParallaxModel", "ParallaxStore", "ParallaxText",
                .product(name: "PostgresNIO", package: "postgres-nio", condition: .when(traits: ["PostgreSQL"])),
                .product(name: "Logging", package: "swift-log", condition: .when(traits: ["PostgreSQL"])),
            ],
            swiftSettings: upcoming
        ),
        .target(
            name: "Parallax",
            dependencies: [
                "ParallaxModel", "ParallaxText", "ParallaxIngest", "ParallaxDedup", "ParallaxCluster",
                "ParallaxExtract",
                "ParallaxCompare", "ParallaxReport", "ParallaxStore", "ParallaxSQLite", "ParallaxPostgres",
                .product(name: "Logging", package: "swift-log", condition: .when(traits: ["PostgreSQL"])),
            ],
            swiftSettings: upcoming
        ),
        .target(
            name: "ParallaxEvaluation",
            dependencies: [
                "Parallax", "ParallaxModel", "ParallaxText", "ParallaxIngest", "ParallaxDedup", "ParallaxCluster",
                "ParallaxExtract", "ParallaxCompare", "ParallaxStore",
            ],
            swiftSettings: upcoming
        ),
        .target(
            name: "ParallaxServer",
            dependencies: [
                "Parallax", "ParallaxModel", "ParallaxReport", "ParallaxStore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [.copy("Resources/openapi.json"), .copy("Resources/templates")],
            swiftSettings: upcoming
        ),
        .executableTarget(
            name: "parallax",
            dependencies: [
                "Parallax", "ParallaxEvaluation", "ParallaxModel", "ParallaxReport", "ParallaxStore", "ParallaxServer",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: upcoming
        ),
        .target(
            name: "ParallaxTesting",
            dependencies: ["ParallaxModel", "ParallaxStore", "ParallaxText"],
            swiftSettings: upcoming
        ),
        .testTarget(name: "ParallaxModelTests", dependencies: ["ParallaxModel"], swiftSettings: upcoming),
        .testTarget(
            name: "ParallaxTextTests", dependencies: ["ParallaxModel", "ParallaxText"], swiftSettings: upcoming),
        .testTarget(
            name: "ParallaxIngestTests",
            dependencies: ["ParallaxModel", "ParallaxIngest", "ParallaxTesting"],
            resources: [.copy("Fixtures")],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "ParallaxDedupTests",
            dependencies: ["ParallaxModel", "ParallaxText", "ParallaxDedup", "ParallaxTesting"],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "ParallaxClusterTests",
            dependencies: ["ParallaxModel", "ParallaxText", "ParallaxCluster", "ParallaxTesting"],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "ParallaxExtractTests",
            dependencies: ["ParallaxModel", "ParallaxText", "ParallaxExtract", "ParallaxTesting"],
            resources: [.copy("Fixtures")],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "ParallaxCompareTests",
            dependencies: ["ParallaxModel", "ParallaxText", "ParallaxCompare", "ParallaxTesting"],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "ParallaxReportTests", dependencies: ["ParallaxModel", "ParallaxReport"], swiftSettings: upcoming),
        .testTarget(
            name: "ParallaxSQLiteTests",
            dependencies: [
                "ParallaxModel", "ParallaxStore", "ParallaxSQLite", "ParallaxTesting",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "ParallaxPostgresTests",
            dependencies: [
                "Parallax", "ParallaxModel", "ParallaxStore", "ParallaxPostgres", "ParallaxTesting",
                .product(name: "PostgresNIO", package: "postgres-nio", condition: .when(traits: ["PostgreSQL"])),
                .product(name: "Logging", package: "swift-log", condition: .when(traits: ["PostgreSQL"])),
            ],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "ParallaxServerTests",
            dependencies: [
                "ParallaxServer", "Parallax", "ParallaxModel", "ParallaxStore", "ParallaxSQLite", "ParallaxTesting",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "ParallaxCLITests",
            dependencies: [
                "parallax", "Parallax", "ParallaxModel", "ParallaxStore", "ParallaxTesting",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "ParallaxEvaluationTests",
            dependencies: [
                "ParallaxEvaluation", "ParallaxCompare", "ParallaxExtract", "ParallaxModel", "ParallaxTesting",
            ],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "ParallaxTests",
            dependencies: [
                "Parallax", "ParallaxCluster", "ParallaxEvaluation", "ParallaxModel", "ParallaxReport",
                "ParallaxSQLite",
                "ParallaxStore", "ParallaxTesting",
            ],
            swiftSettings: upcoming
        ),
    ],
    swiftLanguageModes: [.v6]
)
