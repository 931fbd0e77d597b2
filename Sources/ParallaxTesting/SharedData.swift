import Foundation

/// Locates the repository's own files and the shared benchmark data beside the checkout.
public enum SharedData {
    /// The package root (the folder holding Package.swift).
    public static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    /// `../shared/seeds` beside the checkout.
    public static var seeds: URL { packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds") }

    /// `../shared/data` beside the checkout.
    public static var data: URL { packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data") }

    /// The bundled example corpus.
    public static var examples: URL { packageRoot.appendingPathComponent("Examples/articles") }

    /// The path of the seed whose file name starts with `prefix` ("000"), or nil when the seeds are missing.
    public static func seed(_ prefix: String) -> String? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: seeds.path)) ?? []
        return names.sorted().first { $0.hasPrefix(prefix) }.map { seeds.appendingPathComponent($0).path }
    }

    /// Whether CI is running (seeds must then be present: tests fail loudly instead of skipping).
    public static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] != nil }
}
