// swift-tools-version: 6.1
// libFuzzer targets for Parallax's readers and parsers: their own package, so the main build and CI never
// build them (see STYLE.md, Benchmarks/). Build and run with `Scripts/fuzz.sh` from the repository root;
// each target is an executable whose `LLVMFuzzerTestOneInput` feeds one input to one parser.
import PackageDescription

let upcoming: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

/// One fuzz target: `Sources/<name>/<name>.swift`, using the Parallax libraries in `dependencies`.
func fuzzTarget(_ name: String, _ dependencies: [String]) -> Target {
    .executableTarget(
        name: name,
        dependencies: ["FuzzDriver"] + dependencies.map { .product(name: $0, package: "Parallax") },
        swiftSettings: upcoming
    )
}

let package = Package(
    name: "parallax-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "Parallax", path: "..")],
    targets: [
        .target(name: "FuzzDriver", swiftSettings: upcoming),
        fuzzTarget("FuzzPlainText", ["ParallaxIngest"]),
        fuzzTarget("FuzzHTML", ["ParallaxIngest"]),
        fuzzTarget("FuzzXMLFeed", ["ParallaxIngest"]),
        fuzzTarget("FuzzJSONFeed", ["ParallaxIngest"]),
        fuzzTarget("FuzzJSONLines", ["ParallaxIngest"]),
        fuzzTarget("FuzzWARC", ["ParallaxIngest"]),
        fuzzTarget("FuzzPublicationDate", ["ParallaxIngest"]),
        fuzzTarget("FuzzTimes", ["ParallaxExtract", "ParallaxModel"]),
        fuzzTarget("FuzzQuantities", ["ParallaxExtract"]),
        fuzzTarget("FuzzDedup", ["ParallaxDedup", "ParallaxModel"]),
    ],
    swiftLanguageModes: [.v6]
)
