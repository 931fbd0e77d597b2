import Foundation
import ParallaxModel

/// Expands the paths a user names into the files to read, reporting paths that cannot be read.
public enum InputCollector {
    /// Names of files in an input directory that are not articles: documentation, labels, registries.
    static func isAuxiliary(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasPrefix(".") || lower.hasPrefix("readme") || lower.hasPrefix("license")
            || lower == "outlets.json" || lower.hasSuffix(".tsv") || lower.hasSuffix(".csv") || lower.hasSuffix(".md")
    }

    /// The regular files under `paths` (directories walked recursively, sorted), plus one diagnostic for each
    /// path that does not exist or directory that holds no article files.
    public static func files(in paths: [String]) -> (files: [String], diagnostics: [Diagnostic]) {
        var files: [String] = []
        var diagnostics: [Diagnostic] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                diagnostics.append(Diagnostic(path: path, message: "no such file or directory."))
                continue
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            guard let enumerator = manager.enumerator(atPath: path) else {
                diagnostics.append(Diagnostic(path: path, message: "the directory cannot be read."))
                continue
            }
            var found: [String] = []
            while let relative = enumerator.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") {
                    enumerator.skipDescendants()
                    continue
                }
                let full = (path as NSString).appendingPathComponent(relative)
                var childIsDirectory: ObjCBool = false
                guard manager.fileExists(atPath: full, isDirectory: &childIsDirectory), !childIsDirectory.boolValue,
                    !isAuxiliary(name)
                else { continue }
                found.append(full)
            }
            if found.isEmpty {
                diagnostics.append(Diagnostic(path: path, message: "the directory holds no article files."))
            }
            files.append(contentsOf: found.sorted())
        }
        return (files, diagnostics)
    }

    /// Outlet registries (`outlets.json`) found in the named directories or beside the named files, so a
    /// corpus can name its own outlets.
    public static func localRegistries(for paths: [String]) -> [Outlet] {
        var outlets: [Outlet] = []
        var seen: Set<String> = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            // Absolute first: `NSString.deletingLastPathComponent` of "." traps in swift-corelibs-foundation
            // (`parallax ingest .` crashed), and a relative file's directory would be "".
            let url = URL(fileURLWithPath: path).standardizedFileURL
            let directory = isDirectory.boolValue ? url : url.deletingLastPathComponent()
            for candidate in [directory, directory.deletingLastPathComponent()] {
                let file = candidate.appendingPathComponent("outlets.json")
                guard !seen.contains(file.path), FileManager.default.fileExists(atPath: file.path) else { continue }
                seen.insert(file.path)
                if let more = try? OutletRegistry.load(contentsOf: file) { outlets += more }
            }
        }
        return outlets
    }
}
