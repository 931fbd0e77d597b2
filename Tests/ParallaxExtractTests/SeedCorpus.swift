import Foundation
import ParallaxModel

/// The shared seed articles (`../shared/seeds` beside the package), with header lines dropped.
enum SeedCorpus {
    /// The seeds folder, found from this file's path.
    static let directory: URL = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/seeds")

    /// Whether the seeds are present.
    static var isAvailable: Bool { FileManager.default.fileExists(atPath: directory.path) }

    /// The article whose file name starts with `prefix` ("003"), or nil when missing.
    static func article(_ prefix: String) -> Article? {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path),
            let name = names.sorted().first(where: { $0.hasPrefix(prefix) }),
            let raw = try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
        else { return nil }
        return Article(id: prefix, text: body(of: raw))
    }

    /// Drops leading header lines (metadata fields, headlines, bylines, URLs): lines before the first one
    /// with at least 12 words that ends like a sentence.
    static func body(of raw: String) -> String {
        let lines = raw.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var start = 0
        for (index, line) in lines.enumerated() {
            var trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("Text:") {
                trimmed = String(trimmed.dropFirst(5)).trimmingCharacters(in: .whitespaces)
            }
            let words = trimmed.split(separator: " ").count
            if words >= 12, let last = trimmed.last, ".!?\"”’".contains(last) {
                start = index
                break
            }
        }
        var kept = Array(lines[start...])
        if let first = kept.first, first.hasPrefix("Text:") {
            kept[0] = String(first.dropFirst(5)).trimmingCharacters(in: .whitespaces)
        }
        return kept.joined(separator: "\n")
    }
}
