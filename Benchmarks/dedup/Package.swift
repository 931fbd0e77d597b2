// swift-tools-version: 6.1
// The dedup benchmark's Swift side: its own package so the main build stays lean (see STYLE.md).
// Build and run with `swift build -c release` here; `run.sh` does both and compares with datasketch.
import PackageDescription

let package = Package(
    name: "dedup-bench",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "Parallax", path: "../..")],
    targets: [
        .executableTarget(
            name: "dedup-bench",
            dependencies: [.product(name: "Parallax", package: "Parallax")],
            swiftSettings: [.enableUpcomingFeature("ExistentialAny")]
        )
    ],
    swiftLanguageModes: [.v6]
)
